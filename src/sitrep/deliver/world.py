"""Country outlines for maps drawn offline: Natural Earth 1:110m via the world-atlas TopoJSON in `static/`.

Decoded here (TopoJSON arcs are delta-encoded and quantised) so the web UI and the briefs get plain GeoJSON
rings of (longitude, latitude) without a JavaScript TopoJSON client.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

STATIC_DIR = Path(__file__).parent / "static"

WORLD_FILE = STATIC_DIR / "world-atlas-countries-110m.json"
Ring = list[tuple[float, float]]


def _decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 3), round(y * sy + ty, 3)))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    """Join arcs into one ring; a negative index ~i means arc i reversed; shared end points are dropped."""
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def label_point(ring: Ring) -> tuple[float, float]:
    """The area centroid of a ring (shoelace formula); the vertex mean for degenerate rings."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    return round(cx / (3 * area), 3), round(cy / (3 * area), 3)


def clip_ring(ring: Ring, x0: float, x1: float, y0: float, y1: float) -> Ring:
    """The part of a ring inside a lon/lat box (Sutherland-Hodgman against the box's four edges)."""
    edges = (
        (lambda p: p[0] >= x0, lambda a, b: _cross_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _cross_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _cross_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _cross_y(a, b, y1)),
    )
    points = ring
    for inside, cross in edges:
        if not points:
            break
        clipped: Ring = []
        for current, previous in zip(points, points[-1:] + points[:-1], strict=True):
            if inside(current):
                if not inside(previous):
                    clipped.append(cross(previous, current))
                clipped.append(current)
            elif inside(previous):
                clipped.append(cross(previous, current))
        points = clipped
    return points


def _cross_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def _cross_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y


def _area(ring: Ring) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def visible_label(feature: dict[str, Any], x0: float, x1: float, y0: float, y1: float) -> tuple[float, float] | None:
    """Where to label a country in a view: the centroid of its largest visible part, if big enough to label."""
    parts = [clip_ring(polygon[0], x0, x1, y0, y1) for polygon in feature["geometry"]["coordinates"]]
    parts = [p for p in parts if len(p) >= 3]
    if not parts:
        return None
    largest = max(parts, key=_area)
    if _area(largest) < 0.03 * (x1 - x0) * (y1 - y0):
        return None
    return label_point(largest)


@cache
def countries_json() -> bytes:
    """`countries()` serialised once: the web UI asks for it on every page load."""
    return json.dumps(countries(), separators=(",", ":")).encode("utf-8")


@cache
def countries() -> dict[str, Any]:
    """A GeoJSON FeatureCollection of country outlines with `name` properties."""
    topology = json.loads(WORLD_FILE.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        coordinates = [[_ring(ring, arcs) for ring in polygon] for polygon in polygons]
        features.append(
            {
                "type": "Feature",
                "properties": {"name": geometry.get("properties", {}).get("name", "")},
                "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
            }
        )
    return {"type": "FeatureCollection", "features": features}
