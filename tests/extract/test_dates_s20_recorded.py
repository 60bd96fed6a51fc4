"""A coder's remark that a toll was "recorded on" a day dates the record, as "reported on" does, not the event: a
note that gives no other day leaves the event undated (null, not a guess); a day the note gives the event stands."""

from __future__ import annotations

import datetime as dt

from report_events import main_event


def test_a_recorded_on_day_does_not_date_the_event() -> None:
    event = main_event("Rioting broke out in Lakeside after the disputed count. FATALITIES: estimate only, 12 "
                       "recorded on 30-12-2007.", country="KE")
    assert event.event_type == "Riots"
    assert event.date.value is None


def test_the_events_own_day_stands_beside_a_recorded_on_day() -> None:
    event = main_event("Rioting broke out in Lakeside on 28 December 2007 after the disputed count. FATALITIES: 12 "
                       "recorded on 30-12-2007.", country="KE")
    assert event.date.value == dt.date(2007, 12, 28)
