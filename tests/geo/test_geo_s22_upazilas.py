"""Bangladesh's upazilas (sub-districts), which the embedded gazetteer lacks, are second-level areas of their
division from data/areas.yaml: "a clash in a village of Chandina upazila" tells its division, and a village the
gazetteer lacks named with one is placed in it. Synthetic sentences with invented villages written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _admin1s(text: str, country: str | None) -> dict[str, str | None]:
    found = get_geocoder().find_toponyms(text, country=country)
    return {t.text: t.place.admin1 if t.place else None for t in found}


@pytest.mark.parametrize(("text", "upazila", "division"), [
    ("Two men were hacked to death at Kolapara village in Zakiganj upazila on Friday.", "Zakiganj", "Sylhet"),
    ("Picketers torched a truck on the highway in Chandina upazila early Monday.", "Chandina", "Chittagong"),
    ("A farmer was killed over a land dispute at Charpara in Godagari upazila.", "Godagari", "Rajshahi"),
    ("Clashes between two groups left 12 injured in Shalikha upazila of Magura.", "Shalikha", "Khulna"),
    # a spelling the reports use
    ("Buses were set on fire in Dakshinpara area under Burichong upazila of Comilla.", "Burichong", "Chittagong"),
])
def test_an_upazila_tells_its_division(text: str, upazila: str, division: str) -> None:
    assert _admin1s(text, "BD")[upazila] == division


def test_a_village_of_an_upazila_is_placed_in_it() -> None:
    placed = _admin1s("Two men were hacked to death at Kolapara in Zakiganj upazila on Friday.", "BD")
    assert placed["Kolapara"] == "Sylhet"


def test_a_district_keeps_its_own_entry() -> None:
    # a district's own name stays the district the packages have (the list leaves it out), as before
    assert _admin1s("Police fired tear gas at protesters in Comilla town on Sunday.", "BD")["Comilla"] == "Chittagong"


def test_an_indian_report_is_not_moved_to_bangladesh() -> None:
    # a town of the Indian report's own country keeps its name (as before); the upazila list is Bangladesh's
    placed = _admin1s("Two groups clashed in Kolkata and police arrested ten people in West Bengal.", "IN")
    assert placed["Kolkata"] == "West Bengal"
