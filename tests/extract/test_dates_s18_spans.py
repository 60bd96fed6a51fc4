"""Spans of days ACLED's notes write in two more ways, read from their first day as "12-13 March" is (session 16):
across two months ("31 Jan - 06 Feb 2015", "from 30 December to 2 January 2020"), and a night written with a
slash ("the night of 13/14 March 2014"). Two days named month first with one year ("on August 10 and 11, 2017")
are dated on the day the month names, as "on 10 and 11 August 2017" is.

Before, the first two gave no date or only the second month's day, the night a month (the 15th), and the two days
no date at all (the year after the second day was out of the month-day rule's reach)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates import find_dates

D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Lecturers protested for a week (31 Jan - 06 Feb 2015) in Eldoret.", D(2015, 1, 31), D(2015, 2, 6)),
        ("Herders fought from 30 December to 2 January 2020 near Baringo.", D(2019, 12, 30), D(2020, 1, 2)),
    ],
)
def test_a_span_across_two_months_is_read_from_its_first_day(text: str, first: D, last: D) -> None:
    assert [(d.value, d.through, d.precision) for d in find_dates(text, None, "en")] == [(first, last, 1)]


def test_a_night_written_with_a_slash_is_its_first_day() -> None:
    found = find_dates("On the night of 13/14 March 2014, gunmen attacked a camp.", None, "en")
    assert [(d.value, d.precision) for d in found] == [(D(2014, 3, 13), 1)]


def test_two_days_named_month_first_take_the_year_after_them() -> None:
    found = find_dates("Police clashed with rioters on August 10 and 11, 2017.", None, "en")
    assert [(d.value, d.precision) for d in found] == [(D(2017, 8, 10), 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two months apart: no span of days; the day with the year stands alone
        ("The strike lasted from 12 March to 12 May 2019.", [None, D(2019, 5, 12)]),
        # a count after a month-day, as before: no year, no date
        ("On Aug 3 and 4 people were hurt, 2019 figures show.", [None]),
        # two days named day first keep the day next to the month, as before
        ("Herders clashed on 17 and 21 June 2016.", [D(2016, 6, 21)]),
    ],
)
def test_neighbours_stay_as_they_were(text: str, expected: list[D | None]) -> None:
    assert [d.value for d in find_dates(text, None, "en") if d.rule != "date:year"] == expected
