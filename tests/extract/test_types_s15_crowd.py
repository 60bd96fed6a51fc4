"""Session-15 crowd typing rules, each pinned on synthetic sentences written for these tests.

A violence word inside what a protest is against or asks for ("demanding compensation for the family of a man
killed by a car") is the crowd's grievance, not its act: the protest stays a protest. Violence told as coming
before the protest's end ("dispersed following running battles"), and the crowd's own violence, stay a riot.
Police who "violently dispersed" a protest used force on it: the manner is theirs, not the demonstrators'.
"""

from __future__ import annotations

import pytest
from report_events import main_event

MOB = ("Riots", "Mob violence")
INTERVENTION = ("Protests", "Protest with intervention")
PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The violence is what the protest asks redress for.
        ("Hundreds of residents blocked traffic in Kisumu, demanding compensation for the family of a man killed "
         "by a truck.", PEACEFUL),
        ("Students blocked a road in Nakuru to protest the murder of a taxi driver whose body was recovered.",
         PEACEFUL),
        # The crowd's own violence.
        ("Traders protesting against new market fees burned tyres and stoned police in Kisumu on Monday.",
         VIOLENT_DEMO),
        ("Residents of the estate attacked and killed a suspected thief in Kisumu on Monday.", MOB),
    ],
)
def test_grievance_violence_is_no_riot(text: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country="KE")
    assert (event.event_type, event.sub_event_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police violently dispersed a protest by traders in Nakuru on Monday.", INTERVENTION),
        ("Teachers protested in Kisumu on Tuesday before police violently broke up the sit-in.", INTERVENTION),
        # Demonstrators who are violent riot.
        ("Traders violently protested against the new fees in Nakuru on Monday.", VIOLENT_DEMO),
    ],
)
def test_force_used_violently_is_the_police_manner(text: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country="KE")
    assert (event.event_type, event.sub_event_type) == expected
