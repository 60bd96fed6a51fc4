"""Session 23: a season with its year ("au printemps 2022", "à l'hivernage 2023", "in summer 2022", "during the
2021 rainy season") is a span of months, vaguer than the month that is ACLED's coarsest time precision: it is read
as its year alone (no date value, as "in 2022" is), so an event it dates in an earlier year than the report's is
background, not an undated event of the news (blind s22b s07's recaps). Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.dates import find_dates

WEDNESDAY = dt.date(2024, 12, 4)
TUESDAY = dt.date(2024, 12, 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des jihadistes ont attaqué mardi un poste de l'armée à Lakeside, tuant quatre soldats. Au printemps 2022, "
         "des hommes armés ont tué douze civils à Hilltop.", "fr"),
        ("Des jihadistes ont attaqué mardi un poste de l'armée à Lakeside, tuant quatre soldats. À l'hivernage "
         "2023, des hommes armés ont tué douze civils à Hilltop.", "fr"),
        ("Militants attacked an army post near Lakeside on Tuesday, killing four soldiers. In summer 2022, gunmen "
         "killed twelve civilians in Hilltop.", "en"),
        ("Militants attacked an army post near Lakeside on Tuesday, killing four soldiers. During the 2021 rainy "
         "season, gunmen killed twelve civilians in Hilltop.", "en"),
    ],
)
def test_an_event_of_an_earlier_years_season_is_background(text: str, language: str) -> None:
    assert [(e.date.value, e.sub_event_type) for e in extract(text, language, WEDNESDAY).events] == [
        (TUESDAY, "Armed clash")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Au printemps 2024, des hommes armés ont tué douze civils à Hilltop.", "fr"),
        ("In the dry season of 2024, gunmen killed twelve civilians in Hilltop.", "en"),
    ],
)
def test_a_season_gives_no_date(text: str, language: str) -> None:
    [found] = find_dates(text, WEDNESDAY, language)
    assert (found.value, found.precision) == (None, 3)
    assert [e.date.value for e in extract(text, language, WEDNESDAY).events] == [None]


def test_a_season_word_before_another_number_is_no_date() -> None:
    assert find_dates("The summer offensive killed 2022 people, officials said.", WEDNESDAY, "en") == []
