"""Session-18: demonstrators who clash with the police, however their protest's cause is told, riot.

"Demonstrators protesting against the new constitution clashed with the police": the clash is the clause's verb, the
demonstrators' own act, not what their protest is against ("protested against the clashes between two groups").
ACLED: demonstrators who clash with the police make a violent demonstration.
"""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(
    "text",
    [
        "In the town, demonstrators protesting against the new constitution clashed with the police on Tuesday.",
        "Students demonstrating over fees clashed with police outside the university on Monday.",
    ],
)
def test_demonstrators_clash_is_a_violent_demonstration(text: str) -> None:
    event = main_event(text, country="NP")
    assert (event.event_type, event.sub_event_type, event.actor1.name) == (
        "Riots", "Violent demonstration", "Rioters (Nepal)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The clashes are what the protest is against.
        ("Residents protested in the town against clashes between two groups of youths.",
         ("Protests", "Peaceful protest")),
        ("Villagers protested against the clash between police and students in the town.",
         ("Protests", "Peaceful protest")),
        # Armed sides clashing stay a battle.
        ("Militants clashing with troops near the border killed two soldiers on Monday.", ("Battles", "Armed clash")),
    ],
)
def test_neighbours_keep_their_type(text: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country="NP")
    assert (event.event_type, event.sub_event_type) == expected
