"""Session-7 rules: a place named with the area holding it lies in that area, names with a possessive inside
("Cox's Bazar"), the words around a name that say it is a place ("areas of X", "X residents", "X police station").
Synthetic sentences; real towns, made-up villages."""

from __future__ import annotations

from sitrep import geo


def _placed(text: str, country: str | None = None) -> dict[str, tuple[str | None, str | None, str]]:
    found = geo.get_geocoder().find_toponyms(text, language="en", country=country)
    return {t.text: (t.place.name if t.place else None, t.place.admin1 if t.place else None, t.rule) for t in found}


def test_a_place_followed_by_its_area_is_the_namesake_in_that_area_or_placed_at_the_area() -> None:
    placed = _placed("Party workers rioted in Karimabad, Karachi on Monday.", "PK")
    assert placed["Karimabad"][1] == "Sindh"  # not the Karimabad of Gilgit-Baltistan, 1,000 km north
    assert placed["Karimabad"][2].endswith("region-fallback")
    placed = _placed("Police clashed with activists in Sherpur upazila of Bogra district.", "BD")
    assert placed["Sherpur"][1] == placed["Bogra"][1] != "Mymensingh"


def test_a_list_of_towns_is_not_read_as_places_within_each_other() -> None:
    placed = _placed("Activists marched in Sylhet, Bogra, Feni and Comilla on Monday.", "BD")
    assert placed["Sylhet"][1] == "Sylhet" and placed["Bogra"][1] == "Rajshahi"
    assert not placed["Sylhet"][2].endswith("region-fallback")


def test_a_town_before_its_own_area_is_kept() -> None:
    placed = _placed("Traders protested in Nakuru, Nakuru County.", "KE")
    assert placed["Nakuru"][:2] == ("Nakuru", "Nakuru") and placed["Nakuru"][2] == "in"


def test_a_name_with_a_possessive_inside_is_one_name() -> None:
    placed = _placed("Two men died in gun battles in Cox's Bazar town on Friday.", "BD")
    assert placed["Cox's Bazar"][1] == "Chittagong"
    placed = _placed("Residents of Khon Kaen's Kranuan district protested.", "TH")
    assert placed["Khon Kaen"][1] == placed["Kranuan"][1] == "Khon Kaen"


def test_words_around_a_name_say_it_is_a_place_the_ner_took_for_a_person() -> None:
    placed = _placed("Residents of Dallokhel and Abbakhel areas of Lakki Marwat blocked the road.", "PK")
    assert placed["Lakki Marwat"][1] == "Khyber Pakhtunkhwa"
    assert _placed("Lodwar residents protested the burning of two villages.", "KE")["Lodwar"][1] == "Turkana"
    assert _placed("A mob attacked police in Padmapukur under Joynagar police station.", "IN")["Joynagar"][1] \
        == "West Bengal"


def test_a_gazetteer_admin_slip_is_corrected_by_the_overrides() -> None:
    (thika,) = geo.get_geocoder().search("Thika", country_code="KE")[:1]
    assert thika.admin1 == "Kiambu"
