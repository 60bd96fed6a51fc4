"""Pirates are an armed side, and what the people hit had done before is no event of its own (s20).

ACLED's codebook: a battle is a violent interaction between two organised armed groups; armed criminals such as
pirates that navies or police fight are such a side. An act told in the pluperfect about the people attacked
("militants who had tried to kidnap a nun") is what they did before: the attack on them is the event. The sentences
are synthetic, written for these tests; the places are real.
"""

from __future__ import annotations

import pytest
from report_events import main_type

CLASH = ("Battles", "Armed clash")


def test_pirates_shot_dead_by_a_navy_are_a_battle() -> None:
    assert main_type("Four pirates were shot dead off Kiunga by the Kenyan navy on Sunday.") == CLASH


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers attacked gunmen who had tried to kidnap a priest near Garissa on Sunday.",
        "Bandits who had abducted a trader were shot dead by police near Garissa on Sunday.",
    ],
)
def test_what_the_people_hit_had_done_before_is_no_event_of_its_own(text: str) -> None:
    assert main_type(text) == CLASH


def test_an_abduction_of_a_man_who_had_done_something_stays_an_abduction() -> None:
    text = "Gunmen abducted a trader who had refused to pay them near Garissa on Sunday."
    assert main_type(text) == ("Violence against civilians", "Abduction/forced disappearance")
