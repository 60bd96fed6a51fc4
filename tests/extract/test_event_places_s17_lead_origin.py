"""When the event's own clause names no place, the lead's places decide, and there as in the clause an origin,
a destination or an office ("men from Kericho West") yields to a place the lead leaves bare or puts an event at
("attacked Nyakach"), even when the origin is a town and the other a larger area."""

import pytest

from tests.extract.report_events import main_event


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("A group of men from Kericho West attacked Nyakach during the night in revenge over stolen cattle. "
         "Several houses were torched.", "Nyakach", "Kisumu"),
        ("Raiders from Isiolo struck Mwingi North overnight and drove off goats. Several homes were torched.",
         "Mwingi North", "Kitui"),
    ],
)
def test_an_origin_in_the_lead_yields_to_a_bare_place(text, place, admin1):
    event = main_event(text, country="KE")
    assert event.location is not None and event.location.place.name == place
    assert event.location.place.admin1 == admin1


def test_an_origin_is_still_the_place_when_the_lead_names_no_other():
    # guard: with nothing else named, where the attackers came from still says the region
    text = "A group of men from Kericho attacked homes during the night. Several houses were torched."
    event = main_event(text, country="KE")
    assert event.location is not None and event.location.place.admin1 == "Kericho"


def test_a_local_government_area_is_a_place_not_an_organisation():
    # guard for the origin rule: "Mafa Local Government Area" (the NER's ORG) names an area; Mafa stays the
    # place, not the state named after it
    text = ("Troops cleared several villages, all in Mafa Local Government Area of Borno State. During the "
            "operations, the troops killed 12 Boko Haram members.")
    event = main_event(text, country="NG")
    assert event.location is not None and event.location.place.name == "Mafa"
