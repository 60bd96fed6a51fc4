"""ACLED's territory sub-types fix actor1: the state side that regains ground, the armed group that takes it."""

from __future__ import annotations

from report_events import main_event, names


def test_the_state_side_that_regains_a_town_is_actor1() -> None:
    event = main_event("Somali government forces recaptured the town of Adan Yabaal in Middle Shabelle region from al "
                       "Shabaab on Thursday, a military commander said. The militants withdrew before the troops "
                       "arrived, residents said.")
    assert event.sub_event_type == "Government regains territory"
    assert names(event) == ("Military Forces of Somalia", "Al Shabaab")


def test_the_group_that_takes_a_town_is_actor1() -> None:
    event = main_event("Fano militiamen took control of the town of Debre Tabor in Amhara region on Sunday after heavy "
                       "fighting with federal forces, residents said.")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert names(event)[0] == "Fano"
