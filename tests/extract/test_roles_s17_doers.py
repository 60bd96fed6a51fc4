"""Session 17: doers the parse hid. A group raised as the passive subject of hearsay ("are reported to have
struck") did the deed told after it; a group naming the explosive device that went off laid it; a people's name
followed by a phrase of its own ("Tugen in Arabal area") is still a side, not a place."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Al Shabaab are reported to have struck Elwak town and destroyed a telecom mast using explosives.",
         "Al Shabaab"),
        ("One dead and two injured when a lorry hit a suspected al-Shabaab planted land mine near Hulugho.",
         "Al Shabaab"),
        ("Three civilians were killed by an Al Shabaab IED near Elwak.", "Al Shabaab"),
    ],
)
def test_hidden_doer_is_actor1(text: str, actor1: str) -> None:
    event = main_event(text, country="KE")
    assert event.actor1 is not None and event.actor1.name == actor1


def test_people_before_a_phrase_of_its_own_is_a_side() -> None:
    event = main_event("Ethnic-based clashes between Pokot and Tugen in Arabal area; ten killed.", country="KE")
    assert {event.actor1.name, event.actor2.name} == {"Pokot Ethnic Militia (Kenya)", "Tugen Ethnic Militia (Kenya)"}


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the hit stay actor2 when hearsay tells a passive deed
        ("Two soldiers are reported to have been killed by Al Shabaab in Mandera.",
         "Al Shabaab", "Military Forces of Kenya"),
        # a device someone else found or defused was no attack by its owner
        ("Police defused an Al Shabaab bomb in Mandera on Monday.", "Police Forces of Kenya", "Al Shabaab"),
    ],
)
def test_guards(text: str, actor1: str, actor2: str) -> None:
    event = main_event(text, country="KE")
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2


def test_place_words_right_after_peoples_still_make_a_place() -> None:
    event = main_event("Clashes on the border between Turkana and West Pokot counties left four dead.", country="KE")
    names = {event.actor1.name, event.actor2.name if event.actor2 else None}
    assert not names & {"Turkana Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Kenya)"}
