"""A headline that sums up a change of hands ("Troops retake Ndala from rebels") tells the body's event: the body,
which says how the place was taken and when, decides its type and date (ACLED: a transfer with no fighting is
a non-violent transfer, not a battle)."""

from __future__ import annotations

import datetime as dt

from report_events import extract, kinds

MONDAY = dt.date(2026, 7, 27)
SUNDAY = dt.date(2026, 7, 26)


def test_the_body_of_a_headline_retaking_says_it_was_unopposed() -> None:
    text = (
        "Troops retake Ndala from rebels\n\n"
        "Government troops recaptured the market town of Ndala on Sunday after the rebels withdrew without a "
        "fight, officials said."
    )
    extraction = extract(text, "en", MONDAY)
    assert kinds(extraction) == [("Strategic developments", "Non-violent transfer of territory")]
    assert extraction.events[0].date is not None and extraction.events[0].date.value == SUNDAY


def test_a_headline_retaking_over_a_body_that_tells_fighting_stays_a_battle() -> None:
    text = (
        "Troops retake Ndala from rebels\n\n"
        "Government troops recaptured the market town of Ndala on Sunday after heavy fighting with the rebels, "
        "officials said."
    )
    extraction = extract(text, "en", MONDAY)
    assert kinds(extraction) == [("Battles", "Government regains territory")]
    assert extraction.events[0].date is not None and extraction.events[0].date.value == SUNDAY
