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
