"""Session 23: a span of time told after the news ("..., days after residents marched", "just weeks after", "two
weeks after he was abducted") dates the news from another event: only the event it names is past. Before, a span
with no amount ("days after") was no clause break, and a marker after the trigger made the news itself past, so
the report gave no event. Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

TUESDAY = dt.date(2024, 3, 14)
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted five traders in Kitale on Tuesday, days after residents marched through the town to protest "
        "insecurity.",
        "Gunmen abducted five traders in Kitale on Tuesday, just weeks after residents marched through the town.",
        "Gunmen abducted five traders in Kitale on Tuesday days after residents marched through the town.",
    ],
)
def test_news_told_days_after_a_march_is_the_event(text: str) -> None:
    assert kinds(extract(text, "en", TUESDAY)) == [ABDUCTION]


def test_a_killing_weeks_after_an_abduction_is_news() -> None:
    text = "A trader was shot dead in Kitale on Tuesday two weeks after he was abducted."
    assert kinds(extract(text, "en", TUESDAY)) == [("Violence against civilians", "Attack")]


def test_the_event_a_fronted_span_names_stays_past() -> None:
    """Guard: "Days after X, Y": X is past, Y the news, as for "Two days after X, Y"."""
    text = "Days after gunmen abducted five traders, residents marched through Kitale on Tuesday to protest insecurity."
    assert kinds(extract(text, "en", TUESDAY)) == [("Protests", "Peaceful protest")]


def test_a_march_dated_days_after_an_abduction_is_no_abduction() -> None:
    """Guard: the abduction after "days after" is still the past event, the march the news."""
    text = "Residents marched through Kitale on Tuesday, days after gunmen abducted five traders."
    assert kinds(extract(text, "en", TUESDAY)) == [("Protests", "Peaceful protest")]
