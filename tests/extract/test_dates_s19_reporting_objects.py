"""'pay' reports only with a statement's object ("paid tribute on Monday" dates the tribute, not the killing); with
another object ("refused to pay a fee on Monday") the day is the event's (roles.yaml reporting_objects)."""

from __future__ import annotations

import datetime as dt

from report_events import extract

MONDAY, TUESDAY, SATURDAY = dt.date(2024, 1, 15), dt.date(2024, 1, 16), dt.date(2024, 1, 13)


def _date(text: str) -> dt.date | None:

    extraction = extract(text, "en", TUESDAY)
    assert extraction.events, text
    event = max(extraction.events, key=lambda m: m.salience)
    return event.date.value if event.date else None


def test_a_day_after_paying_a_fee_dates_the_killing() -> None:
    text = ("A soldier shot dead a rickshaw driver who refused to pay a fee at a checkpoint in Beledweyne on "
            "Monday, residents said.")
    assert _date(text) == MONDAY


def test_a_day_of_paying_tribute_dates_the_tribute_not_the_killing() -> None:
    text = ("Officials paid tribute on Monday to a rickshaw driver who was shot dead by a soldier at a checkpoint "
            "in Beledweyne on Saturday.")
    assert _date(text) == SATURDAY
