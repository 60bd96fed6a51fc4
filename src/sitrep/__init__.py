"""sitrep: conflict events from news reports, offline.

The Python API for notebooks and scripts::

    import sitrep
    report = sitrep.ingest(["reports/"], db="sitrep.db")   # read, extract, resolve into the store
    df = sitrep.events_frame("sitrep.db", country="Mali")  # one row per event (pandas; as_polars=True)
    events = sitrep.extract_text("Gunmen killed five villagers in Ayorou on Sunday...", published="2024-05-06")

Names are imported on first use (PEP 562) so that `import sitrep.models` stays light.
"""

from __future__ import annotations

import datetime as dt
import sys
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitrep.models import Event
    from sitrep.pipeline import IngestReport

_LAZY = {
    "events_frame": "sitrep.deliver.frames",
    "claims_frame": "sitrep.deliver.frames",
    "articles_frame": "sitrep.deliver.frames",
    "export_events": "sitrep.deliver.export",
    "Store": "sitrep.store",
}

__all__ = ["extract_text", "ingest", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")


class _Package(ModuleType):
    """Keeps `sitrep.ingest` the API function: loading the stage package sitrep.ingest would otherwise rebind the
    name to the subpackage (the import system sets a parent's attribute for each submodule it loads), and the
    next `sitrep.ingest(...)` would call a module. `from sitrep.ingest import ...` goes through sys.modules."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "ingest" and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def ingest(paths: list[str | Path], db: str = "sitrep.db") -> IngestReport:
    """Ingest report files/folders into the store at `db` (path or SQLAlchemy URL); see `sitrep ingest`."""
    from sitrep.pipeline import ingest as run_ingest
    from sitrep.store import Store

    return run_ingest([Path(p) for p in paths], Store(db))


def extract_text(
    text: str,
    published: str | dt.date | None = None,
    language: str | None = None,
    article_id: str = "text",
    country: str | None = None,
) -> list[Event]:
    """The events one report gives, most salient first, without a store (like `sitrep extract`).
    `country` (ISO alpha-2) is the country the report is about when its text does not settle it. Raises
    `sitrep.scale.ExtractionFailed` when extraction crashes on the text (a batch run skips such a report instead)."""
    from sitrep.ingest.dedupe import content_hash
    from sitrep.ingest.language import detect_language
    from sitrep.models import Article
    from sitrep.pipeline import extract_articles
    from sitrep.resolve import build_event
    from sitrep.scale import ExtractionFailed, is_failure

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = Article(
        id=article_id,
        text=text,
        published=published,
        published_precision=1 if published else None,
        language=language or detect_language(text),
        country=country.upper() if country else None,
        content_hash=content_hash(text),
    )
    (extraction,) = extract_articles([article])
    if is_failure(extraction):
        raise ExtractionFailed(extraction.skipped)
    return [build_event([mention], {article.id: article}) for mention in extraction.events]
