"""Spatial blocking keys: which events a mention's places can possibly be compared with.

Two trusted places further apart than the veto of their coarser geo precision (`place_veto_km`) are two events,
and so, when one of them is only a region and both regions are known, are two regions (`similarity._closest`).
An event's places are keyed by grid cells as wide as each precision's veto and by their admin1 region; a
mention's places reach the cells within the veto of each pair of precisions and their own region. Cells and
regions that do not meet are pairs the veto would rule out: the keys over-include (a mention reaches a few
places beyond the veto), never miss one within it.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from sitrep.resolve.rules import rules
from sitrep.resolve.similarity import Point

_KM_PER_DEGREE = 111.195  # of latitude, as `similarity.distance_km` measures
_SLACK = 1.001  # rounding at a cell's edge must not lose a place exactly at the veto distance
Key = tuple[object, ...]


@cache
def _veto_degrees() -> dict[int, float]:
    """Each geo precision's veto distance in degrees of latitude: the cell size of that precision's grid."""
    return {precision: km / _KM_PER_DEGREE for precision, km in rules().place_veto_km.items()}


def _cell(lat: float, lon: float, size: float) -> tuple[int, int]:
    return math.floor(lat / size), math.floor(lon / size)


def place_cells(points: list[Point]) -> frozenset[Key]:
    """An event's keys: for each place, its cell in the grid of each precision it may be compared at (a
    precise place at any precision, a region only at the coarsest), and what a pair at the coarsest precision is
    compared by: its region, or its cell when it has no known region (compared by distance even against a
    region); region places apart, as only they meet a precise place at the coarsest precision."""
    if len(points) == 1:
        return _point_cells(points[0])
    return frozenset().union(*map(_point_cells, points))


@lru_cache(maxsize=1 << 16)
def _point_cells(point: Point) -> frozenset[Key]:
    """(An event's places are keyed again each time a report joins it: the same points, looked up.)"""
    lat, lon, precision, admin1 = point
    sizes = _veto_degrees()
    keys: set[Key] = set()
    for level in (1, 2, 3):
        if precision <= level:
            keys.add(("g", level, *_cell(lat, lon, sizes[level])))
    coarse = _cell(lat, lon, sizes[3])
    if admin1:
        keys.add(("a", admin1))
    else:
        keys.add(("n", *coarse))
    if precision == 3:
        keys.add(("r", *coarse))
        keys.add(("a3", admin1) if admin1 else ("rn", *coarse))
    return frozenset(keys)


def place_reach(points: list[Point]) -> frozenset[Key] | None:
    """A mention's keys: what its places could be within the veto of. None when a place is so near a pole that
    a cell's width says nothing (compare with every event)."""
    keys: set[Key] = set()
    for lat, lon, precision, admin1 in points:
        # (grid, kind of key): a precise place meets precise ones within the precise veto, and places "near" a
        # town within theirs. Pairs at the coarsest precision (a region against anything, or anything against a
        # region) are compared by their admin1 when both are known, by distance otherwise.
        grids = [(level, "g") for level in (1, 2) if precision <= level]
        if precision == 3:
            grids.append((3, "n" if admin1 else "g"))
            if admin1:
                keys.add(("a", admin1))
        else:
            grids.append((3, "rn" if admin1 else "r"))
            if admin1:
                keys.add(("a3", admin1))
        for level, kind in grids:
            around = _around(lat, lon, level, kind)
            if around is None:
                return None
            keys |= around
    return frozenset(keys)


def _around(lat: float, lon: float, level: int, kind: str) -> set[Key] | None:
    """The keys of the cells of the `level` grid holding every point within that level's veto of (lat, lon), by
    the equirectangular distance `similarity._closest` uses (longitude scaled at the pair's mean latitude)."""
    size = _veto_degrees()[level]
    reach = size * _SLACK
    widest = abs(lat) + reach / 2  # the furthest mean latitude of a pair within reach
    if widest >= 89.0:
        return None
    reach_lon = reach / math.cos(math.radians(widest))
    rows = range(math.floor((lat - reach) / size), math.floor((lat + reach) / size) + 1)
    columns = range(math.floor((lon - reach_lon) / size), math.floor((lon + reach_lon) / size) + 1)
    if kind == "g":
        return {("g", level, row, column) for row in rows for column in columns}
    return {(kind, row, column) for row in rows for column in columns}
