"""Session 25: a running count that the sentence's killing raises ("..., raising the number of people killed in the
district this month to 16", "portant à seize le nombre de personnes tuées depuis janvier") is a count over a period,
not an event: blind found it opened a second attack dated to the month. A report whose only event is told inside
the count ("officials raised the number of people killed in Saturday's raid to 16") keeps it. Sentences are
synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

TUESDAY = dt.date(2025, 2, 18)
WEDNESDAY = dt.date(2025, 2, 12)


def _dates(text: str, language: str = "en") -> list[dt.date | None]:
    return [e.date.value if e.date else None for e in extract(text, language, TUESDAY).events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen shot dead four farmers in Hilltop on Wednesday, raising the number of people killed in the district "
         "this month to 16, officials said.", "en"),
        ("Gunmen shot dead four farmers in Hilltop on Wednesday, bringing to 16 the number of people killed in the "
         "district this month, officials said.", "en"),
        ("Gunmen shot dead four farmers in Hilltop on Wednesday, raising the number of people killed in the district "
         "since January to 16, officials said.", "en"),
        ("Des hommes armés ont tué quatre agriculteurs mercredi à Colline, portant à seize le nombre de personnes "
         "tuées dans le district ce mois-ci.", "fr"),
    ],
)
def test_a_running_count_raised_by_a_killing_is_no_event(text: str, language: str) -> None:
    assert _dates(text, language) == [WEDNESDAY]


def test_a_toll_raised_for_the_only_event_told_keeps_it() -> None:
    text = "Officials on Monday raised the number of people killed in Saturday's raid on Hilltop to 16."
    assert _dates(text) == [dt.date(2025, 2, 15)]


def test_a_second_killing_beside_a_running_count_stays_an_event() -> None:
    text = ("Gunmen shot dead four farmers in Hilltop on Wednesday, raising the number of people killed in the "
            "district this month to 16. On Sunday, gunmen attacked a market in Riverside, killing two traders.")
    assert _dates(text) == [WEDNESDAY, dt.date(2025, 2, 16)]
