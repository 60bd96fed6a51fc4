"""'in May' marks a past event; 'in Mayom' or 'du Mayo-Sava' is a place whose name begins with a month's."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

FRIDAY = dt.date(2025, 9, 5)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rebels clashed with soldiers in Mayom on Thursday, leaving six dead, a local official said.", "en"),
        ("Des combattants ont attaqué jeudi un village en Mayo-Sava, tuant quatre civils.", "fr"),
    ],
)
def test_a_place_named_like_a_month_is_no_past_date(text: str, language: str) -> None:
    extraction = extract(text, language, FRIDAY)
    assert [e.date.value for e in extraction.events] == [dt.date(2025, 9, 4)]


def test_a_month_is_still_a_past_event() -> None:
    extraction = extract("Police arrested two men on Thursday over an attack in May that killed six people in "
                         "Mandera.", "en", FRIDAY)
    assert not any(c.kind == "killed" and c.low == 6 for e in extraction.events for c in e.counts)
    assert any("in May" in b.quote for b in extraction.background)
