"""'The number of people killed ... has risen to 16' is an updated toll as 'the death toll ... has risen to' is,
however long the words naming the event between them; the number of people arrested is none. Synthetic sentences,
real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed in the attack on the market has risen to 16, officials said.",
        "The number of displaced people killed when shells struck the camp near Tarbo on Sunday has risen to 16.",
        "The number of dead had climbed to 16 by Tuesday evening, the hospital said.",
    ],
)
def test_the_number_of_dead_rising_is_an_updated_toll(text: str) -> None:
    assert [(c.kind, c.low, c.revised) for c in find_counts(text, "en")] == [("killed", 16, True)]


def test_guard_the_number_of_people_arrested_is_no_toll() -> None:
    text = "Five people were killed on Monday. The number of people arrested over the killings has risen to 16."
    assert [(c.kind, c.low) for c in find_counts(text, "en") if c.kind == "killed"] == [("killed", 5)]


def test_the_bodies_found_told_after_the_rise_are_in_it() -> None:
    text = ("The number of people killed in the raid on Tarbo has risen to 31, officials said on Sunday. The official "
            "said 13 more bodies had been found in the fields on Saturday.")
    assert [(c.low, c.revised, c.included) for c in find_counts(text, "en") if c.kind == "killed"] == [
        (31, True, False), (13, False, True)]


def test_guard_more_dead_told_further_on_come_on_top() -> None:
    text = ("The number of people killed in the raid on Tarbo has risen to 31, officials said on Sunday. Residents "
            "buried the dead in the afternoon. Three more villagers were killed on Monday night.")
    assert [(c.low, c.included) for c in find_counts(text, "en") if c.kind == "killed"] == [(31, False), (3, False)]
