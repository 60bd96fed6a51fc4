"""Somalia's regions under the English spellings ACLED and the wires use (facts in overrides.yaml)."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


@pytest.mark.parametrize(
    ("acled", "geonames"),
    [("Middle Shabelle", "Shabeellaha Dhexe"), ("Lower Shabelle", "Shabeellaha Hoose"), ("Hiraan", "Hiiraan"),
     ("Galgaduud", "Galguduud"), ("Banadir", "Banaadir")],
)
def test_acled_spelling_is_the_same_region(acled: str, geonames: str) -> None:
    assert get_geocoder().same_admin1("SO", acled, geonames)


def test_a_region_named_in_english_places_its_town() -> None:
    found = get_geocoder().find_toponyms("Soldiers were ambushed near Balcad in Middle Shabelle on Tuesday.")
    assert [(t.text, t.place.admin1 if t.place else None) for t in found] == [
        ("Balcad", "Middle Shabelle"), ("Middle Shabelle", "Middle Shabelle")]
