"""Session 18: rarer words for violence ("slew", "flogged"), and a war's lasting state told beside an explosion
("fighting has left the road strewn with mines"), which is the area's past, not a battle the explosion was part of."""

from __future__ import annotations

import pytest
from report_events import extract, main_type

ATTACK = ("Violence against civilians", "Attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Unknown gunmen slew a village elder in Mitundu on Tuesday night.",
    "Police officers in Kariobangi flogged traders who refused to close their stalls on Monday.",
])
def test_rarer_violence_words_are_attacks(text: str) -> None:
    assert main_type(text) == ATTACK


def test_a_slew_of_measures_is_no_violence() -> None:
    events = extract("The county announced a slew of new security measures in Mitundu on Tuesday.", "en", None).events
    assert not any(e.event_type == "Violence against civilians" for e in events)


def test_a_wars_lasting_state_does_not_make_a_landmine_a_battle() -> None:
    text = ("Two farmers were killed on Monday when their cart hit a landmine near Lakeside village. No group has "
            "said who laid the mine. Fighting between the army and the rebels has left the road strewn with mines, "
            "residents say.")
    assert main_type(text) == IED


def test_fighting_told_as_news_still_makes_a_battle() -> None:
    text = "Fighting between the army and the rebels near Lakeside village left twelve people dead on Monday."
    assert main_type(text) == CLASH
