"""Session 20: a sentence that opens "In a separate incident on Tuesday, ..." or "In another attack on Tuesday,
..." tells another event than the one before it, even when its killing verb is the bare "killed" (a weak trigger,
which the parse may hang off "believed" in "gunmen believed to be members of X killed"), and keeps the day its
opening gives. A bare passive told so ("In another incident, a woman was injured when ...") may still be how the
event before went, and an attack recalled ("after another attack on a church") stays a past event."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

THURSDAY = dt.date(2026, 3, 5)
TUESDAY = dt.date(2026, 3, 3)
BOMBING = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
ATTACK = ("Violence against civilians", "Attack")

BOMB = "A roadside bomb hit a minibus near Gwoza on Tuesday, killing nine passengers, police said."


@pytest.mark.parametrize(
    "second",
    [
        "In a separate incident on Tuesday, gunmen believed to be members of Boko Haram killed three herders near "
        "Bama, a resident said.",
        "In another attack on Tuesday, militants killed three herders near Bama, a resident said.",
    ],
)
def test_a_killing_announced_as_another_incident_is_an_event_of_its_own(second: str) -> None:
    extraction = extract(f"{BOMB} {second}", "en", THURSDAY)
    assert kinds(extraction) == [BOMBING, ATTACK]
    assert [e.date.value for e in extraction.events] == [TUESDAY, TUESDAY]


def test_a_bare_passive_told_as_another_incident_may_be_the_same_event() -> None:
    text = ("On Saturday (day five of the hartal) In another incident, a woman was injured when some pickets hurled "
            "brick chips at a bus at the bazar around 8am.")
    assert kinds(extract(text, "en", THURSDAY)) == [("Riots", "Violent demonstration")]


def test_an_attack_recalled_with_another_stays_in_the_past() -> None:
    text = ("Gunmen killed three herders near Bama on Tuesday, a resident said. It came a week after another attack "
            "on a church in the town killed five worshippers.")
    extraction = extract(text, "en", THURSDAY)
    assert kinds(extraction) == [ATTACK]
    assert extraction.background
