"""A small place matched by the first word of a longer name the gazetteer lacks ("Ceel" of "Ceel Waaq" is also a
name of Eyl) is the unknown village when the report names the area it is about and the namesake lies elsewhere:
placed at that area (`sitrep.geo.areas.drop_pieces_elsewhere`)."""

from __future__ import annotations

from sitrep.geo import get_geocoder


def _placed(text: str) -> dict[str, tuple[str | None, str]]:
    found = get_geocoder().find_toponyms(text, country="SO")
    return {t.text: (t.place.admin1 if t.place else None, t.rule) for t in found}


def test_a_piece_of_a_longer_name_outside_the_named_region_is_the_unknown_village() -> None:
    placed = _placed("During operations in the Gedo region, aircraft struck a camp near Ceel Dhagax, killing four.")
    assert placed["Ceel Dhagax"][0] == "Gedo"


def test_without_a_named_region_the_namesake_stays() -> None:
    placed = _placed("Aircraft struck a camp near Ceel Dhagax, killing four.")
    assert placed["Ceel"][0] == "Nugaal"


def test_a_whole_name_outside_the_named_region_stays_itself() -> None:
    placed = _placed("During operations in the Gedo region, aircraft struck a camp near Kismayo, killing four.")
    assert placed["Kismayo"][0] == "Lower Juba"


def test_a_region_named_with_its_kind_word_is_no_piece_of_a_name() -> None:
    placed = _placed("Two people died in fighting in the town of Dhagaxley, Galguduud Region, on Monday.")
    assert placed["Dhagaxley"][0] == "Galgaduud"


def test_a_town_named_with_its_kind_in_the_district_named_after_it_stays() -> None:
    found = get_geocoder().find_toponyms("Bandits killed four villagers near Kerugoya Town, Kirinyaga District.",
                                         country="KE")
    assert {t.text: (t.place.admin1 if t.place else None) for t in found}["Kerugoya"] == "Kirinyaga"


def test_a_town_by_its_own_name_before_another_place_stays() -> None:
    found = get_geocoder().find_toponyms("In Garissa Lamu Day rallies were held by two parties.", country="KE")
    assert {t.text: (t.place.admin1 if t.place else None) for t in found}["Garissa"] == "Garissa"
