"""Reading the dates a page gives about itself: "2019-11-03T00:25", "13/09/2023", "le 3 novembre 2019",
"March 24, 2019", "17th January, 2019", "2 nov" (with a year known from elsewhere).

These are publication dates only (headers, datelines, "Published on" lines); the dates of events inside the
story are the extract stage's job. Month names and labels live in `data/dates.yaml`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import yaml

_MIN_YEAR = 1950


@dataclass(frozen=True, slots=True)
class PageDate:
    """A date found in a string, with its span in that string; precision 1 = day, 3 = month only."""

    value: dt.date
    precision: Literal[1, 3]
    start: int
    end: int


class _FoldTable(dict[int, str]):
    """str.translate table filled on demand: each character to its lower-case base letter."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch == "\ufffd":
            folded = "?"
        else:
            base = unicodedata.normalize("NFD", ch)[0].lower()
            folded = base if len(base) == 1 else ch
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and strip accents one character for one character, so spans in the folded text are spans in
    the original. The replacement character of a broken decoding becomes '?'."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


@cache
def _rules() -> dict:
    path = resources.files("sitrep.ingest") / "data" / "dates.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _word_pattern(word: str) -> str:
    """A folded word where each accented letter may also be '?' (a page decoded with the wrong charset)."""
    parts = []
    for ch in word:
        base = fold(ch)
        parts.append(re.escape(base) if ch == base else f"[{re.escape(base)}?]")
    return "".join(parts)


@cache
def _month_lookup() -> tuple[str, dict[str, int]]:
    lookup: dict[str, int] = {}
    for month, names in _rules()["months"].items():
        for name in names:
            lookup[fold(name)] = int(month)
    names = sorted({n for names in _rules()["months"].values() for n in names}, key=len, reverse=True)
    return "|".join(_word_pattern(n) for n in names), lookup


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    month, _ = _month_lookup()
    m = rf"(?P<month>{month})\b\.?"
    ordinal = r"(?:er|st|nd|rd|th|eme|º|°)?"
    return [
        (re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{1,2})(?:-(?P<day>\d{1,2}))?(?![\d-])"), "iso"),
        (re.compile(r"(?<![\d/.])(?P<day>\d{1,2})[/.](?P<mon>\d{1,2})[/.](?P<year>\d{4})(?![\d/])"), "numeric"),
        (re.compile(rf"(?<!\d)(?P<day>\d{{1,2}}){ordinal}\.?\s+(?:de\s+)?{m},?\s+(?:de\s+)?(?P<year>\d{{4}})(?!\d)"),
         "day-month-year"),
        (re.compile(rf"\b{m}\s+(?P<day>\d{{1,2}}){ordinal},?\s+(?P<year>\d{{4}})(?!\d)"), "month-day-year"),
        (re.compile(r"(?<![\d/.])(?P<year>\d{4})[/.](?P<mon>\d{1,2})[/.](?P<day>\d{1,2})(?![\d/.])"), "ymd"),
        (re.compile(rf"(?<!\d)(?P<day>\d{{1,2}}){ordinal}\.?\s+(?:de\s+)?{m}(?!\s*,?\s*\d)"), "day-month"),
        (re.compile(rf"\b{m}\s+(?P<day>\d{{1,2}}){ordinal}(?!\s*,?\s*\d)(?![\w])"), "month-day"),
    ]


def _make(year: int, month: int, day: int | None) -> tuple[dt.date, Literal[1, 3]] | None:
    if not _MIN_YEAR <= year <= dt.date.today().year + 1:
        return None
    try:
        return (dt.date(year, month, day), 1) if day else (dt.date(year, month, 1), 3)
    except ValueError:
        return None


def find_page_dates(text: str, year: int | None = None) -> list[PageDate]:
    """Every date in `text`, in order; day-and-month dates without a year only when `year` is given."""
    folded = fold(text)
    _, months = _month_lookup()
    found: list[PageDate] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _patterns():
        for match in pattern.finditer(folded):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            if kind in ("day-month", "month-day") and year is None:
                continue
            month = int(groups["mon"]) if groups.get("mon") else months.get(groups["month"])
            if month is None:
                month = _month_by_pattern(groups["month"]) or 0
            day = int(groups["day"]) if groups.get("day") else None
            if kind == "numeric" and month > 12 and day is not None and day <= 12:
                day, month = month, day  # US order: 09/13/2023
            made = _make(int(groups["year"]) if groups.get("year") else year or 0, month, day)
            if made is None:
                continue
            found.append(PageDate(made[0], made[1], match.start(), match.end()))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def _month_by_pattern(word: str) -> int | None:
    """The month of a name seen with '?' for an accented letter ('f?vrier')."""
    for month, names in _rules()["months"].items():
        if any(re.fullmatch(_word_pattern(name), word) for name in names):
            return int(month)
    return None


def parse_page_date(text: str, year: int | None = None) -> PageDate | None:
    """The first date in `text`, or None."""
    dates = find_page_dates(text, year)
    return dates[0] if dates else None


@cache
def published_label_pattern() -> re.Pattern[str]:
    """Matches a label such as "Publié le" or "Updated:" in folded text."""
    labels = sorted((fold(x) for x in _rules()["published_labels"]), key=len, reverse=True)
    return re.compile(r"(?:^|\b)(?:" + "|".join(re.escape(x) for x in labels) + r")\b\s*:?\s*")


@cache
def weekday_pattern() -> re.Pattern[str]:
    """Matches the words a date-only line may open with ("lundi", "le lundi", "sunday,") in folded text."""
    names = sorted((fold(x) for x in _rules()["weekdays"]), key=len, reverse=True)
    word = r"(?:" + "|".join(re.escape(x) for x in names) + r")\b"
    return re.compile(rf"{word}(?:[\s,]+{word})*")
