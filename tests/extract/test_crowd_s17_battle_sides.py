"""Session-17: a "battle" whose sides the actors read as a crowd is a riot, pinned on synthetic sentences.

ACLED's battles are fights between organised armed groups; rioters or protesters fighting the police, another crowd
or no one named riot (a violent demonstration when a protest is told, else mob violence). A crowd facing a named
armed group, party militia or identity militia stays a side of a battle.
"""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Passengers demanding more trains clashed with the police at Habra station on Monday. Ten people, including "
         "four policemen, were injured.", "IN", ("Riots", "Mob violence", "Rioters (India)", "Police Forces of India")),
        ("Youths wielding crude weapons brought down a fence at a politician's farm in Eldoret on Monday. One guard "
         "was injured.", "KE", ("Riots", "Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")),
    ],
)
def test_crowd_side_makes_a_riot(text: str, country: str, expected: tuple[str, str, str, str]) -> None:
    event = main_event(text, country=country)
    assert (event.event_type, event.sub_event_type, event.actor1.name, event.actor2.name) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # Already a riot before this rule: a protest told makes the crowd's clash a violent demonstration.
        ("Residents protesting the closure of a market clashed with police in Kisumu on Tuesday, leaving two people "
         "injured.", "KE", ("Riots", "Violent demonstration")),
        # Organised sides stay a battle: a rebel group, a party's militia, identity militias.
        ("Al Shabaab militants clashed with police in Mandera on Monday. Two officers were killed.", "KE",
         ("Battles", "Armed clash")),
        ("Two factions of the Awami League clashed in Bhola on Sunday, leaving ten people injured.", "BD",
         ("Battles", "Armed clash")),
        ("Kikuyu and Luo youths clashed in Naivasha on Monday, leaving five people injured.", "KE",
         ("Battles", "Armed clash")),
        ("A man was killed in a clash between two rival groups over a land dispute in Gaibandha on Sunday.", "BD",
         ("Battles", "Armed clash")),
        # People the words make organised (communities) are identity militias, whatever the actors call them.
        ("Youths from two communities clashed near the market in Naivasha on Monday.", "KE",
         ("Battles", "Armed clash")),
    ],
)
def test_organised_sides_stay_a_battle(text: str, country: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country=country)
    assert (event.event_type, event.sub_event_type) == expected
