"""Dates in report text, resolved against the publication date: "Friday's assault", "le 17 septembre 2023".

`find_dates(text, published, language)` returns every date expression with its value (or None when the text
alone cannot fix it), ACLED time precision (1 day, 2 week, 3 month), the rule that read it, whether it is
relative to publication, and whether it points clearly to the past beyond a week (background). A span of days
("12-13 March") is dated on its first day and keeps its last (`through`), so that a full date of the event inside
it can win (`event_dates`).

The words and patterns, and the conventions they follow (same-day weekday rule, which day a night spanning
two days is filed under, week/month anchors), live in `data/dates_<language>.yaml`; read its header before
changing behaviour. A month of four letters or fewer may carry a full stop ("Nov.").
"""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal

from sitrep.models import PartialDate

Precision = Literal[1, 2, 3]

_BACKGROUND_DAYS = 7  # beyond a week before publication, a date is background, not the report's news
_FUTURE_SLACK_DAYS = 7  # a yearless date this far after publication belongs to the year before
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# Years that bound a span of years ("from 2004 to 2009", "2012-2014", "since 2015", "depuis 2015"): an era.
ERA = re.compile(
    r"(?<!\d)(?:19|20)\d\d\s*(?:to|and|until|till|-|–|à|et|au)\s*(?:19|20)\d\d(?!\d)|(?:since|depuis)\s+(?:19|20)\d\d",
    re.IGNORECASE,
)
# A date in figures, day and month in either order ("30/05/2017", "2/24/2015", "5.6.17")
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?:\d{4}|\d\d)(?![\d/-])"
)
# Only a comma between a day and the words after it: they stand in apposition to it ("Thursday, the day before").
APPOSITION = re.compile(r"\s*,\s*")
DAY_PARTS = r"(?:matin|soir|après-midi|apres-midi|nuit|morning|afternoon|evening|night)"


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression; `text` is `text[start:end]`, `value` None when it cannot be fixed."""

    start: int
    end: int
    text: str
    value: dt.date | None
    precision: Precision
    rule: str
    relative: bool  # resolved against the publication date (weekday, "yesterday", "la semaine dernière")
    background: bool  # clearly earlier than a week before publication ("last year", "in 2012")
    partial: PartialDate | None = None  # what an unfixed date still says: a weekday, a day of a month
    through: dt.date | None = None  # the last day of a span of days ("12-13 March"); `value` is its first


@dataclass(frozen=True, slots=True)
class _Pattern:
    regex: re.Pattern[str]
    kind: Literal["absolute", "weekday", "relative", "anchored"]
    rule: str
    spec: dict[str, Any]


class DateRules:
    """The compiled date patterns of one language (built once per process by `date_rules`)."""

    def __init__(self, language: str) -> None:
        # Imported here, not at module level: counts imports find_dates, and the number words live there.
        from sitrep.extract.counts import DataFileError, count_rules, load_rules

        name = f"dates_{language}.yaml"
        rules = load_rules(name)
        try:
            self.months: dict[str, int] = {str(k).lower(): int(v) for k, v in rules["months"].items()}
            self.weekdays: dict[str, int] = {str(k).lower(): int(v) for k, v in rules["weekdays"].items()}
            self.day_first = rules.get("numeric_order", "dmy") == "dmy"
            self.night_on_second_day = rules.get("night_spans", "first") == "second"
            capitalised = {str(w).lower() for w in rules.get("capitalised_only") or []}
            month_words = sorted(self.months, key=len, reverse=True)
            month_alt = "|".join(
                (f"(?-i:{re.escape(w.capitalize())}|{re.escape(w.upper())})" if w in capitalised else re.escape(w))
                + (r"\.?" if len(w) <= 4 else "")  # "Nov. 2", but "1 November." keeps its full stop
                for w in month_words
            )
            weekday_alt = "|".join(re.escape(w) for w in sorted(self.weekdays, key=len, reverse=True))
            number = count_rules(language).numbers.pattern
            slots = {
                "day": r"(?P<day>[0-3]?\d)(?!\d)",
                "day2": r"(?P<day2>[0-3]?\d)(?!\d)",
                "month": rf"(?P<month>{month_alt})",
                "month2": rf"(?P<month2>{month_alt})",
                "month_num": r"(?P<month_num>[0-3]?\d)(?!\d)",  # over 12: a month-first date's day
                "year": r"(?P<year>(?:1[89]|20)\d\d)(?!\d)",
                "year2": r"(?P<year2>\d\d)(?!\d)",
                "weekday": rf"(?P<weekday>{weekday_alt})",
                "weekday2": rf"(?P<weekday2>{weekday_alt})",
                # "ce lundi matin, 30 septembre", "on Monday night, September 30": the part of the day may sit
                # between the weekday and the date; ACLED notes bracket the date ("On Friday [4 September]").
                "weekday_opt": rf"(?:(?:on\s+|le\s+|ce\s+)?(?P<weekday_opt>{weekday_alt})(?:\s+{DAY_PARTS})?,?"
                r"\s*[(\[]?\s*(?:le\s+)?)?",
                "n": rf"(?P<n>{number})",
            }
            self.patterns: list[_Pattern] = []
            for kind in ("absolute", "weekday", "relative", "anchored"):
                for spec in rules.get(kind) or []:
                    body = spec["pattern"].format(**slots)
                    regex = re.compile(rf"(?<![\w/.-])(?:{body})(?![\w/])", re.I)
                    self.patterns.append(_Pattern(regex, kind, str(spec["rule"]), spec))
        except (KeyError, AttributeError, TypeError, ValueError, re.error) as exc:
            raise DataFileError(f"{name}: bad rule: {exc!r}") from exc
        self.read_number = count_rules(language).numbers.value


    def with_day_first(self, day_first: bool) -> DateRules:
        """The same rules with dates in figures read in another order."""
        other = copy.copy(self)
        other.day_first = day_first
        return other


@cache
def date_rules(language: str) -> DateRules:
    """The compiled rules for `language` ("en", "fr"); other languages fall back to English."""
    return DateRules(language if language in ("en", "fr") else "en")


def find_dates(text: str, published: dt.date | None, language: str, published_precision: int = 1) -> list[DateMention]:
    """Every date expression in `text`, in text order, longest match first where two overlap.

    `published_precision` above 1 (the page gives only a month) means weekdays and relative words cannot be
    resolved: they are returned with value None, like a report with no publication date.
    """
    rules = date_rules(language)
    writer_day_first = _writer_day_first(text)
    if writer_day_first is not None and writer_day_first != rules.day_first:
        rules = rules.with_day_first(writer_day_first)
    anchor = published if published_precision == 1 else None
    candidates: list[tuple[int, int, int, _Pattern, re.Match[str]]] = []
    for order, pattern in enumerate(rules.patterns):
        for m in pattern.regex.finditer(text):
            candidates.append((m.start(), -(m.end() - m.start()), order, pattern, m))
    candidates.sort(key=lambda c: c[:3])
    found: list[DateMention] = []
    taken_until = -1
    for start, _, _, pattern, m in candidates:
        if start < taken_until:
            continue
        if pattern.kind == "anchored":
            mention = _anchored(pattern, m, rules, found, published, anchor)
        else:
            mention = _read(pattern, m, rules, published, anchor)
        if mention is None:
            continue
        found.append(mention)
        taken_until = m.end()
    if anchor is None:
        eras = [m.span() for m in ERA.finditer(text)]
        years = {int(m.group()) for m in YEAR.finditer(text) if not any(a <= m.start() < b for a, b in eras)}
        found = [_year_from_weekday(mention, years) for mention in found]
    return found


def _writer_day_first(text: str) -> bool | None:
    """The order in which the text writes day and month in figures, when a date in it fits only one ("2/24/2015" is
    month first, "24/2/2015" day first): its writer keeps to it, so "3/12/2015" beside "2/24/2015" is 12 March. None
    when no date or dates of both orders tell it (the language's convention then reads them)."""
    orders = set()
    for m in NUMERIC_DATE.finditer(text):
        first, second = int(m["first"]), int(m["second"])
        if first <= 12 < second <= 31:
            orders.add(False)
        elif second <= 12 < first <= 31:
            orders.add(True)
    return orders.pop() if len(orders) == 1 else None


def _year_from_weekday(mention: DateMention, years: set[int]) -> DateMention:
    """ "samedi 14 octobre" in a report with no publication date that names 2017 somewhere: of the years named
    and their neighbours, the one where 14 October is a Saturday, when there is exactly one. The years that bound a
    span ("teachers hired from 2004 to 2009", "depuis 2015") are an era, no time of the story: they fix nothing."""
    partial = mention.partial
    if mention.value is not None or partial is None or None in (partial.month, partial.day, partial.weekday):
        return mention
    fitting = {
        candidate
        for year in years
        for candidate in (year - 1, year, year + 1)
        if partial.day <= calendar.monthrange(candidate, partial.month)[1]  # type: ignore[arg-type, operator]
        and partial.fits(dt.date(candidate, partial.month, partial.day))  # type: ignore[arg-type]
    }
    if len(fitting) != 1:
        return mention
    value = dt.date(fitting.pop(), partial.month, partial.day)  # type: ignore[arg-type]
    return replace(mention, value=value, rule=f"{mention.rule}|year-by-weekday", partial=None)


def _read(
    pattern: _Pattern, m: re.Match[str], rules: DateRules, published: dt.date | None, anchor: dt.date | None
) -> DateMention | None:
    spec = pattern.spec
    precision: Precision = int(spec.get("precision", 1))  # type: ignore[assignment]
    if pattern.kind == "absolute":
        span = bool(spec.get("span"))
        resolved = _absolute(m, rules, published, precision, span)
        if resolved is _INVALID:
            return None
        value = resolved if isinstance(resolved, dt.date) else None
        if value is not None and spec.get("shift"):  # "on the eve of 9 March": the day before the date named
            value += dt.timedelta(days=int(spec["shift"]))
        mention = _mention(m, value, precision, pattern.rule, False, _is_background(value, precision, published, m))
        if span:  # with no year to fix it, a span keeps no partial day: any of its days may be the event's
            if value is None:
                return mention
            through = _span_end(value, m, rules)
            return replace(mention, through=through) if through is not None else None
        return mention if value is not None else _with_partial(mention, m, rules, precision)
    if pattern.kind == "weekday":
        named = m.group("weekday2") if rules.night_on_second_day and m.groupdict().get("weekday2") else None
        weekday = rules.weekdays[(named or m.group("weekday")).lower()]
        value = None
        if anchor is None:
            return _mention(m, None, 1, pattern.rule, True, False, PartialDate(weekday=weekday))
        if anchor is not None:
            if spec.get("next"):  # "next Friday": the first one after publication
                value = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
            else:
                back = (anchor.weekday() - weekday) % 7
                if back == 0 and spec.get("last"):
                    back = 7
                value = anchor - dt.timedelta(days=back)
        return _mention(m, value, 1, pattern.rule, True, False)
    value = None if anchor is None or spec.get("no_value") else _relative(m, spec, anchor, rules)
    return _mention(m, value, precision, pattern.rule, True, bool(spec.get("background", False)))


def _anchored(
    pattern: _Pattern,
    m: re.Match[str],
    rules: DateRules,
    earlier: list[DateMention],
    published: dt.date | None,
    anchor: dt.date | None,
) -> DateMention:
    """ "The previous day", "le lendemain", "two days earlier": days counted from the last day the text named
    before the words (the event they follow), else (`fallback: published`) from publication, else no value."""
    spec = pattern.spec
    precision: Precision = int(spec.get("precision", 1))  # type: ignore[assignment]
    restated = earlier[-1] if earlier and APPOSITION.fullmatch(m.string, earlier[-1].end, m.start()) else None
    if restated is not None and restated.value is not None and restated.precision == 1:
        # "On Thursday, a day before the bombing, soldiers ...": the words restate the day just named, in apposition
        return _mention(m, restated.value, 1, pattern.rule, True, restated.background)
    days = [d.through or d.value for d in earlier if d.value is not None and d.precision == 1]
    base = days[-1] if days else anchor if spec.get("fallback") == "published" else None
    times = rules.read_number(m.group("n")) if spec.get("n") else 1
    value = None if base is None or times is None else base + dt.timedelta(days=int(spec["days"]) * times)
    return _mention(m, value, precision, pattern.rule, True, _is_background(value, precision, published, m))


_INVALID = object()  # the match looked like a date but is not one ("31/02", "45 May")


def _absolute(m: re.Match[str], rules: DateRules, published: dt.date | None, precision: int, span: bool) -> object:
    groups = m.groupdict()
    year: int | None = int(groups["year"]) if groups.get("year") else None
    if groups.get("year2"):
        year = 2000 + int(groups["year2"])
    named = _day_month(groups, rules, span)
    if named is None:  # a year alone
        return None
    day, month = named
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return _INVALID
    if span and not groups.get("month2") and not (day or 0) < int(groups["day2"]) <= calendar.monthrange(
        year or 2000, month
    )[1]:
        return _INVALID  # "12-9 March" is no span of days (one across two months is checked by `_span_end`)
    if year is not None and groups.get("month2") and month > rules.months[groups["month2"].lower().rstrip(".")]:
        year -= 1  # "la nuit du 31 décembre au 1er janvier 2020": the first day is in 2019
    if year is None:
        if published is None:
            return None
        year = published.year
        if dt.date(year, month, 1) > published + dt.timedelta(days=_FUTURE_SLACK_DAYS):
            year -= 1
    if precision == 3 or day is None:
        return _month_anchor(year, month, published)
    if day > calendar.monthrange(year, month)[1]:
        return _INVALID
    value = dt.date(year, month, day)
    latest = published + dt.timedelta(days=_FUTURE_SLACK_DAYS) if published is not None else None
    if groups.get("month_num") and day <= 12 and latest is not None and value > latest >= dt.date(year, day, month):
        return dt.date(year, day, month)  # "3/12/2015" in a report of 20 March 2015 cannot be 3 December: 12 March
    return value


def _span_end(first: dt.date, m: re.Match[str], rules: DateRules) -> dt.date | None:
    """The last day of a span of days that starts on `first`: in its month ("12-13 March") or the next one
    ("31 Jan - 6 Feb"); None when that day does not come after the first, within a month of it."""
    groups = m.groupdict()
    day = int(groups["day2"])
    month, year = first.month, first.year
    if groups.get("month2"):
        month = rules.months[groups["month2"].lower().rstrip(".")]
        year += month < first.month
    if day > calendar.monthrange(year, month)[1]:
        return None
    last = dt.date(year, month, day)
    return last if first < last <= first + dt.timedelta(days=31) else None


def _day_month(groups: dict[str, Any], rules: DateRules, span: bool = False) -> tuple[int | None, int] | None:
    """The day (None for a month alone) and month an absolute date names; None for a year alone. A night
    spanning two days is filed under the day the language's convention says; a `span` of days under its first."""
    day_text = groups.get("day")
    if groups.get("month"):
        month = rules.months[groups["month"].lower().rstrip(".")]
    elif groups.get("month_num"):
        month = int(groups["month_num"])
        month_first = not rules.day_first or month > 12  # "2/24/2015" can only be month first
        if day_text and month_first and int(day_text) <= 12:
            month, day_text = int(day_text), groups["month_num"]
    else:
        return None
    day = int(day_text) if day_text else None
    if groups.get("day2") and rules.night_on_second_day and not span:
        day = int(groups["day2"])
        if groups.get("month2"):  # "the night of 30 September to 1 October"
            month = rules.months[groups["month2"].lower().rstrip(".")]
    return day, month


def _month_anchor(year: int, month: int, published: dt.date | None) -> dt.date:
    """The day a month-precision date is filed under: the 15th, or publication day when that is earlier."""
    middle = dt.date(year, month, 15)
    return published if published is not None and published < middle and published.month == month else middle


def _relative(m: re.Match[str], spec: dict[str, Any], anchor: dt.date, rules: DateRules) -> dt.date | None:
    times = 1
    if spec.get("n"):
        read = rules.read_number(m.group("n"))
        if read is None:
            return None
        times = read
    if spec.get("weekend"):
        back = (anchor.weekday() - 5) % 7  # the Saturday of the most recent weekend, this one included
        if spec["weekend"] == "last" and back < 2:
            back += 7  # "le week-end dernier" said on a Saturday or Sunday: the one before
        return anchor - dt.timedelta(days=back)
    if spec.get("day_of_month"):  # a day of the month of publication; a later one is yet to come
        day = int(m.group("day"))
        return anchor.replace(day=day) if 1 <= day <= anchor.day else None
    if "month_mid" in spec:
        months = anchor.year * 12 + anchor.month - 1 + int(spec["month_mid"]) * times
        return _month_anchor(months // 12, months % 12 + 1, anchor)
    return anchor + dt.timedelta(days=int(spec.get("days", 0)) * times)


def _is_background(value: dt.date | None, precision: int, published: dt.date | None, m: re.Match[str]) -> bool:
    if published is None:
        return False
    if value is None:  # a year alone: background when it is an earlier year
        year = m.groupdict().get("year")
        return year is not None and int(year) < published.year
    if precision == 3:
        last_day = value.replace(day=calendar.monthrange(value.year, value.month)[1])
        return last_day < published - dt.timedelta(days=_BACKGROUND_DAYS)
    return value < published - dt.timedelta(days=_BACKGROUND_DAYS)


def _with_partial(mention: DateMention, m: re.Match[str], rules: DateRules, precision: int) -> DateMention:
    """A day and month with no year to fix them (and maybe a weekday): keep what they say."""
    groups = m.groupdict()
    named = _day_month(groups, rules)
    if precision != 1 or named is None or named[0] is None:
        return mention
    day, month = named
    weekday = rules.weekdays.get((groups.get("weekday_opt") or "").lower())
    if groups.get("day2") and rules.night_on_second_day:
        weekday = None  # "dans la nuit du samedi 14 au dimanche 15": the weekday named is the first day's
    return replace(mention, partial=PartialDate(month=month, day=day, weekday=weekday))


def _mention(
    m: re.Match[str],
    value: dt.date | None,
    precision: Precision,
    rule: str,
    relative: bool,
    background: bool,
    partial: PartialDate | None = None,
) -> DateMention:
    return DateMention(m.start(), m.end(), m.group(), value, precision, rule, relative, background, partial)
