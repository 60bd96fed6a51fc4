"""What an undated report's words say of the day ("mardi", "le 30 septembre", no year) against an event's dates."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sitrep.models import PartialDate
from sitrep.resolve.rules import rules

if TYPE_CHECKING:
    from sitrep.resolve.similarity import Features


def joint_partial(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """What two undated reports' words say of the day together: "lundi" and "30 septembre" are Monday 30
    September. A field they give apart keeps the first report's value."""
    if a is None or b is None:
        return a or b
    return PartialDate(month=a.month if a.month is not None else b.month,
                       day=a.day if a.day is not None else b.day,
                       weekday=a.weekday if a.weekday is not None else b.weekday)


def partial_fit(partial: PartialDate, span: tuple[int, int]) -> tuple[float, bool] | None:
    """How an undated report's "samedi 14 octobre" (or only "samedi") fits the days a dated event allows."""
    r = rules()
    days = [dt.date.fromordinal(day) for day in range(span[0] - 1, span[1] + 2)]
    exact = any(partial.fits(day) for day in days[1:-1])
    if not exact and not any(partial.fits(day) for day in days):
        return None  # the words name another day
    calendar_day = partial.day is not None and partial.month is not None
    if not exact:  # a day off: a night across two days, or one source's slip
        return (next(score for gap, score in r.date_gap_scores if gap >= 1) if calendar_day else r.date_undated,
                calendar_day)
    if span[0] == span[1]:
        return (r.date_same_day if calendar_day else r.date_weekday_fit), calendar_day
    return (r.date_overlap_imprecise if calendar_day else r.date_undated), calendar_day


def partials_agree(a: PartialDate, b: PartialDate, timed: bool) -> tuple[float, bool] | None:
    """Two undated reports: the same day of the same month agree (the year is unknown); different ones,
    or weekdays more than a day apart, name different days."""
    r = rules()
    if None not in (a.day, a.month, b.day, b.month):
        return (r.date_overlap_imprecise, True) if (a.day, a.month) == (b.day, b.month) else None
    if a.weekday is not None and b.weekday is not None:
        apart = min((a.weekday - b.weekday) % 7, (b.weekday - a.weekday) % 7)
        if apart > 1:
            return None
        return (r.date_weekday_fit if apart == 0 else r.date_undated), timed
    return r.date_undated, timed


def weekday_fits_exactly(m: Features, e: Features) -> bool | None:
    """Whether an undated side's "mardi" (or "14 octobre") names a day the other side's date allows, rather than
    only a day off it; None when one side is not undated with such words against a dated other."""
    dated, undated = (m, e) if m.dated else (e, m)
    if not dated.dated or undated.dated or undated.partial is None:
        return None
    return any(undated.partial.fits(dt.date.fromordinal(day)) for day in range(dated.dated[0], dated.dated[1] + 1))
