"""Kenya's counties take the names ACLED and the counties write ('Elgeyo-Marakwet', 'Taita Taveta'), not GeoNames'
slashed forms, in every place's admin1; either spelling denotes them."""

from sitrep import geo


def _admin1(text: str) -> list[str | None]:
    return [t.place.admin1 for t in geo.get_geocoder().find_toponyms(text, country="KE") if t.place]


def test_towns_carry_the_county_names_acled_writes():
    assert _admin1("Raiders struck Iten on Sunday.") == ["Elgeyo-Marakwet"]
    assert _admin1("Police were deployed to Voi on Monday.") == ["Taita Taveta"]


def test_every_spelling_of_the_county_denotes_it():
    for name in ("Elgeyo Marakwet", "Elgeyo-Marakwet county"):
        assert "Elgeyo-Marakwet" in _admin1(f"Bandits attacked herders in {name} on Friday."), name
