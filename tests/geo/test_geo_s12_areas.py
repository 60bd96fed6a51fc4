"""Second-level areas no embedded package names, listed in data/areas.yaml (Kenya's constituencies)."""

from __future__ import annotations

import pytest
import yaml

from sitrep.geo import get_geocoder
from sitrep.geo.build import DATA


def _admin1s(text: str, country: str | None = "KE") -> list[tuple[str, str | None]]:
    return [(t.text, t.place.admin1 if t.place else None)
            for t in get_geocoder().find_toponyms(text, country=country)]


@pytest.mark.parametrize(
    ("text", "area", "county"),
    [("A boy was killed by raiders in Saku constituency on Sunday.", "Saku", "Marsabit"),
     ("In Tigania East a herdsman was attacked and killed by cattle rustlers.", "Tigania East", "Meru"),
     ("Residents of Nyatike constituency lynched a man they accused of theft.", "Nyatike", "Migori"),
     ("Police fired tear gas at a rally in South Mugirango constituency.", "South Mugirango", "Kisii"),
     ("Residents of Mt Elgon protested the withdrawal of the army.", "Mt Elgon", "Bungoma")],
)
def test_a_constituency_tells_its_county(text: str, area: str, county: str) -> None:
    assert (area, county) in _admin1s(text)


@pytest.mark.parametrize(
    ("text", "township", "state"),
    [("The KIA and the army clashed near a village in Mansi township.", "Mansi", "Kachin"),
     ("Residents gathered on the streets of Muse to support the peace process.", "Muse", "Shan"),
     ("Fighting was reported near a village in Moe Meik township.", "Moe Meik", "Shan")],
)
def test_a_myanmar_township_tells_its_state(text: str, township: str, state: str) -> None:
    assert (township, state) in _admin1s(text, "MM")


def test_a_town_of_the_name_stands_for_its_area() -> None:
    found = get_geocoder().find_toponyms("Squatters blocked the road in Naivasha.", country="KE")
    assert [(t.text, t.place.feature_class, t.place.admin1) for t in found if t.place] == [
        ("Naivasha", "P", "Nakuru")]


def test_a_larger_namesake_abroad_keeps_its_name_without_kenya() -> None:
    found = get_geocoder().find_toponyms("Snow closed the roads of Saku, in Nagano prefecture, Japan.", country=None)
    assert [t.place.country_code for t in found if t.text == "Saku" and t.place] == ["JP"]


def test_every_listed_area_lies_in_a_first_level_area_of_the_default() -> None:
    listed = yaml.safe_load((DATA / "areas.yaml").read_text(encoding="utf-8"))
    index = get_geocoder().index
    assert all(index.admin_name(cc, a1) for cc, areas in listed.items() for a1 in areas)
