"""Places facts in overrides.yaml add in session 12: Dhaka's thanas and quarters, Ethiopia's zones under ACLED's
and the reports' spellings."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _places(text: str, country: str | None) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.place.country_code if t.place else None, t.place.admin1 if t.place else None)
            for t in get_geocoder().find_toponyms(text, country=country)]


@pytest.mark.parametrize("quarter", ["Mirpur", "Gulshan", "Lalbagh", "Jatrabari", "Nayapaltan"])
def test_a_quarter_of_dhaka_is_in_dhaka(quarter: str) -> None:
    text = f"Unidentified men hurled a crude bomb at a bus in the capital's {quarter} area on Tuesday."
    assert (quarter, "BD", "Dhaka") in _places(text, "BD")


def test_a_namesake_in_pakistan_keeps_mirpur_in_a_pakistani_report() -> None:
    found = _places("Traders in Mirpur, Azad Kashmir, closed their shops in protest.", "PK")
    assert ("Mirpur", "PK", "Azad Jammu and Kashmir") in found


@pytest.mark.parametrize(
    ("text", "zone"),
    [("People closed roads in Bordode town, West Hararge, in protest.", "West Hararge"),
     ("Students protested in a town of Misraq Hararghe on Monday.", "Misraq Hararghe"),
     ("Farmers marched in Mirab Welega against the eviction.", "Mirab Welega")],
)
def test_an_ethiopian_zone_under_another_spelling_is_in_oromia(text: str, zone: str) -> None:
    assert (zone, "ET", "Oromia") in _places(text, "ET")
