"""A place the gazetteer lacks, given by a distance and a direction from a town it has, lies in the area of the
point that far that way: not at the town (`sitrep.geo.bearing`)."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder
from sitrep.geo.bearing import number


def _placed(text: str, country: str, language: str = "en") -> dict[str, tuple[str | None, str]]:
    found = get_geocoder().find_toponyms(text, language=language, country=country)
    return {t.text: (t.place.admin1 if t.place else None, t.rule) for t in found}


def test_a_village_south_west_of_the_capital_lies_in_the_area_there() -> None:
    placed = _placed("Gunmen stormed a police post in Bulo Marer, about 120 km south-west of Mogadishu, on Sunday.",
                     "SO")
    assert placed["Bulo Marer"] == ("Lower Shabelle", "in+region-fallback")
    assert placed["Mogadishu"] == ("Banadir", "near")


def test_the_same_distance_the_other_way_is_another_area() -> None:
    placed = _placed("Gunmen stormed a police post in Bulo Marer, about 120 km north of Mogadishu, on Sunday.", "SO")
    assert placed["Bulo Marer"][0] not in ("Lower Shabelle", "Banadir", None)


def test_a_french_distance_and_direction() -> None:
    placed = _placed("Des hommes armés ont attaqué Kadji, à 60 km au nord-est de Gao, dimanche.", "ML", "fr")
    assert placed["Kadji"] == ("Gao", "ner+region-fallback")


@pytest.mark.parametrize("text", [
    "Gunmen stormed a police post in Bulo Marer near Mogadishu on Sunday.",  # no distance: nothing to go by
    "Gunmen stormed a police post in Bulo Marer, about 120 km from Mogadishu, on Sunday.",  # no direction
])
def test_without_a_distance_and_a_direction_the_place_stays_unknown(text: str) -> None:
    assert _placed(text, "SO").get("Bulo Marer", (None, ""))[0] is None


@pytest.mark.parametrize(("digits", "value"), [("120", 120.0), ("1,300", 1300.0), ("1 300", 1300.0), ("12.5", 12.5),
                                              ("x", 0.0)])
def test_a_written_figure_as_a_number(digits: str, value: float) -> None:
    assert number(digits) == value
