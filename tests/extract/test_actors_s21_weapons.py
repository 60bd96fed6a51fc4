"""Session 21: the sides of disrupted weapons use. ACLED codes a weapon found, defused or seized with the group that
had it (an Unidentified Armed Group when the text names none) and the force that stopped it (the police when the
text names none, as for arrests); readable Kenya gold does so in every such row with a side left unnamed. Reports
are synthetic, written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import pytest
from report_events import main_event, names

POLICE_AND_UNKNOWN = ("Police Forces of Kenya", "Unidentified Armed Group (Kenya)")


@pytest.mark.parametrize("text", [
    "A bomb was found in a church in Kitui on Sunday and defused before it could go off.",
    "Students found an unexploded grenade near their school in Garissa on Monday.",
])
def test_a_bomb_found_with_no_one_named_is_the_polices_against_an_unknown_group(text: str) -> None:
    event = main_event(text, "en", country="KE")
    assert event.sub_event_type == "Disrupted weapons use"
    assert names(event) == POLICE_AND_UNKNOWN


def test_the_force_that_defused_it_faces_an_unknown_group() -> None:
    event = main_event("Police defused an explosive device planted on a road in Mandera on Tuesday.", "en", "KE")
    assert names(event) == POLICE_AND_UNKNOWN


def test_a_french_device_found_and_defused() -> None:
    event = main_event("Un engin explosif a été découvert et désamorcé lundi sur la route de Djibo.", "fr", "BF")
    assert names(event) == ("Police Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")


def test_the_group_named_as_the_bombs_owner_stays_alone() -> None:
    text = "Three suspected Al Shabaab bombers were killed when the bomb they were planting went off near Mandera."
    event = main_event(text, "en", country="KE")
    assert event.sub_event_type == "Disrupted weapons use"
    assert {name for name in names(event) if name} == {"Al Shabaab"}
