"""Headlinese 'N held over <crime>' is an arrest: a headline-only feed item ("Twelve held over al-Shabaab recruitment
in Mombasa") read the recruitment as a Change to group/activity and outvoted the story's arrests (our own words)."""

import datetime as dt

import pytest

from tests.extract.report_events import extract, kinds

PUBLISHED = dt.date(2019, 7, 9)
ARRESTS = ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text", [
    "Twelve held over al-Shabaab recruitment in Mombasa",
    "Teacher held over school fire in Kisii",
    "Three held over killing of chief in Marsabit",
])
def test_held_over_a_crime_is_an_arrest(text: str) -> None:
    assert kinds(extract(text, "en", PUBLISHED)) == [ARRESTS]


@pytest.mark.parametrize("text", [
    "The peace talks were held over two days in Nairobi.",
    "A protest was held over the death of a motorist in Nairobi on Monday.",
])
def test_held_over_a_time_or_a_protests_cause_is_no_arrest(text: str) -> None:
    # guard: talks held over a span of time; a protest held over a death (an auxiliary: no headlinese)
    assert ARRESTS not in kinds(extract(text, "en", PUBLISHED))
