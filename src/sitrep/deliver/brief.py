"""Situation briefs: a region x period summary as self-contained HTML (inline SVG) or Markdown.

`build_brief` does the counting (a typed `Brief`); `brief_sections` says it as typed sections (figures,
tables, map, timeline, events with their sources, disputes, caveats); `render_html` and `render_markdown`
lay out those same sections through `sitrep.deliver.document`, so the two formats always say the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sitrep.deliver import codes
from sitrep.deliver.document import (
    Column,
    Figure,
    Figures,
    Item,
    ItemList,
    Line,
    MapView,
    Notes,
    Section,
    Swatch,
    Table,
    Timeline,
    to_html,
    to_markdown,
)
from sitrep.deliver.export import event_summary, outlets
from sitrep.deliver.source import StoreLike
from sitrep.deliver.svg import Unit, period_counts, period_unit, type_color
from sitrep.deliver.world import STATIC_DIR
from sitrep.models import Claim, Event
from sitrep.store.filters import EventFilter

TOP_N = 10
TOP_EVENTS = 5

METHODS_NOTE = (
    "Events were extracted automatically by sitrep from the news reports listed under each event, then "
    "reports of the same event were merged. Fatalities (ACLED) are the lowest credible figure among the "
    "sources; the UCDP low/best/high range keeps every source's figure. Dates are exact to the day unless "
    "marked precision 2 (week) or 3 (month); locations marked geo precision 2 are near the named place, 3 "
    "the region only. Competing tolls are listed under Disputes with each source's own words. Figures "
    "depend on what was reported: absence of reports is not absence of violence."
)


class BriefError(ValueError):
    """A brief that cannot be made as asked (period in the wrong order, a region sitrep cannot find)."""


@dataclass(frozen=True, slots=True)
class TypeTotal:
    event_type: str
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class Dispute:
    event: Event
    claims: list[Claim]  # one fatality claim per source figure, each with its quote


@dataclass
class Brief:
    region: str
    admin1: str | None
    since: dt.date
    until: dt.date
    events: list[Event]
    fatalities: int = 0
    ucdp_low: int = 0
    ucdp_best: int = 0
    ucdp_high: int = 0
    by_type: list[TypeTotal] = field(default_factory=list)
    unit: Unit = "week"  # of the timeline: week, month or year, by the period's length
    periods: list[tuple[dt.date, int, int]] = field(default_factory=list)  # (start, events, fatalities)
    top_actors: list[tuple[str, int]] = field(default_factory=list)
    top_locations: list[tuple[str, int, int]] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    undated: int = 0  # the region's events with no date, which no period can count
    generated: dt.date = field(default_factory=dt.date.today)

    @property
    def title(self) -> str:
        where = f"{self.admin1}, {self.region}" if self.admin1 else self.region
        when = f"{self.since:%d %b %Y}" + (f" to {self.until:%d %b %Y}" if self.until != self.since else "")
        return f"Situation brief: {where}, {when}"

    @property
    def reports(self) -> int:
        return len({s.article_id for e in self.events for s in e.sources})


def _region_countries(region: str) -> list[str] | None:
    """The countries of an ACLED region name ("Western Africa"); None when `region` is not one."""
    wanted = region.strip().lower()
    names = sorted({info.acled for info in codes.all_countries() if info.acled_region.lower() == wanted})
    return names or None


def _sources_disagree(claims: list[Claim]) -> bool:
    """Two articles give different sets of values (one article may give several parts of one toll)."""
    by_article: dict[str, set[str]] = {}
    for claim in claims:
        by_article.setdefault(claim.article_id, set()).add(str(claim.value))
    return len({frozenset(values) for values in by_article.values()}) > 1


def _fatality_dispute(event: Event) -> Dispute | None:
    """Competing tolls: the resolver kept a low-high range, or the sources' figures differ."""
    claims = [c for c in event.claims if c.field == "fatalities" and c.value is not None]
    ranged = event.fatalities_low is not None and event.fatalities_low != event.fatalities_high
    return Dispute(event, claims) if claims and (ranged or _sources_disagree(claims)) else None


def _unknown_region(store: StoreLike, region: str) -> BriefError:
    stored = sorted({e.country for e in store.events() if e.country})
    known = f"; the store has events in {', '.join(stored)}" if stored else "; the store has no events"
    return BriefError(f"{region!r} is neither a country nor an ACLED region sitrep knows{known}")


def _admin1_region(store: StoreLike, name: str) -> tuple[str, str] | None:
    """(country, admin1) when `name` is the first-level region of stored events of exactly one country."""
    wanted = name.strip().lower()
    found = {(e.country, e.admin1) for e in store.events() if e.country and e.admin1 and e.admin1.lower() == wanted}
    return found.pop() if len({country for country, _ in found}) == 1 else None


def _region_events(
    store: StoreLike,
    countries: list[str],
    admin1: str | None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Event]:
    """The events of these countries (the store matches each under any of its names), in `admin1` when given."""
    found = {e.event_id: e for c in countries for e in store.events(EventFilter(country=c, since=since, until=until))}
    return [e for e in found.values() if not admin1 or (e.admin1 or "").lower() == admin1.lower()]


def build_brief(
    store: StoreLike,
    region: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    admin1: str | None = None,
) -> Brief:
    """Count what the store holds for `region` (a country, an ACLED region, or a first-level region of one
    country's stored events, e.g. "Borno") between two dates.

    A missing `since` or `until` is the date of the region's first or last dated event.
    """
    info = codes.country_info(region)
    if admin1 is None and info is None and _region_countries(region) is None:
        region, admin1 = _admin1_region(store, region) or (region, None)
    elif info is not None and len(region.strip()) <= 3:  # an ISO code: the brief names the country
        region = info.acled
    countries = _region_countries(region) or [region]
    if since is None or until is None:
        dated = sorted(e.event_date for e in _region_events(store, countries, admin1) if e.event_date)
        if not dated and codes.country_info(region) is None and len(countries) == 1:
            raise _unknown_region(store, region)
        if not dated:
            raise BriefError(f"no dated events in {region!r}: give the period with --since and --until")
        if since is not None and since > dated[-1]:
            raise BriefError(f"no dated events in {region!r} since {since}: the last is of {dated[-1]}")
        if until is not None and until < dated[0]:
            raise BriefError(f"no dated events in {region!r} until {until}: the first is of {dated[0]}")
        since, until = since or dated[0], until or dated[-1]
    if until < since:
        raise BriefError(f"--until {until} is before --since {since}")
    events = _region_events(store, countries, admin1, since, until)
    if not events and len(countries) == 1 and codes.country_info(region) is None:
        raise _unknown_region(store, region)
    events.sort(key=lambda e: (e.event_date or since, e.event_id))
    brief = Brief(region=region, admin1=admin1, since=since, until=until, events=events)
    brief.fatalities = sum(e.fatalities or 0 for e in events)
    for e in events:
        best = e.fatalities_best if e.fatalities_best is not None else (e.fatalities or 0)
        brief.ucdp_best += best
        brief.ucdp_low += e.fatalities_low if e.fatalities_low is not None else best
        brief.ucdp_high += e.fatalities_high if e.fatalities_high is not None else best
    types: dict[str, list[int]] = {}
    for e in events:
        cell = types.setdefault(e.event_type, [0, 0])
        cell[0] += 1
        cell[1] += e.fatalities or 0
    brief.by_type = sorted(
        (TypeTotal(t, n, d) for t, (n, d) in types.items()), key=lambda t: (-t.events, -t.fatalities)
    )
    brief.unit = period_unit(since, until)
    brief.periods = period_counts(events, since, until, brief.unit)
    brief.undated = sum(1 for e in _region_events(store, countries, admin1) if e.event_date is None)
    actors = Counter(a for e in events for a in {e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2} if a)
    brief.top_actors = actors.most_common(TOP_N)
    places: dict[str, list[int]] = {}
    for e in events:
        name = ", ".join(dict.fromkeys(p for p in (e.location, e.admin1) if p)) or "(unknown place)"
        cell = places.setdefault(name, [0, 0])
        cell[0] += 1
        cell[1] += e.fatalities or 0
    brief.top_locations = sorted(((n, c, d) for n, (c, d) in places.items()), key=lambda x: (-x[1], -x[2]))[:TOP_N]
    brief.disputes = [d for e in events if (d := _fatality_dispute(e))]
    return brief


def _subtitle(brief: Brief) -> str:
    return f"Generated {brief.generated:%d %b %Y} by sitrep from {_plural(brief.reports, 'report')}."


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _verb(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _place(event: Event) -> str:
    """Location, admin1, country without repeats (Mopti, Mopti, Mali reads as Mopti, Mali), led by the place the
    sources named when the event is coded at a nearby or enclosing place the gazetteer knows."""
    coded = ", ".join(dict.fromkeys(p for p in (event.location, event.admin1, event.country) if p)) or "unknown place"
    if event.location_reported and event.location_reported != event.location:
        return f"{event.location_reported} (coded at {coded})"
    return coded


def _source_line(event: Event, article_id: str) -> Line:
    """A line naming the source (linked when its address is known); its value and quotes are added later."""
    for source in event.sources:
        if source.article_id == article_id:
            return Line(source.outlet or article_id, url=source.url)
    return Line(article_id)


def _top_events(events: Sequence[Event]) -> list[Item]:
    """The deadliest events, then the most reported: each as its ACLED-style summary and its sources."""
    ranked = sorted(events, key=lambda e: (-(e.fatalities or 0), -e.number_of_sources, e.event_id))
    return [
        Item(
            heading=f"{e.event_date} {e.sub_event_type}, {_place(e)}",
            text=f" ({e.event_id}): {event_summary(e)}",
            lines=[
                Line(s.outlet or s.article_id, after=f", {s.published}" if s.published else "", url=s.url)
                for s in e.sources
            ],
        )
        for e in ranked[:TOP_EVENTS]
    ]


_ASIDE = {"superseded": "earlier figure", "included": "counted within it"}  # how a source's figure stands
_HEDGE = {"unconfirmed": "unconfirmed", "claimed": "claimed"}


def _figure_flags(claim: Claim) -> set[str]:
    """What the toll reading said of the figure ("count:killed:noun+superseded" -> {"superseded"})."""
    return set((claim.rule or "").split("+")[1:])


def _figures(group: Sequence[Claim]) -> tuple[str, str]:
    """(the figures the source stands by, in the order given; a note on the others): a figure it says was
    replaced ("the earlier figure of 12") or that is part of one it gives ("two of the wounded died") is named
    after the toll, not beside it as a competing one."""
    standing = [c for c in group if not _ASIDE.keys() & _figure_flags(c)] or list(group)
    asides: dict[str, list[str]] = {}
    for claim in group:
        if claim not in standing:
            kind = next(k for k in _ASIDE if k in _figure_flags(claim))
            asides.setdefault(_ASIDE[kind], []).append(str(claim.value))
    values = []
    for claim in standing:
        hedges = [word for flag, word in _HEDGE.items() if flag in _figure_flags(claim)]
        values.append(f"{claim.value} ({', '.join(hedges)})" if hedges else str(claim.value))
    notes = "; ".join(f"{label}: {', '.join(dict.fromkeys(found))}" for label, found in asides.items())
    return "; ".join(dict.fromkeys(values)), f" ({notes})" if notes else ""


def _claim_lines(event: Event, claims: Sequence[Claim]) -> list[Line]:
    """One line per source and authority: its figures in the order given ("10; 46" may be parts of one toll),
    then those it does not stand by (`_figures`). A figure a source gives without saying who said it (its
    headline's "Gunmen kill 12") and again on someone's word joins that line."""
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.article_id, claim.attributed_to), []).append(claim)
    for (article_id, said), group in list(groups.items()):
        values = {str(c.value) for c in group}
        vouched = [key for key, other in groups.items() if key[0] == article_id and key[1] is not None
                   and values <= {str(c.value) for c in other}] if said is None else []
        if vouched:
            groups[vouched[0]] = group + groups[vouched[0]]
            del groups[(article_id, said)]
    lines = []
    for (article_id, said), group in groups.items():
        value, notes = _figures(group)
        lines.append(replace(
            _source_line(event, article_id),
            value=value,
            after=(f" according to {said}" if said else "") + notes,
            quotes=tuple(dict.fromkeys(c.quote for c in group if c.quote)),
        ))
    return lines


def _dispute_items(disputes: Sequence[Dispute]) -> list[Item]:
    return [
        Item(
            heading=f"{d.event.event_date} {d.event.sub_event_type}, {_place(d.event)}",
            text=f" ({d.event.event_id}): sitrep records {d.event.fatalities} "
            f"(range {d.event.fatalities_low}–{d.event.fatalities_high}).",
            lines=_claim_lines(d.event, d.claims),
        )
        for d in disputes
    ]


def caveats(brief: Brief) -> list[str]:
    """What a reader should weigh before quoting the figures, counted from the events themselves."""
    events, n = brief.events, len(brief.events)
    notes = []
    if brief.undated:
        notes.append(
            f"{_plural(brief.undated, 'more event')} in this region {_verb(brief.undated, 'has', 'have')} no "
            f"date and {_verb(brief.undated, 'is', 'are')} left out of every figure here."
        )
    if not n:
        return [
            *notes,
            "No dated events were found for this region and period: absence of reports is not absence of violence.",
        ]
    single = sum(1 for e in events if e.number_of_sources <= 1)
    if single:
        notes.append(f"{single} of {n} events {_verb(single, 'rests', 'rest')} on a single report.")
    vague = sum(1 for e in events if (e.time_precision or 1) > 1)
    if vague:
        notes.append(f"{vague} of {n} events {_verb(vague, 'is', 'are')} dated only to the week or month.")
    region_only = sum(1 for e in events if e.latitude is not None and e.geo_precision == 3)
    if region_only:
        notes.append(
            f"{region_only} of {n} events {_verb(region_only, 'is', 'are')} known only to a region: "
            "the map shows the region's centre."
        )
    unplaced = sum(1 for e in events if e.latitude is None)
    if unplaced:
        notes.append(
            f"{unplaced} of {n} events {_verb(unplaced, 'has', 'have')} no coordinates "
            f"and {_verb(unplaced, 'is', 'are')} not on the map."
        )
    if brief.disputes:
        notes.append(
            f"{_plural(len(brief.disputes), 'event')} with competing fatality figures: the ACLED total takes "
            f"the lowest, the UCDP range runs {brief.ucdp_low}–{brief.ucdp_high} (see Disputes)."
        )
    return notes


def brief_sections(brief: Brief) -> list[Section]:
    """Everything the brief says, in reading order."""
    events = brief.events
    unplaced = sum(1 for ev in events if ev.latitude is None)
    n = Column("Events", "number")
    dead = Column("Fatalities", "number")
    return [
        Figures(
            [
                Figure("Events", str(len(events))),
                Figure("Reports", str(brief.reports)),
                Figure("Fatalities (ACLED)", str(brief.fatalities)),
                Figure("Fatalities (UCDP)", f"best {brief.ucdp_best}", f"low {brief.ucdp_low}, high {brief.ucdp_high}"),
                Figure("Disputed tolls", str(len(brief.disputes))),
            ]
        ),
        Notes("Caveats", bullets=caveats(brief)),  # before any figure is quoted
        Table(
            "By event type",
            [Column("Type"), n, dead],
            [[Swatch(t.event_type, type_color(t.event_type)), t.events, t.fatalities] for t in brief.by_type],
        ),
        MapView("Map", events, f"{unplaced} event(s) without coordinates are not on the map." if unplaced else ""),
        Timeline(f"Per {brief.unit}", brief.unit, brief.periods),
        ItemList("Main events", _top_events(events), "No events in this period."),
        Table("Top actors", [Column("Actor"), n], [[a, c] for a, c in brief.top_actors]),
        Table("Top locations", [Column("Location"), n, dead], [[p, c, d] for p, c, d in brief.top_locations]),
        ItemList("Disputes", _dispute_items(brief.disputes), "No competing fatality figures among the sources."),
        Table(
            "All events",
            [Column("Date", "date"), Column("Type"), Column("Location"), Column("Actors"), dead, Column("Sources")],
            [
                [
                    str(ev.event_date or "?"),
                    ev.sub_event_type,
                    _place(ev),
                    " vs ".join(a for a in (ev.actor1, ev.actor2) if a),
                    "" if ev.fatalities is None else ev.fatalities,
                    "; ".join(outlets(ev)),
                ]
                for ev in events
            ],
        ),
        Notes("Methods", text=METHODS_NOTE),
    ]


def render_html(brief: Brief) -> str:
    """The brief as a self-contained HTML page (inline CSS and SVG, no scripts)."""
    css = (STATIC_DIR / "brief.css").read_text(encoding="utf-8")
    return to_html(brief.title, _subtitle(brief), brief_sections(brief), css)


def render_markdown(brief: Brief) -> str:
    return to_markdown(brief.title, _subtitle(brief), brief_sections(brief))
