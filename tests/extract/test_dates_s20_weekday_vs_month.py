"""In a report with no publication date, a raid told "on Sunday night" and a killing told "In June 2014" are two
times: a weekday alone names a day of the week the report was written, and a month is filed under a day no one
told (the 15th), which the weekday must not be checked against (before, 15 June 2014 being a Sunday, the killing
joined the raid and gave it its date). The month named with its year is then the past the report looks back to, no
event of its own. A day told with its year stays news; a weekday that a day fits still joins it."""

from __future__ import annotations

import datetime as dt

from report_events import extract

RAID = ("Suspected militants raided a village near Witu on Sunday night, shooting dead two men and burning a dozen "
        "houses, the county commissioner said. Officers were pursuing the attackers into the forest.")


def _dates(text: str) -> list[dt.date | None]:
    return sorted((e.date.value for e in extract(text, "en", None).events), key=lambda d: d or dt.date.min)


def test_a_month_filed_under_a_sunday_does_not_date_a_sunday_raid() -> None:
    assert _dates(RAID + " In June 2014, militants killed about 60 people in Witu.") == [None]


def test_a_month_named_with_its_year_beside_a_weekday_is_the_past() -> None:
    assert _dates(RAID + " In March 2015, militants killed about 60 people in the nearby town of Hillside.") == [None]


def test_a_day_named_with_its_year_beside_a_weekday_stays_news() -> None:
    text = RAID + " On 2 July 2014, militants killed about 60 people in Witu."
    assert _dates(text) == [None, dt.date(2014, 7, 2)]


def test_a_weekday_and_a_day_it_fits_are_one_time() -> None:
    text = RAID + " On Sunday 15 June 2014, militants killed two men in the village."
    assert _dates(text) == [dt.date(2014, 6, 15)]


def test_a_month_beside_a_main_event_with_its_own_day_is_left_to_the_date_rules() -> None:
    text = ("On 3 June 2014, suspected militants raided a village near Witu, shooting dead two men. In June 2014, "
            "militants also killed about 60 people in the nearby town of Hillside.")
    assert _dates(text) == [dt.date(2014, 6, 3), dt.date(2014, 6, 15)]
