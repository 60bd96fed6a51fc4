"""Dates a report with no publication date cannot fix still say something: a weekday, a day of a month; and
when the text names a year, a weekday and a day of a month together fix it."""

from __future__ import annotations

import datetime as dt

from sitrep.extract.dates import find_dates
from sitrep.models import PartialDate


def test_weekday_without_publication_date_keeps_the_weekday() -> None:
    (mention,) = find_dates("Gunmen attacked the market on Tuesday.", None, "en")
    assert mention.value is None
    assert mention.partial == PartialDate(weekday=1)


def test_day_and_month_without_any_year_keep_day_month_and_weekday() -> None:
    (mention,) = find_dates("Le village a été attaqué dimanche 9 juin dans la soirée.", None, "fr")
    assert mention.value is None
    assert mention.partial == PartialDate(month=6, day=9, weekday=6)


def test_weekday_and_day_fix_the_year_among_the_years_the_text_names() -> None:
    text = "Le village a été ce vendredi 14 février la cible d'une attaque. Il avait déjà été visé en mars 2019."
    first, second = find_dates(text, None, "fr")
    assert first.value == dt.date(2020, 2, 14)  # a Friday in 2020, not in 2018 or 2019
    assert first.rule.endswith("|year-by-weekday")
    assert second.value == dt.date(2019, 3, 15)


def test_no_year_is_guessed_without_a_weekday_or_when_two_years_fit() -> None:
    text = "Le 14 octobre, un camion piégé a explosé. Depuis 2015 les attentats se multiplient."
    assert find_dates(text, None, "fr")[0].value is None
    # 1 January was a Monday in both 2018 and 2024: the named years 2019 and 2023 give two candidates.
    text = "On Monday, January 1 fighters raided the town. Raids rose from 2019 to 2023."
    assert find_dates(text, None, "en")[0].value is None


def test_a_published_report_resolves_as_before() -> None:
    (mention,) = find_dates("Gunmen attacked the market on Tuesday.", dt.date(2024, 6, 13), "en")
    assert (mention.value, mention.partial) == (dt.date(2024, 6, 11), None)


def test_the_years_of_a_span_fix_no_weekdays_year() -> None:
    # 21 September is a Monday in 2009, a neighbour of the years named, but they bound an era, no date of the story
    text = "Nurses marched on Monday [21 September] to demand arrears owed to staff hired from 2004 to 2009."
    assert find_dates(text, None, "en")[0].value is None
    # a year named on its own still fixes it: 21 September 2009 was a Monday
    text = "Nurses marched on Monday [21 September] over arrears due under a deal signed in 2009."
    assert find_dates(text, None, "en")[0].value == dt.date(2009, 9, 21)
