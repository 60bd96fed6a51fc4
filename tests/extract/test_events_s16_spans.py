"""A span of days ("12-13 March") dates its event on the first day, to the day, unless a full date of the event
inside the span says which day (session 16).

Before, the span hid its days from the day-month rule and only "March 2019" was read (month precision, the 15th).
ACLED codes an event told over consecutive days in one row on its first day ("17-18 April" -> 17).
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.dates import find_dates

D = dt.date


@pytest.mark.parametrize(
    "text",
    [
        "Overnight 12-13 March 2019, militants attacked a camp near Garissa.",
        "On 12-13 March 2019, militants attacked a camp near Garissa.",
        "On 12 - 13 March 2019, militants attacked a camp near Garissa.",
        "On 12th-13th March 2019, militants attacked a camp near Garissa.",
        "From 12 to 14 March 2019, traders in Kibera protested against evictions.",
    ],
)
def test_a_span_of_days_is_read_from_its_first_day_to_its_last(text: str) -> None:
    found = [d for d in find_dates(text, None, "en") if d.value is not None]
    assert [(d.value, d.precision, d.through) for d in found] == [(D(2019, 3, 12), 1, found[0].through)]
    assert found[0].through in (D(2019, 3, 13), D(2019, 3, 14))


def test_a_french_span_of_days_is_read_too() -> None:
    found = find_dates("Du 12 au 14 mars 2019, des commerçants ont manifesté à Gao.", None, "fr")
    assert [(d.value, d.through) for d in found] == [(D(2019, 3, 12), D(2019, 3, 14))]


@pytest.mark.parametrize(
    "text", ["Students protested on 12 March and 13 March 2019.", "Scores ended 13-12 March 2019."]
)
def test_two_dates_or_a_backward_pair_are_no_span(text: str) -> None:
    assert all(d.through is None for d in find_dates(text, D(2019, 3, 14), "en"))


def test_a_span_dates_its_event_on_the_first_day() -> None:
    (event,) = extract("On 17-18 April 2019, Pokot raiders attacked Turkana herders in Kapedo, killing three.", "en",
                       None).events
    assert (event.date.value, event.date.precision) == (D(2019, 4, 17), 1)


def test_a_full_date_of_the_event_inside_the_span_wins() -> None:
    events = extract("On 2 December 2019, Maseno University in Kisumu was closed following demonstrations of students "
                     "that spread across 1-2 December, during which police fired tear gas.", "en", None).events
    main = max(events, key=lambda e: e.salience)
    assert main.date.value == D(2019, 12, 2)


def test_the_next_day_after_a_span_counts_from_its_last_day() -> None:
    found = find_dates("Militants attacked Kotu on 12-13 March 2019. The next day, troops retook the town.", None, "en")
    assert [d.value for d in found] == [D(2019, 3, 12), D(2019, 3, 14)]
