"""Inline SVG for self-contained reports: an equirectangular event map and a weekly events/fatalities chart."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from html import escape

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


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_counts(events: Sequence[Event], since: dt.date, until: dt.date) -> list[tuple[dt.date, int, int]]:
    """(Monday, events, fatalities) for every week of the period, empty weeks included."""
    weeks: dict[dt.date, list[int]] = {}
    monday = week_start(since)
    while monday <= until:
        weeks[monday] = [0, 0]
        monday += dt.timedelta(days=7)
    for event in events:
        if event.event_date is None:
            continue
        cell = weeks.setdefault(week_start(event.event_date), [0, 0])
        cell[0] += 1
        cell[1] += event.fatalities or 0
    return [(day, n, dead) for day, (n, dead) in sorted(weeks.items())]


def weekly_chart(weeks: Sequence[tuple[dt.date, int, int]], width: int = 720, height: int = 180) -> str:
    """Bars: events per week (left scale); red line: fatalities per week (right scale)."""
    left, right, top, bottom = 36, 44, 12, 22
    plot_w, plot_h = width - left - right, height - top - bottom
    max_n = max([n for _, n, _ in weeks] + [1])
    max_dead = max([d for _, _, d in weeks] + [1])
    step = plot_w / max(len(weeks), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="chart" role="img" '
        f'aria-label="Events and fatalities per week">',
        f'<text x="2" y="10" font-size="10" fill="#5b8db8">{max_n} event{"" if max_n == 1 else "s"}</text>',
        f'<text x="{width - 2}" y="10" font-size="10" fill="#b3261e" text-anchor="end">{max_dead} killed</text>',
        f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#999"/>',
    ]
    points = []
    label_every = max(1, math.ceil(len(weeks) / 10))
    for i, (monday, n, dead) in enumerate(weeks):
        x = left + i * step
        bar = n / max_n * plot_h
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - bar:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{bar:.1f}" fill="#5b8db8"><title>week of {monday}: {n} events, {dead} killed'
            f"</title></rect>"
        )
        points.append(f"{x + step / 2:.1f},{top + plot_h - dead / max_dead * plot_h:.1f}")
        if i % label_every == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 6}" font-size="10" fill="#555">{monday:%d %b}</text>')
    parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="#b3261e" stroke-width="2"/></svg>')
    return "".join(parts)
