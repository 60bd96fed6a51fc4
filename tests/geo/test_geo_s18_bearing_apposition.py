"""A place named by its distance and direction from a town, with words saying what it is in between ("X, a farming
town about 45 km west of Y"), lies in the area of that point, even when neither the gazetteer nor the NER knows the
name (`sitrep.geo.bearing`)."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _placed(text: str, country: str, language: str = "en") -> dict[str, tuple[str | None, str]]:
    found = get_geocoder().find_toponyms(text, language=language, country=country)
    return {t.text: (t.place.admin1 if t.place else None, t.rule) for t in found}


def test_a_town_described_before_its_distance_lies_in_the_area_there() -> None:
    placed = _placed("Troops on Friday retook Dhagaxley, a small farming town some 45 kilometres west of Mogadishu, "
                     "after a brief fight.", "SO")
    assert placed["Dhagaxley"] == ("Lower Shabelle", "bearing+region-fallback")


def test_a_french_locality_located_from_a_town() -> None:
    placed = _placed("Des hommes armés ont attaqué Kadji, une localité située à 60 km au nord-est de Gao, dimanche.",
                     "ML", "fr")
    assert placed["Kadji"][0] == "Gao"


@pytest.mark.parametrize("text", [
    "On Sunday, 45 km west of Mogadishu, gunmen stopped a bus.",  # a day, not a place
    "Troops retook Dhagaxley, a militia stronghold 45 km west of Mogadishu, on Friday.",  # no word of a place
    "Troops retook Dhagaxley, 45 km from Mogadishu, on Friday.",  # no direction
])
def test_no_place_is_made_up_without_a_name_a_kind_and_a_direction(text: str) -> None:
    placed = _placed(text, "SO")
    assert [name for name, (admin1, _) in placed.items() if admin1 == "Lower Shabelle"] == []
