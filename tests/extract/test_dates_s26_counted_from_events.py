"""Session 26: words counted from a day ("the next day", "two days later", "le lendemain") count from the last day
named that dates an event, not from a statement's day told after it ("Gunmen killed five on Monday, police said on
Tuesday. The next day, soldiers ..." is Tuesday, not Wednesday). With only a statement's day before them they still
count from it. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

SATURDAY = dt.date(2025, 2, 15)
MONDAY, TUESDAY, WEDNESDAY = dt.date(2025, 2, 10), dt.date(2025, 2, 11), dt.date(2025, 2, 12)


def _dates(text: str, language: str = "en") -> list[tuple[dt.date | None, str | None]]:
    return sorted((e.date.value, e.sub_event_type) for e in extract(text, language, SATURDAY).events)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Gunmen killed five villagers in Kotu on Monday, police said on Tuesday. The next day, soldiers killed three "
         "of the attackers in a clash near Kotu.", "en", TUESDAY),
        ("Gunmen killed five villagers in Kotu on Monday, police said on Tuesday. Two days later, soldiers killed "
         "three of the attackers near Kotu.", "en", WEDNESDAY),
        ("Gunmen killed five villagers in Kotu on Monday, a local official told reporters on Tuesday. The following "
         "day, troops clashed with the attackers near Kotu, killing three.", "en", TUESDAY),
        ("Des hommes armés ont tué cinq villageois lundi à Kotu, a annoncé mardi la police. Le lendemain, des soldats "
         "ont tué trois assaillants près de Kotu.", "fr", TUESDAY),
        ("Des hommes armés ont tué cinq villageois lundi à Kotu, selon un communiqué publié mardi par le gouverneur. "
         "Le lendemain, des soldats ont accroché les assaillants près de Kotu, tuant trois d'entre eux.", "fr",
         TUESDAY),
    ],
)
def test_the_next_day_counts_from_the_event_not_the_statement(text: str, language: str, day: dt.date) -> None:
    assert _dates(text, language)[0][0] == MONDAY
    assert [d for d, sub in _dates(text, language) if sub == "Armed clash"] == [day]


def test_a_statement_day_alone_is_still_counted_from() -> None:
    text = ("The army announced on Tuesday that it had killed 12 militants near Kotu. The next day, gunmen attacked "
            "a checkpoint in Kotu, killing two soldiers.")
    assert WEDNESDAY in [d for d, _ in _dates(text)]
