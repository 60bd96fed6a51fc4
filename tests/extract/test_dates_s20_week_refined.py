"""A main event the lead dates only to "last week" takes the day within that week a later lead sentence gives it
("The strikes hit the village on Wednesday"), as a day within a month or span of its own words already does; the
statement's day ("said on Monday", "the army said on Wednesday") is not it."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 3, 18)  # a Monday
LEAD = ("Army drone strikes killed at least 12 people at a cattle market in the north last week, residents said on "
        "Monday.")


def test_a_day_within_the_leads_week_dates_the_event() -> None:
    [event] = extract(LEAD + " The strikes hit the village of Lakeside on Wednesday, a nurse said.", "en",
                      PUBLISHED).events
    assert (event.date.value, event.date.precision) == (dt.date(2024, 3, 13), 1)


def test_a_statements_day_after_the_lead_does_not_date_the_event() -> None:
    [event] = extract(LEAD + " The strikes hit the village of Lakeside, the army said on Wednesday.", "en",
                      PUBLISHED).events
    assert event.date.value != dt.date(2024, 3, 13)
