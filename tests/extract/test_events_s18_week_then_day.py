"""An event told first by its week ("last week's raid on a police post") and then again, in the pluperfect, by its
day ("militants had stormed the post on Thursday") is one event, dated on that day. Before, the week and the day
clashed as two dates and the report gave two events. A day outside the week, or a post in another town, is still
another event."""

from __future__ import annotations

import datetime as dt

from report_events import extract

MONDAY = dt.date(2019, 3, 18)


def test_a_day_within_the_week_told_before_is_the_same_event() -> None:
    text = ("Security forces are hunting the attackers behind last week's raid on a police post in Garissa county. "
            "Suspected militants had stormed the post on Thursday night and shot dead two officers before fleeing "
            "toward the border.")
    events = extract(text, "en", MONDAY).events
    assert [(e.event_type, e.date.value) for e in events] == [("Battles", dt.date(2019, 3, 14))]


def test_an_attack_in_another_town_that_week_is_another_event() -> None:
    text = ("Security forces are hunting the attackers behind last week's raid on a police post in Garissa. "
            "Suspected militants stormed a police post in Lamu on Thursday and shot dead two officers.")
    events = extract(text, "en", MONDAY).events
    assert sorted(e.date.value for e in events) == [dt.date(2019, 3, 11), dt.date(2019, 3, 14)]


def test_a_day_weeks_before_is_not_within_last_week() -> None:
    text = ("Security forces are hunting the attackers behind last week's raid on a police post in Garissa. "
            "On 25 February, suspected militants had stormed a police post in Garissa and shot dead two officers.")
    dates = [e.date.value for e in extract(text, "en", MONDAY).events]
    assert dt.date(2019, 3, 14) not in dates and dt.date(2019, 3, 11) in dates
