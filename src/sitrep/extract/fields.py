"""Small pickers that decide one field of one event: its date, its place, its figures.

Each is a cascade, most precise rule first, and returns the value with the Evidence of the words it came from.
Actors are in `roles.py`. Dates come from `extract.dates`, figures from `extract.counts`, places from `geo`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from sitrep import geo
from sitrep.extract.attribution import find_attribution
from sitrep.extract.context import DateChoice, Group, Report, Unit
from sitrep.extract.counts import CountMention
from sitrep.extract.triggers import target_class
from sitrep.models import ActorRef, CountClaim, DateClaim, Place, PlaceClaim, Toponym

LEAD_SENTENCES = 3  # the lead: where a report says what happened, when and where
OPENING_SENTENCES = 6  # the opening paragraphs, where a main event undated in the lead gets its date
RECENT_DAYS = 7  # a date this close before publication is news, not background
DATE_REACH = 40  # a date this close to a trigger dates it even when the parse does not link them
PLACE_REACH = 90  # a place this close to a trigger locates it even when the parse does not link them
LOOSE_RULES = {"gazetteer", "ner"}  # toponyms found by name alone, with no place word around them
DATELINE_REACH = 120  # characters from the top of the text where a dateline ("BAMAKO (AFP) -") may sit
DATELINE_AFTER = re.compile(r"^\s*(?:\((?:AFP|Reuters|AP|APA|Xinhua|ANI|APS)\)\s*)?[:\-\u2013\u2014]")


# --- dates -------------------------------------------------------------------------------------------------


def unit_date(report: Report, unit: Unit) -> DateChoice | None:
    """The date that governs one clause: in the clause, else in its sentence; nearest the trigger wins.

    Dates attached to a reporting verb ("the army said on Saturday") date the statement, not the event.
    """
    hit = unit.ctype.hit
    trigger = hit.start
    for start, end in (unit.clause, (unit.sentence.start, unit.sentence.end)):
        candidates = [
            d
            for d in report.dates
            if start <= d.start < end
            and d.value is not None
            and not report.is_reporting(d.start)
            and report.attached(d.start, hit.start, hit.end, DATE_REACH)
        ]
        if candidates:
            return min(candidates, key=lambda d: abs(d.start - trigger))
    return None


def pick_date(report: Report, group: Group, is_main: bool) -> DateClaim:
    """The event's date: the deciding clause's date, then the group's others, then (main event) the lead.

    No usable date gives DateClaim(value=None): never the publication or ingestion date.
    """
    ordered = [group.lead.date] + [u.date for u in group.units]
    for choice in ordered:
        if choice is not None and choice.value is not None:
            return _date_claim(report, choice, choice.rule)
    if is_main:
        lead_end = _sentences_end(report, LEAD_SENTENCES)
        for choice in report.dates:
            if choice.start < lead_end and choice.value is not None and not report.is_reporting(choice.start):
                return _date_claim(report, choice, f"{choice.rule}|event:lead-date")
        # A report tells its main event first and dates it soon after the lead ("Ce dimanche, lorsque…"): a day
        # of the week before publication, a few sentences on, is that event's date.
        published = report.article.published
        opening_end = _sentences_end(report, OPENING_SENTENCES)
        for choice in report.dates:
            if (
                published is not None
                and choice.start < opening_end
                and choice.value is not None
                and dt.timedelta(0) <= published - choice.value <= dt.timedelta(days=RECENT_DAYS)
                and not report.is_reporting(choice.start)
            ):
                return _date_claim(report, choice, f"{choice.rule}|event:recent-opening-date")
    return DateClaim(value=None, precision=None)


def _sentences_end(report: Report, count: int) -> int:
    return report.sentences[min(count, len(report.sentences)) - 1].end if report.sentences else 0


def _date_claim(report: Report, choice: DateChoice, rule: str) -> DateClaim:
    precision = choice.precision if choice.precision in (1, 2, 3) else 1
    return DateClaim(
        value=choice.value,
        precision=precision,
        evidence=report.evidence(choice.start, choice.end, rule),  # type: ignore[arg-type]
    )


# --- places ------------------------------------------------------------------------------------------------


def is_dateline(report: Report, toponym: Toponym) -> bool:
    """ "BAMAKO:", "AFP, BAMAKO", "Niamey (AFP) -": where the story was filed, not where it happened."""
    text = report.article.text
    dateline = (report.article.dateline or "").strip().lower()
    if dateline and toponym.text.strip().lower() == dateline and toponym.start <= DATELINE_REACH:
        return True
    line_start = text.rfind("\n", 0, toponym.start) + 1
    if text[line_start : toponym.start].strip(" \t,") and toponym.start > DATELINE_REACH:
        return False  # not at the start of a line, nor in the page's first lines
    if toponym.text.isupper() and len(toponym.text) > 3:
        return True
    return bool(DATELINE_AFTER.match(text[toponym.end : toponym.end + 14]))


def _is_country(place: Place) -> bool:
    return (place.feature_code or "").startswith("PCL")


def usable_place(report: Report, toponym: Toponym) -> bool:
    """A place an event may be located at: resolved, not a country, not the dateline, not where someone spoke,
    in the report's own country, or named with a place word ("in", "near", "village of") in a country the
    report names (a namesake abroad, like Bonn for Boni, is never the place of a Sahel report's event)."""
    place = toponym.place
    if place is None or _is_country(place) or is_dateline(report, toponym) or report.is_reporting(toponym.start):
        return False
    if report.home_country is None or place.country_code == report.home_country:
        return True
    return toponym.rule not in LOOSE_RULES and place.country_code in _named_countries(report)


def _named_countries(report: Report) -> set[str]:
    return {t.place.country_code for t in report.toponyms if t.place and t.place.country_code and _is_country(t.place)}


def home_country(report: Report) -> str | None:
    """The country code the report is about: its named countries and places, counted by how sure they are."""
    weights: Counter[str] = Counter()
    for toponym in report.toponyms:
        place = toponym.place
        if place is None or not place.country_code or is_dateline(report, toponym):
            continue
        sure = _is_country(place) or toponym.rule not in LOOSE_RULES
        weights[place.country_code] += (2.0 if sure else 0.5) * max(toponym.score, 0.1)
    return weights.most_common(1)[0][0] if weights else None


def unit_place(report: Report, unit: Unit) -> Toponym | None:
    """Where one clause says the event happened: the place nearest after the trigger, most precise first."""
    hit = unit.ctype.hit
    trigger = hit.start
    for start, end in (unit.clause, (unit.sentence.start, unit.sentence.end)):
        candidates = [
            t
            for t in report.toponyms
            if start <= t.start < end
            and usable_place(report, t)
            and report.attached(t.start, hit.start, hit.end, PLACE_REACH)
        ]
        if candidates:
            return min(candidates, key=lambda t: (geo.geo_precision(t), t.start < trigger, abs(t.start - trigger)))
    return None


def pick_place(report: Report, group: Group, is_main: bool) -> PlaceClaim | None:
    """The group's most precise place; for the main event, else a place in the lead; else the dominant region."""
    places = group.places()
    if places:
        best = min(places, key=lambda t: (geo.geo_precision(t), places.index(t)))
        return _place_claim(report, best, geo.geo_precision(best), f"geo:event-clause:{best.rule}")
    if is_main and report.sentences:
        lead_end = report.sentences[min(LEAD_SENTENCES, len(report.sentences)) - 1].end
        lead = [t for t in report.toponyms if t.start < lead_end and usable_place(report, t)]
        if lead:
            best = min(lead, key=lambda t: (geo.geo_precision(t), t.start))
            return _place_claim(report, best, geo.geo_precision(best), f"geo:lead:{best.rule}")
    region = dominant_region(report)
    if region is not None:
        return _place_claim(report, region, 3, "geo:dominant-region")
    home = report.home_country
    country = next(
        (t for t in report.toponyms if t.place and _is_country(t.place) and t.place.country_code == home), None
    )
    if country is not None:  # the report names only its country: the event is at least in it
        return _place_claim(report, country, 3, "geo:country-only")
    return None


def _place_claim(report: Report, toponym: Toponym, precision: int, rule: str) -> PlaceClaim:
    assert toponym.place is not None
    return PlaceClaim(
        place=toponym.place,
        geo_precision=precision,  # type: ignore[arg-type]
        evidence=report.evidence(toponym.start, toponym.end, rule),
    )


def dominant_region(report: Report) -> Toponym | None:
    """The first toponym of the admin1 region the report's places fall in most often (for a region-only event)."""
    usable = [t for t in report.toponyms if usable_place(report, t) and t.place and t.place.admin1]
    if not usable:
        return None
    counts = Counter((t.place.country_code, t.place.admin1) for t in usable if t.place)
    (country, admin1), _ = counts.most_common(1)[0]
    return next(t for t in usable if t.place and (t.place.country_code, t.place.admin1) == (country, admin1))


def dominant_country(report: Report) -> str | None:
    """The name of the report's home country (for generic actors of events with no place)."""
    names = [t.place.country for t in report.toponyms if t.place and t.place.country_code == report.home_country]
    return names[0] if names else None


# --- counts ------------------------------------------------------------------------------------------------


def count_claims(
    report: Report, counts: list[CountMention], actor1: ActorRef | None, actor2: ActorRef | None
) -> list[CountClaim]:
    """Every figure given for the event, with the side it belongs to and who gave it."""
    claims: list[CountClaim] = []
    for count in counts:
        sentence = report.sentence_of(count.start)
        attributed = find_attribution(sentence.text, report.language) if sentence else None
        claims.append(
            CountClaim(
                kind=count.kind,  # type: ignore[arg-type]
                low=count.low,
                high=count.high,
                who=count.who,
                side=_side(report, count, actor1, actor2),
                attributed_to=attributed,
                evidence=report.evidence(count.start, count.end, count.rule),
            )
        )
    return claims


def _side(report: Report, count: CountMention, actor1: ActorRef | None, actor2: ActorRef | None) -> str:
    """Whose dead these are: soldiers -> the state side, assailants -> the armed side, civilians -> civilians."""
    cls = target_class(count.who or count.text, report.language)
    if cls == "civilian":
        return "civilians"
    if cls == "military":
        if actor2 is not None and actor2.inter_code == 1:
            return "actor2"
        if actor1 is not None and actor1.inter_code == 1:
            return "actor1"
        return "unknown"
    if cls == "armed_group":
        if actor1 is not None and actor1.inter_code not in (1, 7):
            return "actor1"
        if actor2 is not None and actor2.inter_code not in (1, 7):
            return "actor2"
    return "unknown"
