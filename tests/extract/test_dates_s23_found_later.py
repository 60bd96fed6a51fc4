"""Session 23: the dead found later. "13 more bodies were found on Saturday" after an attack told on Friday is that
attack's later count: the day they were found is no day of violence, so it starts no event of its own (blind s22
s10b). Dead found with no word saying they are more of those told ("two bodies were found near Hilltop on
Saturday") are still dated by their finding, as ACLED codes a killing whose day is unknown. Sentences are
synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

MONDAY = dt.date(2024, 3, 11)
FRIDAY = dt.date(2024, 3, 8)
SATURDAY = dt.date(2024, 3, 9)


def _events(text: str, language: str = "en") -> list[tuple[dt.date | None, str | None]]:
    return [(e.date.value, e.sub_event_type) for e in extract(text, language, MONDAY).events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen killed 20 villagers in Lakeside on Friday, police said. Residents said 11 more bodies had been "
         "found in the fields on Saturday and Sunday.", "en"),
        ("Gunmen killed 20 villagers in Lakeside on Friday, police said. Three further villagers were found dead "
         "in the bush on Saturday, residents said.", "en"),
        ("Des hommes armés ont tué vingt villageois vendredi à Lakeside, selon la police. Onze autres corps ont été "
         "retrouvés samedi dans les champs, selon des habitants.", "fr"),
    ],
)
def test_more_dead_found_later_are_the_attacks_toll(text: str, language: str) -> None:
    assert _events(text, language) == [(FRIDAY, "Attack")]


def test_dead_found_with_no_word_of_more_are_dated_by_their_finding() -> None:
    text = ("Gunmen killed 20 villagers in Lakeside on Friday, police said. Two bodies were found near Hilltop on "
            "Saturday, residents said.")
    assert _events(text) == [(FRIDAY, "Attack"), (SATURDAY, "Attack")]


def test_more_than_a_figure_is_no_later_count() -> None:
    text = "More than 20 bodies were found near Hilltop on Saturday, police said."
    assert _events(text) == [(SATURDAY, "Attack")]
