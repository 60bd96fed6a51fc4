"""Exact and near-duplicate detection."""

from __future__ import annotations

import pytest

from sitrep.ingest.dedupe import NearDuplicateIndex, content_hash

WIRE = (
    "Gunmen on motorbikes attacked the weekly market of Kalara on Wednesday, killing seven traders and wounding "
    "twelve, a local official said. The attackers set fire to stalls and drove off with cattle before soldiers "
    "arrived from the nearby camp, the official added. The governor of the region condemned the attack and said "
    "an investigation had been opened. Kalara has been attacked three times this year, residents said, and many "
    "families have left for the regional capital. No group claimed responsibility for the raid on Wednesday."
)
# The same wire story as another outlet ran it: cut and lightly edited.
COPY = (
    "Gunmen on motorbikes attacked the weekly market of Kalara on Wednesday, killing seven traders and wounding "
    "twelve, a local official told AFP. The attackers set fire to stalls and drove off with cattle before troops "
    "arrived from the nearby camp, the official added. The governor of the region condemned the attack. "
    "No group claimed responsibility for the raid on Wednesday."
)
OTHER = (
    "Soldiers repelled an attack on their camp at Tessoumba on Sunday, the army said, adding that three soldiers "
    "were wounded and the attackers fled towards the border. The army said it had recovered weapons and two "
    "vehicles. The camp was attacked twice last year, when eleven soldiers were killed, according to officials."
)


def test_content_hash_ignores_case_and_whitespace() -> None:
    assert content_hash("Two  killed\nin Kalara") == content_hash("two killed in KALARA ")
    assert content_hash("Two killed in Kalara") != content_hash("Three killed in Kalara")
    assert len(content_hash("x")) == 64


def test_near_duplicate_found_and_different_story_not() -> None:
    index = NearDuplicateIndex(threshold=0.8)
    assert index.add("wire", WIRE) is None
    assert index.add("other", OTHER) is None
    assert index.add("copy", COPY) == "wire"
    assert len(index) == 3


def test_threshold_comes_from_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_NEAR_DUPLICATE_THRESHOLD", "0.99")
    index = NearDuplicateIndex()
    assert index.threshold == 0.99
    index.add("wire", WIRE)
    assert index.add("copy", COPY) is None


def test_signature_round_trip_rewarms_an_index() -> None:
    first = NearDuplicateIndex(threshold=0.8)
    signature = first.signature(WIRE)
    assert isinstance(signature, bytes) and len(signature) < 8000
    second = NearDuplicateIndex(threshold=0.8)
    second.load("wire", signature)
    assert second.add("copy", COPY) == "wire"


def test_earliest_near_duplicate_is_returned() -> None:
    index = NearDuplicateIndex(threshold=0.8)
    index.add("a", WIRE)
    index.add("b", WIRE + " Extra line.")
    assert index.add("c", WIRE) == "a"


def test_damaged_signature_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="signature of 'x' is damaged"):
        NearDuplicateIndex().load("x", b"\x01\x02")


def test_empty_text_matches_nothing() -> None:
    index = NearDuplicateIndex(threshold=0.8)
    assert index.add("empty", "") is None
    assert index.add("empty2", "   ") is None


def _bottom_k_containment(a: set[int], b: set[int], k: int) -> float:
    """The definition the fast `containment` must match: over the k smallest hashes of the union."""
    kept = sorted(a | b)[:k]
    in_a, in_b = [h for h in kept if h in a], [h for h in kept if h in b]
    return len(set(in_a) & set(in_b)) / max(1, min(len(in_a), len(in_b)))


@pytest.mark.parametrize(("n_a", "n_b", "shared"), [(5, 8, 3), (40, 40, 0), (40, 40, 40), (30, 12, 12), (9, 1, 1)])
def test_containment_is_the_bottom_k_definition(monkeypatch: pytest.MonkeyPatch, n_a: int, n_b: int,
                                                shared: int) -> None:
    """Unions cut at k (sketch size 16 here) and uncut, identical, nested and disjoint sketches."""
    import numpy as np

    from sitrep.ingest import dedupe

    monkeypatch.setattr(dedupe, "SKETCH_SIZE", 16)
    rng = np.random.default_rng(n_a * 100 + n_b + shared)
    pool = rng.choice(2**32, size=n_a + n_b, replace=False)
    a = set(pool[:n_a].tolist())
    b = set(pool[:shared].tolist()) | set(pool[n_a : n_a + n_b - shared].tolist())
    sketch_a, sketch_b = (np.array(sorted(s)[:16], dtype="<u4") for s in (a, b))
    expected = _bottom_k_containment(set(sketch_a.tolist()), set(sketch_b.tolist()), 16)
    assert dedupe.containment(sketch_a, sketch_b) == pytest.approx(expected)
    assert dedupe.containment(sketch_b, sketch_a) == pytest.approx(expected)
