"""Whether a clause can tell an event already told: a place far away, another day or another country says no.

The grouping step (`event_groups.py`) asks these before a clause joins a group; a clause that refers back to the
event ("the attack") may skip them.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep import geo
from sitrep.extract.context import DateChoice, Group, Report, Unit
from sitrep.extract.event_dates import OPENING_SENTENCES
from sitrep.extract.triggers import normalise
from sitrep.models import PartialDate, Toponym

SAME_PLACE_KM = 60  # two places this close in one region may be one event told with different names
CONFIDENT_PLACE = 0.8  # geocoder score above which a bare place name can split two events


def town_named(report: Report, group: Group, unit: Unit) -> Toponym | None:
    """The group's town the clause names again; the gazetteer may miss that second mention (before a closing
    quote mark), so the name is looked for in the clause's words."""
    clause = normalise(report.article.text[unit.clause[0] : unit.clause[1]])
    return next(
        (t for t in group.places() if _town(t) and re.search(rf"(?<!\w){re.escape(normalise(t.text))}(?!\w)", clause)),
        None,
    )


def _town(toponym: Toponym) -> bool:
    return toponym.place is not None and toponym.place.feature_class == "P" and _confident(toponym)


def new_place(group: Group, unit: Unit) -> bool:
    """The clause names a place the group does not already have."""
    if unit.place is None:
        return False
    return place_key(unit.place) not in {place_key(t) for t in group.places()}


def place_key(toponym: Toponym) -> tuple[str, str]:
    place = toponym.place
    if place is None:
        return ("", toponym.text.lower())
    return (place.country_code or "", str(place.geonameid or place.name.lower()))


def place_clash(group: Group, unit: Unit) -> bool:
    """Two places far apart, both named with a place word ("in", "near", "village of") or read with
    confidence. A town and the nearby town, or a town and its own region, do not clash."""
    if unit.place is None or unit.place.place is None or not _confident(unit.place):
        return False
    mine = unit.place.place
    for other in group.places():
        theirs = other.place
        if theirs is None or not _confident(other) or place_key(other) == place_key(unit.place):
            continue
        if mine.country_code != theirs.country_code:
            return True
        if mine.admin1 == theirs.admin1 and (
            "A" in {mine.feature_class, theirs.feature_class}
            or geo.distance_km(mine.latitude, mine.longitude, theirs.latitude, theirs.longitude) <= SAME_PLACE_KM
        ):
            continue
        return True
    return False


def country_clash(report: Report, group: Group, unit: Unit) -> bool:
    """An event placed abroad ("40 people kidnapped in Zamfara, Nigeria" in a report about Burkina Faso) is not
    the report's own event: it joins only clauses placed in its own country, and an unplaced clause does not
    join an event abroad."""
    home = report.home_country
    if home is None:
        return False
    theirs = {t.place.country_code for t in group.places() if t.place and _confident(t)}
    if unit.place is not None and unit.place.place is not None and _confident(unit.place):
        mine = unit.place.place.country_code
        return mine != home and mine not in theirs
    return unit.place is None and bool(theirs) and home not in theirs


def named_as_region(report: Report, group: Group, unit: Unit) -> bool:
    """ "Five police officers killed by roadside bomb in Mandera" over "near Elwak in Mandera County": a town that
    bears its region's name stands for that region when the report names it as one ("Mandera County"), so a
    place within the region does not clash with it."""
    mine = unit.place.place if unit.place is not None else None
    if mine is None:
        return False
    text = report.article.text
    for other in group.places():
        theirs = other.place
        if theirs is None or (theirs.country_code, theirs.admin1) != (mine.country_code, mine.admin1):
            continue
        for place in (mine, theirs):
            name = re.escape(place.name)
            if place.name.lower() == (place.admin1 or "").lower() and re.search(
                rf"(?<!\w){name}\s+(?:county|region|state|province)(?!\w)", text, re.IGNORECASE
            ):
                return True
    return False


def _confident(toponym: Toponym) -> bool:
    return toponym.rule not in {"gazetteer", "ner"} or toponym.score >= CONFIDENT_PLACE


def lead_date_clash(report: Report, group: Group, unit: Unit) -> bool:
    """An undated event told in the opening takes the day the report gave before it (pick_date's lead date): a
    clause further on dated another day ("Dans la journée du jeudi 7 septembre, des attaques...") is another
    event."""
    if unit.date is None or unit.date.value is None:
        return False
    return opening_day_clash(report, group, unit.date.value)


def opening_day_clash(report: Report, undated: Group, day: dt.date) -> bool:
    if undated.dates() or min(undated.sentence_indexes) >= OPENING_SENTENCES:
        return False
    told_by = report.sentences[min(undated.sentence_indexes)].end
    days = {d.value for d in report.dates if d.start < told_by and d.value and not report.is_reporting(d.start)}
    return bool(days) and day not in days


def date_clash(group: Group, unit: Unit) -> bool:
    """A day the group does not have (a clause that referred back may have brought an unrelated date: "the
    attacks underscore the challenge facing the president elected on 15 February"); or a day the other
    clause's weekday or day of month ("le 14 octobre") rules out."""
    if unit.date is None:
        return False
    if unit.date.value is None:
        partial = unit.date.partial
        if partial is None:
            return False
        coarse = [d for d in group.dates() if d.value]
        if coarse:
            return all(_rules_out(partial, d) for d in coarse)
        # "dimanche 9 juin" and "le 23 mars" in a report that gives no year: two days of the calendar
        mine = _day_of_month(partial)
        named = {_day_of_month(u.date.partial) for u in group.units if u.date is not None and u.date.partial}
        named.discard(None)
        return mine is not None and bool(named) and mine not in named  # a weekday alone fits any day
    days = {d.value for d in group.dates()}
    return (bool(days) and unit.date.value not in days and not _day_within(group, unit)) or any(
        u.date is not None and u.date.partial is not None and _rules_out(u.date.partial, unit.date)
        for u in group.units
    )


def _rules_out(partial: PartialDate, date: DateChoice) -> bool:
    """What an unfixed date says ("on Sunday night", "le 14 octobre") rules out the date: a day it does not fit; a
    week or month (filed under a day no one told: "In June 2014") when it names a weekday alone, a day of the
    report's own week, or another month."""
    assert date.value is not None
    if date.precision == 1:
        return not partial.fits(date.value)
    if partial.month is None and partial.day is None:
        return True
    return partial.month is not None and partial.month != date.value.month


def _day_within(group: Group, unit: Unit) -> bool:
    """The clause names a day within the week or month the group gave its event ("last week's raid on the post" ...
    "militants had stormed the post on Thursday"): the event told first by its week, then again by its day. Not in
    the group's own sentences ("Last week, militants stole cattle, and on Sunday a man was shot dead": two times
    for two deeds), nor once the group has a day of its own."""
    day = unit.date
    if day is None or day.value is None or day.precision != 1 or day.through is not None:
        return False
    if unit.sentence.index in group.sentence_indexes:
        return False
    coarse = group.dates()
    return all(_in_period(day.value, d) for d in coarse)


def _in_period(day: dt.date, coarse: DateChoice) -> bool:
    """Whether the day falls in the calendar week (Monday to Sunday) or month a week's or month's date names."""
    assert coarse.value is not None
    if coarse.precision == 2:
        monday = coarse.value - dt.timedelta(days=coarse.value.weekday())
        return monday <= day <= monday + dt.timedelta(days=6)
    return coarse.precision == 3 and (day.year, day.month) == (coarse.value.year, coarse.value.month)


def _day_of_month(partial: PartialDate | None) -> tuple[int, int] | None:
    if partial is None or partial.month is None or partial.day is None:
        return None
    return partial.month, partial.day
