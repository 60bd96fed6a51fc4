"""The store: SQLite by default (one file, WAL), any SQLAlchemy URL (PostgreSQL) works."""

from sitrep.store.explain import ArticleRow, Bbox, DayCount, EventExplanation, HistoryEntry, ResolvedMention
from sitrep.store.filters import EVERY_EVENT, EventFilter
from sitrep.store.store import AddStatus, Store, StoreError

__all__ = [
    "AddStatus", "ArticleRow", "Bbox", "DayCount", "EVERY_EVENT", "EventExplanation", "EventFilter", "HistoryEntry",
    "ResolvedMention", "Store", "StoreError",
]
