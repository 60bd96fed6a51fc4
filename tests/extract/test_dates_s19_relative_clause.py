"""A date in a relative clause about someone or something the event is not ("the exam that was held on 3 May
2012", "the officer who shot a student in June 2010") dates that clause's act, not the event; with no day of its
own the event's date stays unknown. A relative clause that tells the event itself, or qualifies its trigger, still
dates it."""

from __future__ import annotations

import datetime as dt

from report_events import main_event


def test_a_day_in_a_relative_clause_about_something_else_does_not_date_the_event() -> None:
    event = main_event("Teachers staged a protest in Lakeside demanding the results of the recruitment exam that "
                       "was held on 3 May 2012.")
    assert event.event_type == "Protests"
    assert event.date.value is None


def test_a_day_in_a_relative_clause_that_tells_the_event_dates_it() -> None:
    event = main_event("Residents blocked the road to the village where gunmen killed three farmers on 3 May 2012.")
    assert event.event_type == "Violence against civilians"
    assert event.date.value == dt.date(2012, 5, 3)


def test_a_day_in_the_main_clause_still_dates_the_event() -> None:
    event = main_event("On 3 May 2012, teachers staged a protest in Lakeside demanding the results of the "
                       "recruitment exam that was held last year.")
    assert event.date.value == dt.date(2012, 5, 3)
