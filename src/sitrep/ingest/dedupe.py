"""Duplicate detection: exact (a hash of the normalised text) and near (the same wire story in two outlets).

Near-duplicates are judged by containment, not Jaccard: a syndicated copy is usually the agency story cut or
lightly edited, so most of the shorter text's word pairs appear in the longer one while the two sets differ in
size (seeds 000/001: Jaccard 0.40, containment 0.85). A MinHash LSH index with a low Jaccard threshold proposes
candidates; each is checked with a bottom-k sketch of the word-pair hashes, which gives containment exactly for
reports up to `SKETCH_SIZE` word pairs and a tight estimate beyond (MinHash-estimated Jaccard is too noisy here).
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from sitrep import settings

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE_WORDS = 2
SKETCH_SIZE = 1024
_CANDIDATE_JACCARD = 0.1  # low on purpose: a short copy of a long story has a low Jaccard, high containment
_SEED = 1
_SCHEME = "affine32"  # stored signatures are only comparable under the scheme that made them
_WORD = re.compile(r"\w+")
_HEADER = struct.Struct("<II")  # shingle count, sketch length; then NUM_PERM MinHash values, then the sketch


@dataclass(frozen=True, slots=True)
class _Entry:
    minhash: MinHash
    sketch: np.ndarray  # sorted uint32: the SKETCH_SIZE smallest shingle hashes
    order: int


@cache
def _permutations() -> object:
    """The MinHash permutations of (NUM_PERM, _SEED, _SCHEME), made once: datasketch draws them anew for every
    MinHash, which cost more than the rest of near-duplicate checking together."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def _minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=hashvalues, permutations=_permutations())


def content_hash(text: str) -> str:
    """sha256 of the text with case and whitespace normalised: exact duplicates share it."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


def _hash32(shingle: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(shingle, digest_size=4).digest(), "little")


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller report's word pairs found in the other, from two bottom-k sketches (sorted, unique).

    Counted over the SKETCH_SIZE smallest hashes of the union, as bottom-k sketches must be; computed with
    binary searches on the sorted sketches rather than by building the union (one article is checked against
    every LSH candidate, so this runs thousands of times per ingest).
    """
    if not len(a) or not len(b):
        return 0.0
    found = np.searchsorted(b, a)
    common = a[b[np.minimum(found, len(b) - 1)] == a]
    if len(a) + len(b) - len(common) > SKETCH_SIZE:  # the union is cut: only hashes up to its k-th smallest count
        b_only = np.setdiff1d(b[:SKETCH_SIZE], common[:SKETCH_SIZE], assume_unique=True)  # a sort: only when cut
        cutoff = np.partition(np.concatenate((a[:SKETCH_SIZE], b_only)), SKETCH_SIZE - 1)[SKETCH_SIZE - 1]
        n_a, n_b = (int(np.searchsorted(x, cutoff, side="right")) for x in (a, b))
        both = int(np.searchsorted(common, cutoff, side="right"))
    else:
        n_a, n_b, both = len(a), len(b), len(common)
    return both / max(1, min(n_a, n_b))


def containment_of(signature_a: bytes, signature_b: bytes) -> float:
    """`containment` of two articles from their stored signatures (`NearDuplicateIndex.signature`)."""
    return containment(NearDuplicateIndex._decode("a", signature_a)[1], NearDuplicateIndex._decode("b", signature_b)[1])


class NearDuplicateIndex:
    """Finds, for each article added, an earlier article that is the same story (containment >= threshold)."""

    def __init__(self, threshold: float | None = None) -> None:
        from datasketch import MinHashLSH  # imported here: it pulls in scipy, seconds that plain reading need not pay

        self.threshold = float(settings.get("near_duplicate_threshold") if threshold is None else threshold)
        self._lsh = MinHashLSH(threshold=_CANDIDATE_JACCARD, num_perm=NUM_PERM)
        self._entries: dict[str, _Entry] = {}

    def __len__(self) -> int:
        return len(self._entries)

    @staticmethod
    def signature(text: str) -> bytes:
        """The bytes a store keeps to re-warm the index later with `load` (at most about 5 KB)."""
        shingles = _shingles(text)
        minhash = _minhash()
        minhash.update_batch(list(shingles))
        sketch = np.unique(np.fromiter((_hash32(s) for s in shingles), dtype="<u4", count=len(shingles)))
        sketch = sketch[:SKETCH_SIZE]
        return (
            _HEADER.pack(len(shingles), len(sketch))
            + minhash.hashvalues.astype("<u8").tobytes()
            + sketch.astype("<u4").tobytes()
        )

    @staticmethod
    def _decode(article_id: str, signature: bytes) -> tuple[MinHash, np.ndarray]:
        try:
            _, sketch_len = _HEADER.unpack_from(signature)
            values = np.frombuffer(signature, dtype="<u8", count=NUM_PERM, offset=_HEADER.size)
            sketch = np.frombuffer(signature, dtype="<u4", count=sketch_len, offset=_HEADER.size + 8 * NUM_PERM)
        except (struct.error, ValueError) as err:
            raise ValueError(f"near-duplicate signature of {article_id!r} is damaged: {err}") from err
        return _minhash(values), sketch

    def load(self, article_id: str, signature: bytes) -> None:
        """Add an article from a stored signature, without its text and without checking for duplicates."""
        if article_id in self._entries:
            return
        minhash, sketch = self._decode(article_id, signature)
        self._entries[article_id] = _Entry(minhash, sketch, len(self._entries))
        if len(sketch):
            self._lsh.insert(article_id, minhash)

    def add(self, article_id: str, text: str) -> str | None:
        """Index an article; returns the id of the earliest indexed article it near-duplicates, else None."""
        signature = self.signature(text)
        match = self.query(signature)
        self.load(article_id, signature)
        return match

    def query(self, signature: bytes) -> str | None:
        """The earliest indexed article whose containment with this signature reaches the threshold."""
        minhash, sketch = self._decode("query", signature)
        if not len(sketch):
            return None
        # Oldest first, stopping at the first match: formulaic reports make hundreds of candidates.
        for candidate in sorted(self._lsh.query(minhash), key=lambda c: self._entries[c].order):
            if containment(sketch, self._entries[candidate].sketch) >= self.threshold:
                return str(candidate)
        return None
