"""A small document model for reports: typed sections laid out once as HTML and once as Markdown.

A report (the situation brief) says what it has to say as a list of sections; `to_html` and `to_markdown`
are the only layouts, so the two formats cannot drift apart. HTML is self-contained: inline CSS and SVG.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Literal

from sitrep.deliver.svg import Unit, event_map, period_key, timeline_chart
from sitrep.models import Event


@dataclass(frozen=True, slots=True)
class Figure:
    label: str
    value: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Figures:
    """The headline numbers (no heading: they open the brief)."""

    items: list[Figure]


@dataclass(frozen=True, slots=True)
class Swatch:
    """A table cell with its colour key on the map (event types)."""

    text: str
    color: str


Cell = str | int | Swatch


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Literal["text", "number", "date"] = "text"  # numbers align right; dates never wrap


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    columns: list[Column]
    rows: list[list[Cell]]
    empty: str = "None in this period."


@dataclass(frozen=True, slots=True)
class MapView:
    title: str
    events: list[Event]
    note: str = ""  # events the map cannot show
    key: str = "Circle area grows with fatalities; colours as under By event type."


@dataclass(frozen=True, slots=True)
class Timeline:
    title: str
    unit: Unit
    periods: list[tuple[dt.date, int, int]]
    note: str = "Bars: events; red line: fatalities."


@dataclass(frozen=True, slots=True)
class Line:
    """One source's line under an item: `text: **value** after`, an optional link and the source's own words."""

    text: str
    value: str = ""
    after: str = ""
    url: str | None = None
    quotes: tuple[str, ...] = ()

    @property
    def link(self) -> str | None:
        """The address as a link target: web addresses only (a report's `javascript:` URL is not followed)."""
        return self.url if self.url and self.url.lower().startswith(("http://", "https://")) else None


@dataclass(frozen=True, slots=True)
class Item:
    heading: str
    text: str
    lines: list[Line]


@dataclass(frozen=True, slots=True)
class ItemList:
    title: str
    items: list[Item]
    empty: str


@dataclass(frozen=True, slots=True)
class Notes:
    title: str
    bullets: list[str] = field(default_factory=list)
    text: str = ""


Section = Figures | Table | MapView | Timeline | ItemList | Notes


# HTML


def _html_cell(cell: Cell) -> str:
    if isinstance(cell, Swatch):
        return f"<span class='swatch' style='background:{cell.color}'></span>{escape(cell.text)}"
    return escape(str(cell))


def _html_line(line: Line) -> str:
    text = escape(line.text)
    if line.link:
        text = f"<a href='{escape(line.link)}' rel='noreferrer'>{text}</a>"
    value = f": <b>{escape(line.value)}</b>" if line.value else ""
    quotes = "".join(f"<blockquote>{escape(q)}</blockquote>" for q in line.quotes)
    return f"<li>{text}{value}{escape(line.after)}{quotes}</li>"


def _html_section(section: Section) -> str:
    e = escape
    match section:
        case Figures(items):
            cards = "".join(
                f"<div class='card'><b>{e(f.value)}</b>{e(f.label)}"
                + (f"<small>{e(f.detail)}</small>" if f.detail else "")
                + "</div>"
                for f in items
            )
            return f"<div class='cards'>{cards}</div>"
        case Table(title, columns, rows, empty):
            if not rows:
                return f"<h2>{e(title)}</h2><p>{e(empty)}</p>"
            num = [{"number": " class='n'", "date": " class='d'"}.get(c.kind, "") for c in columns]
            head = "".join(f"<th{k}>{e(c.name)}</th>" for c, k in zip(columns, num, strict=True))
            body = "".join(
                "<tr>" + "".join(f"<td{k}>{_html_cell(c)}</td>" for c, k in zip(row, num, strict=True)) + "</tr>"
                for row in rows
            )
            return f"<h2>{e(title)}</h2><table><tr>{head}</tr>{body}</table>"
        case MapView(title, events, note, key):
            notes = "".join(f"<p class='sub'>{e(n)}</p>" for n in (key, note) if n)
            return f"<h2>{e(title)}</h2>{event_map(events)}{notes}"
        case Timeline(title, unit, periods, note):
            return f"<h2>{e(title)}</h2><p class='sub'>{e(note)}</p>{timeline_chart(periods, unit)}"
        case ItemList(title, items, empty):
            if not items:
                return f"<h2>{e(title)}</h2><p>{e(empty)}</p>"
            parts = [
                f"<p><b>{e(i.heading)}</b>{e(i.text)}</p><ul>" + "".join(map(_html_line, i.lines)) + "</ul>"
                for i in items
            ]
            return f"<h2>{e(title)}</h2>" + "".join(parts)
        case Notes(title, bullets, text):
            listed = "<ul>" + "".join(f"<li>{e(b)}</li>" for b in bullets) + "</ul>" if bullets else ""
            return f"<h2>{e(title)}</h2>{listed}" + (f"<p class='methods'>{e(text)}</p>" if text else "")
    raise TypeError(f"no HTML layout for {type(section).__name__}")


# Markdown


def _md_text(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _md_row(cells: Sequence[object]) -> str:
    return "| " + " | ".join(_md_text(c.text if isinstance(c, Swatch) else c) for c in cells) + " |"


def _md_line(line: Line) -> str:
    target = (line.link or "").replace(" ", "%20").replace("(", "%28").replace(")", "%29")  # stays one link
    text = f"[{line.text}]({target})" if target else line.text
    value = f": **{line.value}**" if line.value else ""
    said = f"- {text}{value}{line.after}" + "".join(f" — “{q}”" for q in line.quotes)
    return " ".join(said.split())  # one list item, whatever line breaks the report's text had


def _md_section(section: Section) -> list[str]:
    match section:
        case Figures(items):
            return [f"- {f.label}: {f.value}" + (f", {f.detail}" if f.detail else "") for f in items]
        case Table(title, columns, rows, empty):
            if not rows:
                return [f"## {title}", "", empty]
            rule = ["---:" if c.kind == "number" else "---" for c in columns]
            return [f"## {title}", "", _md_row([c.name for c in columns]), _md_row(rule), *map(_md_row, rows)]
        case MapView(title, events, note, _):
            placed = sum(1 for ev in events if ev.latitude is not None)
            return [
                f"## {title}",
                "",
                f"{placed} of {len(events)} events have coordinates (the map is in the HTML brief).",
            ] + (["", note] if note else [])
        case Timeline(title, unit, periods, _):
            rows = [_md_row([period_key(start, unit), n, d]) for start, n, d in periods]
            return [
                f"## {title}",
                "",
                _md_row(["Week of" if unit == "week" else unit.capitalize(), "Events", "Fatalities"]),
                _md_row(["---", "---:", "---:"]),
                *rows,
            ]
        case ItemList(title, items, empty):
            lines = [f"## {title}", ""]
            if not items:
                return [*lines, empty]
            for i in items:
                lines += [f"**{i.heading}**{i.text}", *map(_md_line, i.lines), ""]
            return lines[:-1]
        case Notes(title, bullets, text):
            return [f"## {title}", "", *(f"- {b}" for b in bullets)] + (["", text] if text else [])
    raise TypeError(f"no Markdown layout for {type(section).__name__}")


def to_html(title: str, subtitle: str, sections: Sequence[Section], css: str) -> str:
    """A self-contained HTML page: inline CSS and SVG, no scripts, no external resources."""
    head = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{css}</style></head><body><h1>{escape(title)}</h1><p class='sub'>{escape(subtitle)}</p>"
    )
    return "\n".join([head, *map(_html_section, sections), "</body></html>"])


def to_markdown(title: str, subtitle: str, sections: Sequence[Section]) -> str:
    lines = [f"# {title}", "", subtitle, ""]
    for section in sections:
        lines += [*_md_section(section), ""]
    return "\n".join(lines)
