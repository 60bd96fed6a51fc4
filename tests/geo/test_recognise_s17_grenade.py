"""'Grenade' opening an English headline or sentence is the weapon, not Grenada (French 'la Grenade' is still the
country where the parse marks it a place)."""

from sitrep import geo


def _countries(text: str, language: str) -> list[str]:
    return [t.place.country_code for t in geo.get_geocoder().find_toponyms(text, language=language) if t.place]


def test_a_grenade_attack_is_no_mention_of_grenada():
    assert "GD" not in _countries("Grenade attack on Bujumbura bar kills two. Grenade attacks have hit the capital.",
                                  "en")


def test_grenada_by_its_english_name_is_still_found():
    assert "GD" in _countries("Protesters marched in St. George's, the capital of Grenada, on Monday.", "en")
