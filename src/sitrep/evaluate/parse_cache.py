"""spaCy parses of gold texts kept between evaluation runs, so re-scoring after a rule change skips the parse.

About half the time of `sitrep eval acled` is spaCy parsing notes that never change; rules change between runs.
Parses are stored per text (SHA-256) and per pipeline (language, model name and version, spaCy version, pipe
names): a changed model never reuses old parses. The file lives in the user's cache folder, never in the data
folder (that may be a shared, read-only gazetteer folder), and can be deleted at any time.

Only what spaCy's own serialisation keeps is restored (tokens, tags, lemmas, morphology, parse, sentences,
entities); the tok2vec tensor and user data are not, and extraction uses neither.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Iterable
from pathlib import Path

import platformdirs
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp import parse

_EXCLUDE = ["tensor", "user_data"]


def default_path() -> Path:
    return Path(platformdirs.user_cache_dir("sitrep")) / "eval-parses.sqlite3"


def pipeline_key(nlp: Language) -> str:
    meta = nlp.meta
    return (f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}/spacy-{spacy.__version__}/"
            f"{','.join(nlp.pipe_names)}")


class ParseCache:
    """`parse(texts)`: each text's Doc, from the cache or parsed with `nlp.pipe` (and then stored)."""

    def __init__(self, nlp: Language, path: Path | None = None) -> None:
        self.nlp = nlp
        self.model = pipeline_key(nlp)
        self.path = path or default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30)  # several engineers' runs may share the file
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS parses (model TEXT, key TEXT, data BLOB, "
                        "PRIMARY KEY (model, key))")
        self.hits = 0
        self.misses = 0

    def parse(self, texts: Iterable[str], batch: int = 256) -> list[Doc]:
        """Each text's Doc, always rebuilt from the stored bytes: a first run reads what later runs read, and a
        text given twice gets two Docs."""
        texts = list(texts)
        keys = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        stored = self._load(set(keys))
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in stored}.items())
        for start in range(0, len(missing), batch):
            chunk = missing[start:start + batch]
            data = {key: zlib.compress(doc.to_bytes(exclude=_EXCLUDE))
                    for (key, _), doc in zip(chunk, parse(self.nlp, (text for _, text in chunk)), strict=True)}
            with self.db:
                self.db.executemany("INSERT OR IGNORE INTO parses VALUES (?, ?, ?)",
                                    [(self.model, key, blob) for key, blob in data.items()])
            stored.update(data)
        self.misses += len(missing)
        self.hits += len(set(keys)) - len(missing)
        return [Doc(self.nlp.vocab).from_bytes(zlib.decompress(stored[k]), exclude=_EXCLUDE) for k in keys]

    def _load(self, keys: set[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        wanted = sorted(keys)
        for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(f"SELECT key, data FROM parses WHERE model = ? AND key IN ({marks})",
                                         [self.model, *chunk]))
        return found

    def close(self) -> None:
        self.db.close()
