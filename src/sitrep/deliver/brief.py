"""Situation briefs: a region x period summary as self-contained HTML (inline SVG) or Markdown.

`build_brief` does the counting (a typed `Brief`); `render_html` and `render_markdown` only lay it out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from sitrep.deliver import codes
from sitrep.deliver.export import outlets
from sitrep.deliver.source import StoreLike
from sitrep.deliver.svg import event_map, type_color, weekly_chart, weekly_counts
from sitrep.deliver.world import STATIC_DIR
from sitrep.models import Claim, Event

TOP_N = 10

METHODS_NOTE = (
    "Events were extracted automatically by sitrep from the news reports listed under each event, then "
    "reports of the same event were merged. Fatalities (ACLED) are the lowest credible figure among the "
    "sources; the UCDP low/best/high range keeps every source's figure. Dates are exact to the day unless "
    "marked precision 2 (week) or 3 (month); locations marked geo precision 2 are near the named place, 3 "
    "the region only. Competing tolls are listed under Disputes with each source's own words. Figures "
    "depend on what was reported: absence of reports is not absence of violence."
)


class BriefError(ValueError):
    """A brief that cannot be made as asked (unknown region, empty period)."""


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
    weeks: list[tuple[dt.date, int, int]] = field(default_factory=list)
    top_actors: list[tuple[str, int]] = field(default_factory=list)
    top_locations: list[tuple[str, int, int]] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    generated: dt.date = field(default_factory=dt.date.today)

    @property
    def title(self) -> str:
        where = f"{self.admin1}, {self.region}" if self.admin1 else self.region
        return f"Situation brief: {where}, {self.since:%d %b %Y} to {self.until:%d %b %Y}"


def _region_countries(region: str) -> list[str] | None:
    """The countries of an ACLED region name ("Western Africa"); None when `region` is not one."""
    wanted = region.strip().lower()
    names = sorted({info.country for info in codes.all_countries() if info.acled_region.lower() == wanted})
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


def build_brief(store: StoreLike, region: str, since: dt.date, until: dt.date, admin1: str | None = None) -> Brief:
    """Count what the store holds for `region` (a country or an ACLED region) between two dates."""
    if until < since:
        raise BriefError(f"--until {until} is before --since {since}")
    countries = _region_countries(region) or [region]
    found = {
        e.event_id: e
        for c in countries
        for n in codes.country_names(c)
        for e in store.events(country=n, since=since, until=until)
    }
    events = list(found.values())
    if admin1:
        events = [e for e in events if (e.admin1 or "").lower() == admin1.lower()]
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
    brief.weeks = weekly_counts(events, since, until)
    actors = Counter(a for e in events for a in {e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2} if a)
    brief.top_actors = actors.most_common(TOP_N)
    places: dict[str, list[int]] = {}
    for e in events:
        name = ", ".join(p for p in (e.location, e.admin1) if p) or "(unknown place)"
        cell = places.setdefault(name, [0, 0])
        cell[0] += 1
        cell[1] += e.fatalities or 0
    brief.top_locations = sorted(((n, c, d) for n, (c, d) in places.items()), key=lambda x: (-x[1], -x[2]))[:TOP_N]
    brief.disputes = [d for e in events if (d := _fatality_dispute(e))]
    return brief


def _outlet_of(event: Event, article_id: str) -> str:
    for source in event.sources:
        if source.article_id == article_id:
            return source.outlet or article_id
    return article_id


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _place(event: Event) -> str:
    return ", ".join(p for p in (event.location, event.admin1, event.country) if p) or "unknown place"


def render_html(brief: Brief) -> str:
    """A self-contained HTML page: inline CSS and SVG, no scripts, no external resources."""
    e = escape
    css = (STATIC_DIR / "brief.css").read_text(encoding="utf-8")
    reports = len({s.article_id for ev in brief.events for s in ev.sources})
    cards = [
        ("Events", len(brief.events)),
        ("Fatalities (ACLED)", brief.fatalities),
        ("Fatalities (UCDP best)", f"{brief.ucdp_best}"),
        ("UCDP low–high", f"{brief.ucdp_low}–{brief.ucdp_high}"),
        ("Disputed tolls", len(brief.disputes)),
    ]
    out = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(brief.title)}</title>"
        f"<style>{css}</style></head><body><h1>{e(brief.title)}</h1>"
        f"<p class='sub'>Generated {brief.generated:%d %b %Y} by sitrep from {_plural(reports, 'report')}.</p>",
        "<div class='cards'>"
        + "".join(f"<div class='card'><b>{e(str(v))}</b>{e(k)}</div>" for k, v in cards)
        + "</div>",
        "<h2>By event type</h2><table><tr><th>Type</th><th class='n'>Events</th><th class='n'>Fatalities</th></tr>",
    ]
    for t in brief.by_type:
        out.append(
            f"<tr><td><span class='swatch' style='background:{type_color(t.event_type)}'></span>"
            f"{e(t.event_type)}</td><td class='n'>{t.events}</td><td class='n'>{t.fatalities}</td></tr>"
        )
    out.append("</table><h2>Map</h2>" + event_map(brief.events))
    unplaced = sum(1 for ev in brief.events if ev.latitude is None)
    if unplaced:
        out.append(f"<p class='sub'>{unplaced} event(s) without coordinates are not on the map.</p>")
    out.append("<h2>Per week</h2><p class='sub'>Bars: events; red line: fatalities.</p>" + weekly_chart(brief.weeks))
    out.append("<h2>Top actors</h2><table><tr><th>Actor</th><th class='n'>Events</th></tr>")
    out += [f"<tr><td>{e(a)}</td><td class='n'>{n}</td></tr>" for a, n in brief.top_actors]
    out.append(
        "</table><h2>Top locations</h2><table><tr><th>Location</th><th class='n'>Events</th>"
        "<th class='n'>Fatalities</th></tr>"
    )
    out += [f"<tr><td>{e(p)}</td><td class='n'>{n}</td><td class='n'>{d}</td></tr>" for p, n, d in brief.top_locations]
    out.append("</table><h2>Disputes</h2>")
    if not brief.disputes:
        out.append("<p>No competing fatality figures among the sources.</p>")
    for d in brief.disputes:
        ev = d.event
        out.append(
            f"<p><b>{e(str(ev.event_date))} {e(ev.sub_event_type)}, {e(_place(ev))}</b> ({e(ev.event_id)}): "
            f"sitrep records {ev.fatalities} (range {ev.fatalities_low}–{ev.fatalities_high}).</p><ul>"
        )
        for c in d.claims:
            said = f" according to {e(c.attributed_to)}" if c.attributed_to else ""
            quote = f"<blockquote>{e(c.quote)}</blockquote>" if c.quote else ""
            out.append(f"<li>{e(_outlet_of(ev, c.article_id))}: <b>{e(str(c.value))}</b>{said}{quote}</li>")
        out.append("</ul>")
    out.append(
        "<h2>Events</h2><table><tr><th>Date</th><th>Type</th><th>Location</th><th>Actors</th>"
        "<th class='n'>Fatalities</th><th>Sources</th></tr>"
    )
    for ev in brief.events:
        actors = " vs ".join(a for a in (ev.actor1, ev.actor2) if a)
        out.append(
            f"<tr><td>{e(str(ev.event_date or '?'))}</td><td>{e(ev.sub_event_type)}</td><td>{e(_place(ev))}</td>"
            f"<td>{e(actors)}</td><td class='n'>{'' if ev.fatalities is None else ev.fatalities}</td>"
            f"<td>{e('; '.join(outlets(ev)))}</td></tr>"
        )
    out.append(f"</table><h2>Methods</h2><p class='methods'>{e(METHODS_NOTE)}</p></body></html>")
    return "\n".join(out)


def _md_row(cells: Sequence[object]) -> str:
    return "| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def render_markdown(brief: Brief) -> str:
    lines = [
        f"# {brief.title}",
        "",
        f"- Events: {len(brief.events)}",
        f"- Fatalities (ACLED): {brief.fatalities}",
        f"- Fatalities (UCDP): best {brief.ucdp_best}, low {brief.ucdp_low}, high {brief.ucdp_high}",
        f"- Disputed tolls: {len(brief.disputes)}",
        "",
        "## By event type",
        "",
        _md_row(["Type", "Events", "Fatalities"]),
        _md_row(["---", "---:", "---:"]),
    ]
    lines += [_md_row([t.event_type, t.events, t.fatalities]) for t in brief.by_type]
    lines += ["", "## Per week", "", _md_row(["Week of", "Events", "Fatalities"]), _md_row(["---", "---:", "---:"])]
    lines += [_md_row([monday, n, d]) for monday, n, d in brief.weeks]
    lines += ["", "## Top actors", "", _md_row(["Actor", "Events"]), _md_row(["---", "---:"])]
    lines += [_md_row([a, n]) for a, n in brief.top_actors]
    lines += [
        "",
        "## Top locations",
        "",
        _md_row(["Location", "Events", "Fatalities"]),
        _md_row(["---", "---:", "---:"]),
    ]
    lines += [_md_row([p, n, d]) for p, n, d in brief.top_locations]
    lines += ["", "## Disputes", ""]
    if not brief.disputes:
        lines.append("No competing fatality figures among the sources.")
    for d in brief.disputes:
        ev = d.event
        lines.append(
            f"**{ev.event_date} {ev.sub_event_type}, {_place(ev)}** ({ev.event_id}): sitrep records {ev.fatalities} "
            f"(range {ev.fatalities_low}–{ev.fatalities_high})."
        )
        for c in d.claims:
            said = f" according to {c.attributed_to}" if c.attributed_to else ""
            lines.append(
                f"- {_outlet_of(ev, c.article_id)}: **{c.value}**{said}" + (f" — “{c.quote}”" if c.quote else "")
            )
        lines.append("")
    lines += [
        "",
        "## Events",
        "",
        _md_row(["Date", "Type", "Location", "Actors", "Fatalities", "Sources"]),
        _md_row(["---"] * 4 + ["---:", "---"]),
    ]
    for ev in brief.events:
        actors = " vs ".join(a for a in (ev.actor1, ev.actor2) if a)
        lines.append(
            _md_row(
                [
                    ev.event_date or "?",
                    ev.sub_event_type,
                    _place(ev),
                    actors,
                    "" if ev.fatalities is None else ev.fatalities,
                    "; ".join(outlets(ev)),
                ]
            )
        )
    lines += ["", "## Methods", "", METHODS_NOTE, ""]
    return "\n".join(lines)
