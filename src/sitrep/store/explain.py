"""Typed results the store returns beyond the stage models: article rows, history entries, explanations, day
counts. Light to import (no SQLAlchemy), so delivery can use them without a database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from rich.console import Group
from rich.table import Table

from sitrep.models import Article, Claim, Event, EventMention, Source

Bbox = tuple[float, float, float, float]  # west, south, east, north, in degrees


class DayCount(NamedTuple):
    """Events of one date (None: undated) and their summed fatalities."""

    day: dt.date | None
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """A stored article with what extraction and resolution made of it."""

    article: Article
    language: str | None
    skipped: str | None
    n_events: int
    extracted: bool
    copy_of: str | None = None  # another outlet's word-for-word copy of this stored article (`Store.add_copy`)

    @property
    def status(self) -> str:
        if self.copy_of:
            return f"{self.n_events} event(s); word-for-word copy of {self.copy_of}"
        if self.skipped:
            return f"skipped: {self.skipped}"
        if not self.extracted:
            return "not extracted"
        if self.article.near_duplicate_of:
            return f"{self.n_events} event(s); near-duplicate of {self.article.near_duplicate_of}"
        return f"{self.n_events} event(s)"


@dataclass(frozen=True, slots=True)
class ResolvedMention:
    """A stored mention with what re-warming the resolver needs of its article (no query per article)."""

    event_id: str
    mention: EventMention
    published: dt.date | None
    published_precision: int | None
    article_text: str
    article_country: str | None = None  # the analyst's country hint (`Article.country`)
    article_language: str | None = None
    article_title: str | None = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change of an event: founded, joined by a mention, values updated, merged or split."""

    event_id: str
    at: dt.datetime
    action: str
    reason: str
    mention_id: str | None = None
    score: float | None = None
    threshold: float | None = None
    signals: dict[str, float] = field(default_factory=dict)
    changes: dict[str, list[object]] = field(default_factory=dict)

    @property
    def agreed(self) -> list[str]:
        """The similarity signals that agreed (scored 0.6 or more)."""
        return [name for name, value in self.signals.items() if value >= 0.6]


@dataclass(frozen=True, slots=True)
class EventExplanation:
    """Why an event is what it is: its sources, every field's claims with quotes, and each merge decision."""

    event: Event
    sources: list[Source]
    claims: dict[str, list[Claim]]
    history: list[HistoryEntry]

    def __rich__(self) -> Group:
        decisions = Table(title=f"How event {self.event.event_id} was built")
        for column in ("when", "action", "mention", "score", "threshold", "agreed", "reason", "changes"):
            decisions.add_column(column, overflow="fold")
        for entry in self.history:
            decisions.add_row(
                entry.at.isoformat(timespec="seconds"),
                entry.action,
                entry.mention_id or "",
                "" if entry.score is None else f"{entry.score:.3f}",
                "" if entry.threshold is None else f"{entry.threshold:.2f}",
                ", ".join(entry.agreed),
                entry.reason,
                "; ".join(f"{k}: {v[0]} -> {v[1]}" for k, v in entry.changes.items()),
            )
        return Group(decisions)

    def as_dict(self) -> dict[str, object]:
        return {
            "event_id": self.event.event_id,
            "sources": [s.model_dump(mode="json") for s in self.sources],
            "claims": {f: [c.model_dump(mode="json") for c in cs] for f, cs in self.claims.items()},
            "history": [
                {"at": h.at.isoformat(), "action": h.action, "reason": h.reason, "mention_id": h.mention_id,
                 "score": h.score, "threshold": h.threshold, "signals": h.signals, "agreed": h.agreed,
                 "changes": h.changes}
                for h in self.history
            ],
        }
