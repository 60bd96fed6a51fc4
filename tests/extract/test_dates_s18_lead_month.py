"""A month the lead names but no clause of the event gives as its time ("demanding a pay rise from January 2014",
"a series of strikes it launched in December 2014", "their release came in February 2009") is another thing's time,
not the event's: with no day of its own, the event's date stays unknown (before, the month was taken, filed on its
15th). A month the event's own clause gives still dates it."""

from __future__ import annotations

import datetime as dt

from report_events import main_event


def test_a_month_of_something_else_in_the_lead_does_not_date_the_event() -> None:
    event = main_event("Government employees staged a demonstration in front of the district offices demanding that "
                       "the government grant a pay rise from January 2014 and meet other demands.")
    assert event.event_type == "Protests"
    assert event.date.value is None


def test_a_month_told_of_what_came_after_does_not_date_the_event() -> None:
    event = main_event("Two aid workers were abducted by gunmen near the border. Their release came in February 2009.")
    assert event.date.value is None


def test_the_events_own_month_still_dates_it() -> None:
    event = main_event("Gunmen attacked a police post in Mandera in March 2013, killing two officers.")
    assert (event.date.value, event.date.precision) == (dt.date(2013, 3, 15), 3)
