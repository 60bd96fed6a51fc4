"""An area listed without a point of its own (Bangladesh's upazilas, Kenya's constituencies in geo/data/areas.yaml)
stands at its first-level area's middle; a town or district the report names in the same first-level area gives
the event a real point near it (geo_precision 2), the region unchanged. Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("In Joypurhat, picketers torched a bus at Khetlal upazila on Sunday afternoon.", "Joypurhat", "Rajshahi"),
    ("Two groups clashed at a village in Kasba upazila of Brahmanbaria district on Tuesday, leaving one dead.",
     "Brahmanbaria", "Chittagong"),
])
def test_a_town_named_in_the_same_region_gives_the_point(text: str, name: str, admin1: str) -> None:
    place = main_event(text, country="BD").location
    assert place is not None
    assert (place.place.name, place.place.admin1, place.geo_precision) == (name, admin1, 2)


def test_a_listed_area_named_alone_keeps_its_region() -> None:
    place = main_event("A farmer was killed in a clash over land at a village in Godagari upazila on Wednesday.",
                       country="BD").location
    assert place is not None and (place.place.name, place.place.admin1) == ("Godagari", "Rajshahi")


def test_a_town_of_another_region_gives_no_point() -> None:
    # Dhaka lies in another division than Khetlal: the upazila keeps its own region
    place = main_event("Picketers from Dhaka torched a bus at Khetlal upazila on Sunday afternoon.",
                       country="BD").location
    assert place is not None and (place.place.name, place.place.admin1) == ("Khetlal", "Rajshahi")
