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
