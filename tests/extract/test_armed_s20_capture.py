"""A place captured by name, and a person captured (s20).

ACLED's codebook: Non-state actor overtakes territory is a non-state group taking a place by force, and it outranks
the armed clash in which the place was taken; Government regains territory is a state force retaking a place.
"Captured" before a name takes territory only when that name is a place; a person captured is no territory. The
sentences are synthetic, written for these tests; the places are real.
"""

from __future__ import annotations

from report_events import main_event, names

OVERTAKES = ("Battles", "Non-state actor overtakes territory")


def test_rebels_capturing_a_named_town_after_clashes_overtake_territory() -> None:
    text = ("M23 fighters on Tuesday captured Kitshanga in North Kivu after heavy fighting with the army, during "
            "which three civilians died from stray bullets.")
    event = main_event(text, country="CD")
    assert (event.event_type, event.sub_event_type) == OVERTAKES
    assert names(event)[0] == "M23: March 23 Movement"


def test_the_army_capturing_a_named_town_regains_it() -> None:
    event = main_event("The army on Sunday captured Kitshanga in North Kivu after clashes with M23 fighters.",
                       country="CD")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Government regains territory")


def test_a_person_captured_after_a_gunfight_takes_no_territory() -> None:
    event = main_event("Police captured Juma Hassani, a wanted gang leader, in Garissa after a gunfight.",
                       country="KE")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
