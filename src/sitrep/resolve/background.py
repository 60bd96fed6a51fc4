"""Which of a report's figures its own sentence dates to an earlier event: background, not this event's toll.

A report of one attack often recalls an earlier one in a dated sentence ("Le 23 mars dernier, quelque 160
personnes ont été tuées dans l'attaque d'Ogossagou"). Extraction tells such a figure apart by the report's
publication date, which many pages lack; the report's own date for its event ("dimanche 9 juin") still says the
figure is older. Resolution must not count such a figure as the event's toll: two events would match on it (the
massacre the report recalls, reported elsewhere, would "agree" with the toll of the one it reports).

Only dates written out count (a day of a month, with or without a year; not a weekday or "yesterday", which a
sentence may use for when a toll was given rather than when the dead died), and only when every one of them
lies at least `background_days_before` before the report's event: a date after it is when a toll was updated.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from sitrep.extract.dates import DateMention, date_rules, find_dates
from sitrep.models import CountClaim, DateClaim, EventMention, PartialDate
from sitrep.resolve.rules import rules

_LEAP_YEAR = 2000  # a year with 29 February, to place a day of a month with no year


def current_counts(mention: EventMention, published: dt.date | None, language: str) -> list[CountClaim]:
    """The mention's count claims without those whose sentence dates them to an earlier event (see module)."""
    if not mention.counts or mention.date is None:
        return mention.counts
    return [c for c in mention.counts if not dated_before(c, mention.date, published, language)]


def dated_before(claim: CountClaim, date: DateClaim, published: dt.date | None, language: str) -> bool:
    """Whether the claim's own sentence names only days well before the mention's `date` (value or partial)."""
    quote = claim.evidence.quote if claim.evidence and claim.evidence.quote else ""
    if not _may_name_a_day(quote, language):  # most sentences do not (reading their dates costs more)
        return False
    days = [d for d in find_dates(quote, published, language) if _names_a_day(d)]
    return bool(days) and all(_before(d, date) for d in days)


_DIGIT = re.compile(r"\d")
_NUMERIC_DAY = re.compile(r"\d[/.-]\d")
_WORDS = re.compile(r"\w+")


def _may_name_a_day(quote: str, language: str) -> bool:
    """A quick test for a day of a month: a month's name (a whole word) and a figure on one line, or figures like
    "14/04". (Set lookups: an alternation of every month's name, tried at each letter, cost more than all the
    rest of resolving a mention.)"""
    if _NUMERIC_DAY.search(quote):
        return True
    if not _DIGIT.search(quote):
        return False
    months = _months(language)
    if "\n" not in quote:
        return not months.isdisjoint(_WORDS.findall(quote.lower()))
    return any(_DIGIT.search(line) and not months.isdisjoint(_WORDS.findall(line.lower()))
               for line in quote.split("\n"))


@cache
def _months(language: str) -> frozenset[str]:
    return frozenset(month.lower() for month in date_rules(language).months)


def _names_a_day(found: DateMention) -> bool:
    if found.relative:
        return False
    if found.value is not None:
        return found.precision == 1
    return found.partial is not None and found.partial.day is not None and found.partial.month is not None


def _before(found: DateMention, date: DateClaim) -> bool:
    """Whether a day the sentence names ends `background_days_before` or more before the event's first day."""
    least = rules().background_days_before
    if found.value is not None and date.value is not None:
        return (_first_day(date) - found.value).days >= least
    mine = _month_day(date)
    theirs = _day_of_year(found.value.month, found.value.day) if found.value else _day_of_year(
        found.partial.month, found.partial.day)  # type: ignore[union-attr,arg-type]
    if mine is None or theirs is None:
        return False
    gap = mine - theirs
    if gap < -183:  # "28 December" recalled in a report of 3 January: the year before
        gap += 366
    return gap >= least


def _first_day(date: DateClaim) -> dt.date:
    """The first day a date claim allows: the day, its week's (three days before), its month's."""
    assert date.value is not None
    if date.precision == 2:
        return date.value - dt.timedelta(days=3)
    return date.value.replace(day=1) if date.precision == 3 else date.value


def _month_day(date: DateClaim) -> int | None:
    """The event's first day as a day of the year, when the claim fixes a day of a month."""
    if date.value is not None:
        return None if date.precision not in (1, None) else _day_of_year(date.value.month, date.value.day)
    partial: PartialDate | None = date.partial
    if partial is None or partial.month is None or partial.day is None:
        return None
    return _day_of_year(partial.month, partial.day)


def _day_of_year(month: int, day: int) -> int | None:
    try:
        return dt.date(_LEAP_YEAR, month, day).timetuple().tm_yday
    except ValueError:  # "31 June": no such day
        return None
