"""Small pure scoring functions shared by every evaluation mode and by other stages' own checks.

- `prf(tp, fp, fn)`: precision, recall and F1 from counts.
- `b_cubed(gold, pred)`: extended B³ for overlapping clusters (Amigó et al. 2009, "A comparison of extrinsic
  clustering evaluation metrics"), so an article that reports several events may sit in several clusters.
- `pairwise(gold, pred)`: precision/recall over pairs of items put in a common cluster.
- `hungarian_match(scores, allowed)`: one-to-one matching maximising the total score over allowed pairs.
- `haversine_km(lat1, lon1, lat2, lon2)`: great-circle distance.

Cluster assignments are mappings item -> cluster id, or item -> collection of cluster ids when an item may
belong to several clusters. Items present in only one side are ignored (score the items both sides saw).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

# item -> cluster id, or item -> collection of cluster ids (Any: Mapping is invariant in its key type).
Clusters = Mapping[Any, Any]

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall, F1, with the counts they came from (None when they are averages, as in B³)."""

    precision: float
    recall: float
    f1: float
    tp: float | None = None
    fp: float | None = None
    fn: float | None = None

    def as_dict(self) -> dict[str, float]:
        counts = {"tp": self.tp, "fp": self.fp, "fn": self.fn}
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                **{k: v for k, v in counts.items() if v is not None}}


def f1_of(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: float, fp: float, fn: float) -> PRF:
    """P/R/F1 from counts; an empty denominator scores 0 (nothing predicted or nothing to find)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return PRF(precision, recall, f1_of(precision, recall), tp, fp, fn)


def _as_sets(clusters: Clusters) -> dict[Hashable, frozenset[Hashable]]:
    """item -> set of cluster ids; a str cluster id is one id, not a collection of characters."""
    out: dict[Hashable, frozenset[Hashable]] = {}
    for item, value in clusters.items():
        if isinstance(value, str | bytes) or not isinstance(value, Collection):
            out[item] = frozenset([value])
        else:
            out[item] = frozenset(value)
    return out


def b_cubed(gold: Clusters, pred: Clusters) -> PRF:
    """Extended B³ (Amigó et al. 2009) over the items present in both mappings with at least one cluster.

    For items e, e' let C(e,e') be how many predicted clusters they share and L(e,e') how many gold clusters.
    Multiplicity precision(e,e') = min(C, L) / C, recall(e,e') = min(C, L) / L. Precision of e averages over
    the e' sharing a predicted cluster with e (e itself included); recall of e over the e' sharing a gold
    cluster. With one cluster per item this is ordinary B³. An item alone in both sides scores 1/1.
    """
    gold_sets, pred_sets = _as_sets(gold), _as_sets(pred)
    items = [i for i in gold_sets if i in pred_sets and gold_sets[i] and pred_sets[i]]
    if not items:
        return PRF(0.0, 0.0, 0.0)
    # Only items sharing a cluster contribute, so visit cluster co-members rather than all pairs.
    pred_members = _members(items, pred_sets)
    gold_members = _members(items, gold_sets)
    # math.fsum: the same figure to the last digit whatever order the items and their co-members come in (set
    # and dict orders follow string hashing, which changes from run to run)
    precision = math.fsum(_mean_overlap(e, pred_sets, gold_sets, pred_members) for e in items) / len(items)
    recall = math.fsum(_mean_overlap(e, gold_sets, pred_sets, gold_members) for e in items) / len(items)
    return PRF(precision, recall, f1_of(precision, recall))


def _mean_overlap(e: Hashable, these: Mapping[Hashable, frozenset[Hashable]],
                  others: Mapping[Hashable, frozenset[Hashable]], members: Mapping[Hashable, list]) -> float:
    """The mean of `_overlap` over the items that share one of `these` clusters with `e` (`e` included)."""
    terms = [_overlap(e, e2, these, others) for e2 in _co_members(e, these, members)]
    return math.fsum(terms) / len(terms)


def _members(items: list[Hashable], sets: Mapping[Hashable, frozenset[Hashable]]) -> dict[Hashable, list]:
    members: dict[Hashable, list] = {}
    for item in items:
        for cluster in sets[item]:
            members.setdefault(cluster, []).append(item)
    return members


def _co_members(item: Hashable, sets: Mapping[Hashable, frozenset[Hashable]],
                members: Mapping[Hashable, list]) -> set[Hashable]:
    return {other for cluster in sets[item] for other in members[cluster]}


def _overlap(e: Hashable, e2: Hashable, these: Mapping[Hashable, frozenset[Hashable]],
             others: Mapping[Hashable, frozenset[Hashable]]) -> float:
    """Amigó's multiplicity precision (or recall, with the roles swapped) of the pair (e, e2)."""
    shared_here = len(these[e] & these[e2])
    return min(shared_here, len(others[e] & others[e2])) / shared_here


def _pairs(sets: Mapping[Hashable, frozenset[Hashable]], items: list[Hashable]) -> set[frozenset]:
    """Unordered pairs of items that share at least one cluster."""
    return {frozenset(pair) for members in _members(items, sets).values() for pair in combinations(members, 2)}


def pairwise(gold: Clusters, pred: Clusters) -> PRF:
    """Pairwise P/R/F1: a pair of items is positive when the two share at least one cluster.

    Counts are pairs; items present in only one mapping are ignored.
    """
    gold_sets, pred_sets = _as_sets(gold), _as_sets(pred)
    items = [i for i in gold_sets if i in pred_sets]
    gold_pairs, pred_pairs = _pairs(gold_sets, items), _pairs(pred_sets, items)
    tp = len(gold_pairs & pred_pairs)
    return prf(tp, len(pred_pairs) - tp, len(gold_pairs) - tp)


def hungarian_match(
    scores: Sequence[Sequence[float]] | np.ndarray,
    allowed: Sequence[Sequence[bool]] | np.ndarray | None = None,
) -> list[tuple[int, int]]:
    """Rows matched one-to-one to columns maximising the summed score, using only allowed pairs.

    Returns (row, column) pairs sorted by row. A pair that is not allowed is never returned, even when the
    assignment had to use it to be complete.
    """
    matrix = np.asarray(scores, dtype=float)
    if matrix.size == 0:
        return []
    ok = np.ones(matrix.shape, dtype=bool) if allowed is None else np.asarray(allowed, dtype=bool)
    if ok.shape != matrix.shape:
        raise ValueError(f"allowed has shape {ok.shape}, scores {matrix.shape}")
    # Forbidden pairs get a cost so high the solver only uses them when nothing else is left.
    big = (np.abs(matrix[ok]).sum() + 1.0) * 2 if ok.any() else 1.0
    cost = np.where(ok, -matrix, big)
    rows, cols = linear_sum_assignment(cost)
    return sorted((int(r), int(c)) for r, c in zip(rows, cols, strict=True) if ok[r, c])


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
