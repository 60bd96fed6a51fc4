"""Which of a report's event groups it gives as news, and in which order: salience, events dated well before the
main one or the report, undated events inside a passage of background, and details of the main event with
nothing of their own (folded into it). `events.extract_article` calls these once the groups are kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sitrep.extract.background import retrospective, rules, too_old
from sitrep.extract.context import ARMED, DEMONSTRATIONS, Group, Report, Unit
from sitrep.extract.counts import CountMention
from sitrep.extract.discourse import announces_new_event, in_context_passage
from sitrep.extract.event_dates import also_dated, pick_date
from sitrep.models import DateClaim, Evidence, PartialDate

# An event named as what led to the one its sentence reports ranks below it, whatever its figures and triggers.
ANTECEDENT_PENALTY = 0.5


@dataclass(slots=True)
class Scored:
    group: Group
    salience: float
    counts: list[CountMention]


def rank(report: Report, kept: list[tuple[Group, list[CountMention]]]) -> list[Scored]:
    """Salience: told early (the title and lead), told at length, with figures, with a specific trigger."""
    n = max(len(report.sentences), 1)
    scored = []
    for group, counts in kept:
        first = min(group.sentence_indexes)
        salience = (
            1.0 / (1 + first)
            + 0.4 * (1 - first / n)
            + 0.05 * min(len(group.units), 6)
            + 0.05 * min(len(counts), 4)
            + (0.1 if group.strong else 0.0)
            - (0.01 if group.parent is not None else 0.0)  # told within another event: after it
        )
        if group.antecedent and any(
            g is not group and not g.antecedent and g.sentence_indexes & group.sentence_indexes for g, _ in kept
        ):
            salience -= ANTECEDENT_PENALTY  # "following an IED attack the day before, forces raided": the raid
        scored.append(Scored(group, round(salience, 4), counts))
    # An event told within another (the second village of "the villages of X and Y", civilians killed as the
    # attackers fled) comes after it, whatever figures it took: the report tells the other first.
    by_group = {id(s.group): s for s in scored}
    for s in scored:
        parent = by_group.get(id(s.group.parent))
        if parent is not None and s.salience >= parent.salience:
            s.salience = round(parent.salience - 0.01, 4)
    return sorted(scored, key=lambda s: -s.salience)


def retrospective_marker(report: Report, units: list[Unit]) -> str | None:
    """The look-back words of the report's opening, read up to the first sentence that tells dated news: "Des
    jihadistes ont tué quinze civils lundi à Solhan. Il y a deux ans, une attaque y avait fait 130 morts" recalls
    the past after the news, which stays news."""
    opening = report.sentences[: rules().retrospective_sentences]
    news = [u.sentence.index for u in units if not u.background and u.date is not None and u.date.value is not None]
    if news:
        opening = [s for s in opening if s.index <= min(news)]
    if not opening:
        return None
    return retrospective(report.article.text[opening[0].start : opening[-1].end], report.language)


def dated_this_month(report: Report, unit: Unit) -> bool:
    """The clause gives a day of its own within max_days_before_published before the report's publication
    ("Samedi, des hommes armés ont tué six bergers" in a piece on a massacre's anniversary): news, whatever look
    back the report's opening makes."""
    published, date = report.article.published, unit.date.value if unit.date is not None else None
    return published is not None and date is not None and too_old(date, None, published) is None


def split_old(scored: list[Scored], report: Report) -> tuple[list[Scored], list[Evidence]]:
    """Secondary events dated well before the main event, or any dated long before the report, are background.

    The report's date is its publication date, else the latest date it gives.
    """
    if not scored:
        return scored, []
    article = report.article
    given = [d.value for d in report.dates if d.value is not None]
    reference = article.published or (max(given) if given else None)
    old: list[Evidence] = []
    while scored and (why := _lead_dated_long_before(report, scored[0].group)) is not None:
        # "Le 27 mars 2022, des soldats débarquaient à Moura. Pendant cinq jours, plus de 500 personnes y ont été
        # tuées" in a report of 2025: an event whose only day is the lead's, years before the report, is the past
        # an anniversary opens with; the news told after it is the main event.
        old.append(_old_evidence(report, scored[0].group, why))
        scored = scored[1:]
    if not scored:
        return scored, old
    main_dates = scored[0].group.dates()
    # An undated main event is news of the days before publication: a secondary event is measured against that.
    main_date = main_dates[0].value if main_dates else article.published
    main_day = pick_date(report, scored[0].group, True)
    keep: list[Scored] = []
    for i, s in enumerate(scored):
        dates = s.group.dates()
        date = dates[0].value if dates else None
        why = too_old(date, main_date if i else None, reference)
        if why is None and i and date is None:
            why = _earlier_in_year(s.group, main_day)
        if why is None and i and article.published is None:
            why = _month_beside_a_weekday(s.group, main_day)
        if why is None and i and _told_in_passing(s, date, main_date):
            why = f"dated {date}, before the report's main event, told in passing"
        if why is None:
            keep.append(s)
            continue
        old.append(_old_evidence(report, s.group, why))
    return keep, old


def _lead_dated_long_before(report: Report, group: Group) -> str | None:
    """Why the main event is past, when no clause of its own dates it and the day the lead gives it is over
    max_days_before_published before the report's publication (not an ACLED note's: it has no publication date)."""
    published = report.article.published
    if published is None or group.dates():
        return None
    day = pick_date(report, group, True).value
    return too_old(day, None, published) if day is not None else None


def _old_evidence(report: Report, group: Group, why: str) -> Evidence:
    unit = group.lead
    return Evidence(
        article_id=report.article.id,
        start=unit.ctype.hit.start,
        end=unit.ctype.hit.end,
        quote=unit.sentence.text.strip(),
        rule=f"background:date:{why}",
    )


def _earlier_in_year(group: Group, main: DateClaim) -> str | None:
    """ "Le 23 mars dernier, quelque 160 personnes ont été tuées" in a report of an attack on "dimanche 9 juin"
    that gives no year: a day of the calendar well before the main event's is a past event, the year taken as
    the main event's (a later day of the calendar may be a follow-up, or last year: left alone)."""
    main_day = main.value or _in_leap_year(main.partial)
    if main_day is None:
        return None
    for unit in group.units:
        partial = unit.date.partial if unit.date is not None else None
        day = _in_leap_year(partial, main_day.year if main.value else LEAP_YEAR)
        if day is not None and (main_day - day).days > rules().max_days_before_main:
            return f"dated {day:%d %B}, {(main_day - day).days} days before the report's main event"
    return None


def _month_beside_a_weekday(group: Group, main: DateClaim) -> str | None:
    """ "In June 2014, militants killed 60 people" in a report with no publication date whose main event is told
    by a weekday alone ("raided a village on Sunday night"): the weekday is a day of the week the report was
    written, and a month or week named with its year is another time, one the report looks back to."""
    weekday = main.partial is not None and main.partial.weekday is not None and main.partial.month is None
    dates = group.dates()
    if main.value is not None or not weekday or not dates or any(d.precision not in (2, 3) for d in dates):
        return None
    return f"dated {dates[0].value:%B %Y}, a week or month named with its year beside a main event told by its weekday"


LEAP_YEAR = 2000  # a day and month with no year are placed in a leap year, so 29 February is a day


def _in_leap_year(partial: PartialDate | None, year: int = LEAP_YEAR) -> dt.date | None:
    if partial is None or partial.month is None or partial.day is None:
        return None
    try:
        return dt.date(year, partial.month, partial.day)
    except ValueError:  # 29 February in a year that has none
        return None


def _told_in_passing(scored: Scored, date: dt.date | None, main_date: dt.date | None) -> bool:
    """A secondary event dated before the main one, named only by a bare event word with no figure ("Avec
    l'attaque du camp de Ménaka le mardi 17 janvier, la peur s'est installée"), is what led up to the news. Not a
    crowd's violent acts ("youths blocked the highway with burning tyres and looted kiosks on Monday"): those words
    tell what people did, a riot of its own, they name no event. (A road blocked with no riot word may be armed
    men's doing: "armed men blocked the road and marched the passengers into the bush".)"""
    group = scored.group
    earlier = date is not None and main_date is not None and date < main_date
    riot = group.event_type == "Riots"
    return earlier and not group.strong and not riot and not scored.counts and group.parent is None


def context_passages(
    scored: list[Scored], report: Report, background_sentences: set[int]
) -> tuple[list[Scored], list[Evidence]]:
    """Secondary undated events told inside a passage of background (see discourse.in_context_passage). One
    the report announces as another ("A separate blast struck the district two hours later") is news."""
    keep, context = scored[:1], []
    for s in scored[1:]:
        # "Traders also marched in Kakamega": one more crowd of the day just told
        also = s.group.event_type in DEMONSTRATIONS and also_dated(report, s.group) is not None
        undated = not s.group.dates() and s.group.parent is None and not also
        announced = announces_new_event(report, s.group.units[0])
        if undated and not announced and in_context_passage(s.group, background_sentences):
            context.append(background_evidence(report, s.group.lead, "context-passage"))
        else:
            keep.append(s)
    return keep, context


def fold_details(scored: list[Scored], report: Report) -> list[Scored]:
    """A secondary armed event with no date, place or figure of its own, in a report whose main event is armed
    violence, is a facet of that event ("the rebels first entered the institute and took the staff hostage"
    in a report of the assault on the town): its clauses join the main event. An event the report announces
    as another ("a second blast") or one told within the main one keeps its own line."""
    if not scored or scored[0].group.event_type not in ARMED:
        return scored
    main = scored[0].group
    kept = scored[:1]
    for s in scored[1:]:
        group = s.group
        detail = (
            group.event_type in ARMED
            and group.parent is None
            and not s.counts
            and not group.dates()
            and not group.places()
            and not announces_new_event(report, group.units[0])
        )
        if detail:
            main.units = main.units + group.units
        else:
            kept.append(s)
    return kept


def background_evidence(report: Report, unit: Unit, marker: str) -> Evidence:
    hit = unit.ctype.hit
    return report.evidence(hit.start, hit.end, f"background:marker:{marker.lower()}")
