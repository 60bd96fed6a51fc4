"""Tolls told in reported speech, in a long toll phrase, or taken up by a pronoun (synthetic sentences): a side's
own kills in the pluperfect, a toll update naming its attacks at length, a victim an "after" clause names and the
main clause kills, one taken up by a definite noun in a later sentence."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.counts import find_counts


def fatalities(text: str) -> int | None:
    events = sitrep.extract_text(text, published="2024-03-15", language="en")
    assert events, f"no event read from {text!r}"
    return max(events, key=lambda e: e.fatalities or 0).fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side reporting its own men's kills in the pluperfect: the event reported
        ("The army said on Thursday that its soldiers had killed around 40 militants in an operation near Diffa.", 40),
        # a toll update whose phrase names the attacks at length before "has risen to"
        ("The death toll from Tuesday night's raids on farming villages in Riyom has risen to 27, officials said.", 27),
        # the victim of the "after" clause is killed in the main clause, taken up by a pronoun
        ("After a theft suspect was freed by police on Friday, he was beaten and killed by a mob in Kibera.", 1),
        # one victim taken up by a definite noun in a later sentence
        ("Robbers shot and wounded a guard at a bank in Eldoret on Sunday. The robber was then killed by police.", 1),
        ("A mob torched the office of a land clerk in Nyeri on Sunday. The clerk died in the blaze.", 1),
    ],
)
def test_toll(text: str, expected: int) -> None:
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police shot a man who had killed two people in Garissa on Monday.",
        "Residents said the man had killed two people before he was caught.",
        "Youths rioted in Kisumu on Friday after a rider was killed by a lorry.",
    ],
)
def test_earlier_death_stays_a_grievance(text: str) -> None:
    earlier = [c for c in find_counts(text, "en") if c.low == 2 or c.who == "rider"]
    assert earlier and all(c.grievance for c in earlier)
