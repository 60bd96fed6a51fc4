"""Scoring functions on hand-worked examples with known answers."""

from __future__ import annotations

import pytest

from sitrep.evaluate.metrics import b_cubed, haversine_km, hungarian_match, pairwise, prf


def test_prf_counts() -> None:
    score = prf(tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_prf_empty_is_zero() -> None:
    assert prf(0, 0, 0).f1 == 0.0


def test_b_cubed_single_membership_textbook() -> None:
    # gold {a,b,c} {d}; pred {a,b} {c,d}
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    score = b_cubed(gold, pred)
    # precision: a 1, b 1, c 1/2, d 1/2 -> 0.75 ; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(2 / 3)


def test_b_cubed_perfect_with_overlap() -> None:
    gold = {"a1": {"E1", "E2"}, "a2": {"E1"}, "a3": {"E2"}}
    pred = {"a1": ["p", "q"], "a2": ["p"], "a3": ["q"]}
    score = b_cubed(gold, pred)
    assert (score.precision, score.recall) == (1.0, 1.0)


def test_b_cubed_is_the_same_to_the_last_digit_whatever_order_the_items_come_in() -> None:
    # plain float sums of these fractions differ in the last digit between the two orders; an evaluation compared
    # across runs (whose set and dict orders follow string hashing) must give the same figure
    gold = {0: {"g0"}, 1: {"g1"}, 2: {"g0", "g2"}, 3: {"g2"}, 4: {"g0"}, 5: {"g0", "g2"}}
    pred = {0: {"p2"}, 1: {"p1"}, 2: {"p0"}, 3: {"p1"}, 4: {"p2"}, 5: {"p1"}}
    reversed_gold = dict(reversed(gold.items()))
    assert b_cubed(reversed_gold, pred) == b_cubed(gold, pred)
    assert b_cubed(gold, pred).recall == pytest.approx(0.5111111111111111)


def test_b_cubed_overlap_missing_second_event() -> None:
    # a1 reports two events; the system links it only to the first.
    gold = {"a1": {"E1", "E2"}, "a2": {"E1"}, "a3": {"E2"}}
    pred = {"a1": {"p"}, "a2": {"p"}, "a3": {"q"}}
    score = b_cubed(gold, pred)
    # precision: every predicted co-member pair is correct -> 1
    assert score.precision == pytest.approx(1.0)
    # recall: a1 vs {a1:min(1,2)/2, a2:1, a3:0/1} -> 1.5/3 ; a2 -> 1 ; a3 vs {a1:0, a3:1} -> 0.5
    assert score.recall == pytest.approx((0.5 + 1 + 0.5) / 3)


def test_b_cubed_ignores_items_on_one_side_only() -> None:
    assert b_cubed({"a": 1, "z": 9}, {"a": 1}).f1 == 1.0


def test_pairwise() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    score = pairwise(gold, pred)
    # gold pairs ab ac bc ; pred pairs ab cd
    assert (score.tp, score.fp, score.fn) == (1, 1, 2)


def test_hungarian_prefers_total_and_respects_allowed() -> None:
    scores = [[0.9, 0.8], [0.85, 0.1]]
    assert hungarian_match(scores) == [(0, 1), (1, 0)]
    allowed = [[True, True], [False, False]]
    assert hungarian_match(scores, allowed) == [(0, 0)]
    assert hungarian_match([[1.0]], [[False]]) == []
    assert hungarian_match([]) == []


def test_haversine_bamako_to_mopti() -> None:
    # Bamako (12.65, -8.0) to Mopti (14.49, -4.20): about 455 km.
    assert haversine_km(12.65, -8.0, 14.49, -4.20) == pytest.approx(455, abs=10)
    assert haversine_km(1.0, 2.0, 1.0, 2.0) == 0.0
