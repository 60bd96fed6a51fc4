"""Session 15: the dateline's country weighs as much as the reader's against a small namesake abroad that nothing
else in the report points to ("BAMAKO - ... the village of Welingara" is no town of the Gambia)."""

from __future__ import annotations

from sitrep.geo import get_geocoder


def _country_of(text: str, name: str) -> str | None:
    found = next(t for t in get_geocoder().find_toponyms(text, language="en") if t.text == name)
    return found.place.country_code if found.place else None


def test_a_small_namesake_abroad_loses_to_the_datelines_country() -> None:
    text = "BAMAKO, June 3 - Soldiers killed 12 herders in the village of Welingara on Sunday, residents said."
    assert _country_of(text, "Welingara") != "GM"


def test_a_datelined_report_about_a_named_neighbour_keeps_its_town() -> None:
    text = "BAMAKO, June 3 - Gambian police said gunmen killed two traders in Welingara, in the Gambia, on Sunday."
    assert _country_of(text, "Welingara") == "GM"
