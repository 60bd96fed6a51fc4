"""A span of time from another event ("two days after X,") makes past only what its own phrase tells.

"A month after two attacks killed 40 soldiers, jihadists stormed a post": the killing is background, the storming
news. "Two days after the army withdrew, gunmen killed three villagers": the withdrawal dates the news, the killing
is the news (it was dropped with the withdrawal's marker when the sentence was one clause).
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

FRIDAY = dt.date(2024, 3, 15)
ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "language", "expected", "killed"),
    [
        ("Two days after the army withdrew from the area, gunmen killed three villagers near the river on Tuesday.",
         "en", [ATTACK], 3),
        ("A week after the vote, gunmen killed four farmers near the market on Tuesday.", "en", [ATTACK], 4),
        ("Gunmen killed five herders on Tuesday, a week after militants killed 20 traders nearby.", "en", [ATTACK], 5),
        ("A month after two attacks killed 40 soldiers, jihadists stormed an army post on Monday, killing 12 troops.",
         "en", [CLASH], 12),
        ("Deux jours après le retrait de l'armée, des hommes armés ont tué trois villageois mardi.", "fr", [ATTACK], 3),
    ],
)
def test_the_phrase_of_time_from_another_event_is_background_the_rest_news(
        text: str, language: str, expected: list[tuple[str, str]], killed: int) -> None:
    extraction = extract(text, language, FRIDAY)
    assert kinds(extraction) == expected
    (event,) = extraction.events
    assert event.date is not None and event.date.value in {dt.date(2024, 3, 11), dt.date(2024, 3, 12)}
    assert [c.low for c in event.counts if c.kind == "killed"] == [killed]


def test_the_past_event_inside_the_phrase_stays_background() -> None:
    extraction = extract("Three weeks after gunmen killed 20 herders in the district, the governor visited the area.",
                         "en", FRIDAY)
    assert extraction.events == []
    assert extraction.background
