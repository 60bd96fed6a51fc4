"""Inline SVG for self-contained reports: an equirectangular event map and an events/fatalities timeline."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from html import escape
from typing import Literal

from sitrep.deliver.world import countries, visible_label
from sitrep.models import Event

TYPE_COLORS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2e86c1",
    "Riots": "#17a589",
    "Strategic developments": "#7f8c8d",
}


def type_color(event_type: str) -> str:
    return TYPE_COLORS.get(event_type, "#555555")


def _extent(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The view box in degrees around the points: padded, at least 6° wide and 3.6° tall."""
    if not points:
        return -20.0, 40.0, -10.0, 35.0
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(lons), max(lons), min(lats), max(lats)
    pad = max(1.5, (x1 - x0) * 0.15, (y1 - y0) * 0.15)
    x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
    if x1 - x0 < 6:
        mid = (x0 + x1) / 2
        x0, x1 = mid - 3, mid + 3
    if y1 - y0 < 3.6:
        mid = (y0 + y1) / 2
        y0, y1 = mid - 1.8, mid + 1.8
    return x0, x1, y0, y1


def event_map(events: Sequence[Event], width: int = 720) -> str:
    """Country outlines, a graticule, country labels and one circle per located event (area ~ fatalities)."""
    located = [e for e in events if e.latitude is not None and e.longitude is not None]
    x0, x1, y0, y1 = _extent([(e.longitude, e.latitude) for e in located])  # type: ignore[misc]
    height = int(max(280, min(520, width * (y1 - y0) / (x1 - x0))))

    def px(lon: float) -> float:
        return (lon - x0) / (x1 - x0) * width

    def py(lat: float) -> float:
        return (y1 - lat) / (y1 - y0) * height

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="map" role="img" '
        f'aria-label="Map of events"><rect width="{width}" height="{height}" fill="#dfeaf2"/>'
    ]
    labels = []
    for feature in countries()["features"]:
        path = "".join(
            "M" + "L".join(f"{px(lon):.1f},{py(lat):.1f}" for lon, lat in ring) + "Z"
            for polygon in feature["geometry"]["coordinates"]
            for ring in polygon
        )
        parts.append(f'<path d="{path}" fill="#f4f1ea" stroke="#b9b4a8" stroke-width="0.6"/>')
        spot = visible_label(feature, x0, x1, y0, y1)
        if spot:
            labels.append((px(spot[0]), py(spot[1]), feature["properties"]["name"]))
    span = x1 - x0
    step = 20 if span > 60 else 10 if span > 25 else 5 if span > 10 else 2 if span > 4 else 1
    for lon in range(math.ceil(x0 / step) * step, math.floor(x1) + 1, step):
        parts.append(
            f'<line x1="{px(lon):.1f}" x2="{px(lon):.1f}" y1="0" y2="{height}" stroke="#c3d3de" '
            f'stroke-width="0.5"/><text x="{px(lon) + 2:.1f}" y="{height - 3}" font-size="9" '
            f'fill="#6b7f8e">{lon}°</text>'
        )
    for lat in range(math.ceil(y0 / step) * step, math.floor(y1) + 1, step):
        parts.append(
            f'<line x1="0" x2="{width}" y1="{py(lat):.1f}" y2="{py(lat):.1f}" stroke="#c3d3de" '
            f'stroke-width="0.5"/><text x="2" y="{py(lat) - 2:.1f}" font-size="9" '
            f'fill="#6b7f8e">{lat}°</text>'
        )
    for event in sorted(located, key=lambda e: -(e.fatalities or 0)):
        radius = 4 + math.sqrt(event.fatalities or 0) * 1.6
        title = f"{event.event_date} {event.sub_event_type}, {event.location}: {event.fatalities or 0} killed"
        parts.append(
            f'<circle cx="{px(event.longitude):.1f}" cy="{py(event.latitude):.1f}" '  # type: ignore[arg-type]
            f'r="{radius:.1f}" fill="{type_color(event.event_type)}" fill-opacity="0.8" stroke="#fff">'
            f"<title>{escape(title)}</title></circle>"
        )
    for x, y, name in labels:
        parts.append(
            f'<text x="{x:.1f}" y="{y:.1f}" font-size="12" font-weight="600" fill="#4b4b4b" '
            f'text-anchor="middle" stroke="#f4f1ea" stroke-width="3" paint-order="stroke">'
            f"{escape(name)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


Unit = Literal["week", "month", "year"]
LABELS: dict[str, str] = {"week": "%d %b", "month": "%b %Y", "year": "%Y"}
KEYS: dict[str, str] = {"week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def period_unit(since: dt.date, until: dt.date) -> Unit:
    """Weeks for up to half a year, months for up to three years, years beyond: a chart of 10-40 bars."""
    days = (until - since).days + 1
    return "week" if days <= 183 else "month" if days <= 1098 else "year"


def period_start(day: dt.date, unit: Unit) -> dt.date:
    """The Monday, first of the month or first of January on or before `day`."""
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1) if unit == "month" else dt.date(day.year, 1, 1)


def _next_period(start: dt.date, unit: Unit) -> dt.date:
    if unit == "week":
        return start + dt.timedelta(days=7)
    if unit == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return dt.date(start.year + 1, 1, 1)


def period_key(start: dt.date, unit: Unit) -> str:
    """How a table names the period: 2024-03-04 (week of), 2024-03, 2024."""
    return start.strftime(KEYS[unit])


def period_counts(
    events: Sequence[Event], since: dt.date, until: dt.date, unit: Unit
) -> list[tuple[dt.date, int, int]]:
    """(period start, events, fatalities) for every period of the range, empty ones included; undated skipped."""
    periods: dict[dt.date, list[int]] = {}
    start = period_start(since, unit)
    while start <= until:
        periods[start] = [0, 0]
        start = _next_period(start, unit)
    for event in events:
        if event.event_date is None:
            continue
        cell = periods.setdefault(period_start(event.event_date, unit), [0, 0])
        cell[0] += 1
        cell[1] += event.fatalities or 0
    return [(day, n, dead) for day, (n, dead) in sorted(periods.items())]


def timeline_chart(periods: Sequence[tuple[dt.date, int, int]], unit: Unit, width: int = 720, height: int = 180) -> str:
    """Bars: events per period (left scale); red line: fatalities per period (right scale)."""
    left, right, top, bottom = 36, 44, 12, 22
    plot_w, plot_h = width - left - right, height - top - bottom
    max_n = max([n for _, n, _ in periods] + [1])
    max_dead = max([d for _, _, d in periods] + [1])
    step = plot_w / max(len(periods), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="chart" role="img" '
        f'aria-label="Events and fatalities per {unit}">',
        f'<text x="2" y="10" font-size="10" fill="#5b8db8">{max_n} event{"" if max_n == 1 else "s"}</text>',
        f'<text x="{width - 2}" y="10" font-size="10" fill="#b3261e" text-anchor="end">{max_dead} killed</text>',
        f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#999"/>',
    ]
    points = []
    label_every = max(1, math.ceil(len(periods) / 10))
    labelled_year = None  # week labels name the year at the first label and when it changes
    for i, (start, n, dead) in enumerate(periods):
        x = left + i * step
        bar = n / max_n * plot_h
        name = f"week of {start}" if unit == "week" else period_key(start, unit)
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - bar:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{bar:.1f}" fill="#5b8db8"><title>{name}: {n} events, {dead} killed</title></rect>'
        )
        points.append(f"{x + step / 2:.1f},{top + plot_h - dead / max_dead * plot_h:.1f}")
        if i % label_every == 0:
            label = start.strftime(LABELS[unit] + (" %Y" if unit == "week" and start.year != labelled_year else ""))
            labelled_year = start.year
            parts.append(f'<text x="{x:.1f}" y="{height - 6}" font-size="10" fill="#555">{label}</text>')
    parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="#b3261e" stroke-width="2"/></svg>')
    return "".join(parts)
