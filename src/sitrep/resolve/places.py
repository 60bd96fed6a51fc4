"""Where two sides of a comparison are: distances, the agreement of their places, the names that tie places
apart to one story (the place rules of `data/resolve.yaml`)."""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING

from sitrep.models import PlaceClaim
from sitrep.resolve.rules import Rules, rules

if TYPE_CHECKING:
    from sitrep.resolve.similarity import Features, Point

_KM_PER_DEGREE = 111.195  # of latitude


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 0.5% of the great circle at the few hundred km that matter here."""
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return _KM_PER_DEGREE * math.hypot(x, lat2 - lat1)


def place_score(m: Features, e: Features) -> float | None:
    """Agreement of the closest pair of trusted places; None when no pair could be the same spot.

    Doubted places count only when they agree: then as if trusted; apart, as if unknown."""
    r = rules()
    score = _point_score(m, e, r)
    if score is None or not (m.villages and e.villages):
        return score
    # Both name the village: the same one is the same spot whatever point each was placed at; two others are two
    # places the region's agreement says nothing about (Mondoro and Boulkessi, both placed at Mopti).
    return max(score, r.place_same_village) if not m.villages.isdisjoint(e.villages) else min(score, r.place_unknown)


def _point_score(m: Features, e: Features, r: Rules) -> float | None:
    if m.soft_points or e.soft_points:
        soft = closest_score(m.points + m.soft_points, e.points + e.soft_points)
        if soft is not None and soft > r.place_unknown:
            return soft
    if not m.points or not e.points:
        return r.place_unknown
    return closest_score(m.points, e.points)


def claims_apart(first: PlaceClaim, second: PlaceClaim) -> bool:
    """Whether two places are too far apart to be one event's place (the merge veto, `place_veto_km`)."""
    a, b = first.place, second.place
    return closest_score([(a.latitude, a.longitude, first.geo_precision, a.admin1 or "")],
                    [(b.latitude, b.longitude, second.geo_precision, b.admin1 or "")]) is None


def cross_named(m: Features, e: Features) -> bool:
    """Whether one side's place is among the names the other side's reports give."""
    if not (m.place_names and e.names or e.place_names and m.names):
        return False  # most comparisons: nothing to look up
    return any(m.place_names & names for names in e.names) or any(e.place_names & names for names in m.names)


def names_village(m: Features, e: Features) -> bool:
    """One side has no place of its own and names, among its names, a village the other side's reports name as
    their event's place (`Features.villages`)."""
    if not (m.points or m.soft_points) and e.villages and m.names:
        return any(not e.villages.isdisjoint(names) for names in m.names)
    if not (e.points or e.soft_points) and m.villages and e.names:
        return any(not m.villages.isdisjoint(names) for names in e.names)
    return False


def closest_score(ours: list[Point], theirs: list[Point]) -> float | None:
    """The best place agreement of any pair of points; None when no pair could be one spot. (Hot path: a
    region pair with both admin1s known, or points further apart in latitude alone than the veto, need no
    distance.)"""
    same_admin1, veto_km, bands, top = _place_constants()
    best: float | None = None
    for lat1, lon1, p1, admin1 in ours:
        for lat2, lon2, p2, admin2 in theirs:
            coarsest = p1 if p1 > p2 else p2
            band: float | None
            if coarsest == 3 and admin1 and admin2:  # a region only: agreeing on the region is all it can say
                band = same_admin1 if admin1 == admin2 else None
            else:
                limit = veto_km[coarsest]
                dlat = lat2 - lat1
                if abs(dlat) * _KM_PER_DEGREE > limit:
                    continue
                km = _KM_PER_DEGREE * math.hypot((lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2)), dlat)
                if km > limit:
                    continue
                if coarsest == 3:
                    band = same_admin1
                else:
                    band = 0.0
                    for bound, score in bands:
                        if km <= bound:
                            band = score
                            break
            if band is not None and (best is None or band > best):
                best = band
                if best >= top:
                    return best
    return best


@cache
def _place_constants() -> tuple[float, dict[int, float], list[tuple[float, float]], float]:
    """The place rules `closest_score` reads for every pair: same-admin1 score, vetoes, bands, the best score."""
    r = rules()
    return r.place_same_admin1, r.place_veto_km, r.place_bands, max(r.place_same_admin1, r.place_bands[0][1])
