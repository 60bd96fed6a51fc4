"""A night that spans two months ("la nuit du 30 septembre au 1er octobre") is dated on its first day, as a
night within one month is, and keeps what it says when no year can be fixed."""

from __future__ import annotations

import datetime as dt

from sitrep.extract.dates import find_dates
from sitrep.models import PartialDate


def test_night_across_two_months_is_its_first_day() -> None:
    (found,) = find_dates("Dans la nuit du 30 septembre au 1er octobre 2019, des jihadistes ont attaqué.", None, "fr")
    assert found.value == dt.date(2019, 9, 30)
    assert found.rule == "date:night-of-days-months" and found.text.endswith("1er octobre 2019")


def test_night_across_the_new_year_takes_the_year_before() -> None:
    (found,) = find_dates("in the night of 31 December to 1 January 2020, gunmen attacked", None, "en")
    assert found.value == dt.date(2019, 12, 31)


def test_undated_night_across_two_months_keeps_day_and_month() -> None:
    (found,) = find_dates("Dans la nuit du 30 septembre au 1er octobre, des jihadistes ont attaqué.", None, "fr")
    assert found.value is None
    assert found.partial == PartialDate(month=9, day=30, weekday=None)


def test_night_within_one_month_unchanged() -> None:
    (found,) = find_dates("dans la nuit du 11 au 12 juin 2022", None, "fr")
    assert found.value == dt.date(2022, 6, 11)
