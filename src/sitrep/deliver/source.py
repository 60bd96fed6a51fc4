"""Where delivery reads events from: the sitrep Store, or an in-memory set of events (e.g. a JSONL export).

Every delivery function takes a `StoreLike`: anything with the Store's read methods. `EventSet` implements
them over lists, so an exported JSONL file can be served, framed or briefed without a database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from pydantic import ValidationError

from sitrep.models import Article, Event
from sitrep.store.explain import DayCount
from sitrep.store.filters import EVERY_EVENT, EventFilter
from sitrep.store.queries import event_summary


class SourceError(ValueError):
    """A database or events file that cannot be read; the message names it and the problem."""


@runtime_checkable
class StoreLike(Protocol):
    def events(self, where: EventFilter = EVERY_EVENT, limit: int | None = None, offset: int = 0) -> list[Event]: ...

    def event_summaries(
        self, where: EventFilter = EVERY_EVENT, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]: ...  # `events` without claims and sources

    def count_events(self, where: EventFilter = EVERY_EVENT) -> int: ...

    def event_days(self, where: EventFilter = EVERY_EVENT) -> list[DayCount]: ...

    def event_facets(self) -> dict[str, list[str]]: ...

    def get_event(self, event_id: str) -> Event | None: ...

    def articles(self) -> Iterable[Any]: ...  # Article, or a row with `.article` (the Store's ArticleRow)

    def get_article(self, article_id: str) -> Article | None: ...  # the Store raises KeyError instead


class EventSet:
    """A read-only, in-memory StoreLike over events (and optionally their articles)."""

    def __init__(self, events: Iterable[Event], articles: Iterable[Article] = ()) -> None:
        self._events = {e.event_id: e for e in events}
        self._articles = {a.id: a for a in articles}

    @classmethod
    def from_jsonl(cls, path: Path) -> EventSet:
        """Events from a `sitrep export --format jsonl` file."""
        events: list[Event] = []
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise SourceError(f"{path}: cannot read events file ({exc.strerror})") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record: dict[str, Any] = json.loads(line)
                record.pop("number_of_sources", None)
                events.append(Event.model_validate(record))
            except (json.JSONDecodeError, ValidationError) as exc:
                first = str(exc).splitlines()[0]
                raise SourceError(f"{path}:{number}: not a sitrep event JSON line ({first})") from exc
        return cls(events)

    def events(self, where: EventFilter = EVERY_EVENT, limit: int | None = None, offset: int = 0) -> list[Event]:
        found = [e for e in self._events.values() if where.matches(e)]
        # The Store's order: newest first, undated last, then by id.
        found.sort(key=lambda e: e.event_id)
        found.sort(key=lambda e: e.event_date or dt.date.min, reverse=True)
        return found[offset : None if limit is None else offset + limit]

    def event_summaries(
        self, where: EventFilter = EVERY_EVENT, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        return [event_summary(e) for e in self.events(where, limit, offset)]

    def count_events(self, where: EventFilter = EVERY_EVENT) -> int:
        return sum(where.matches(e) for e in self._events.values())

    def event_days(self, where: EventFilter = EVERY_EVENT) -> list[DayCount]:
        days: dict[dt.date | None, list[int]] = {}
        for e in self._events.values():
            if where.matches(e):
                day = days.setdefault(e.event_date, [0, 0])
                day[0] += 1
                day[1] += e.fatalities or 0
        order = sorted(days, key=lambda d: (d is None, d or dt.date.min))
        return [DayCount(d, *days[d]) for d in order]

    def event_facets(self) -> dict[str, list[str]]:
        events = self._events.values()
        return {
            "country": sorted({e.country for e in events if e.country}),
            "event_type": sorted({e.event_type for e in events}),
        }

    def get_event(self, event_id: str) -> Event | None:
        return self._events.get(event_id)

    def articles(self) -> list[Article]:
        return list(self._articles.values())

    def get_article(self, article_id: str) -> Article | None:
        return self._articles.get(article_id)


def open_source(db: str | Path | StoreLike | list[Event] | None = None) -> StoreLike:
    """A StoreLike from a Store/EventSet (as is), a list of events, a `.jsonl` events file, or a database path/URL.

    None means the `db` setting. The Store is imported here so delivery works before a database exists.
    """
    if isinstance(db, StoreLike):
        return db
    if isinstance(db, list):
        return EventSet(db)
    from sitrep import settings

    target = str(db) if db is not None else str(settings.get("db"))
    if target.endswith(".jsonl"):
        return EventSet.from_jsonl(Path(target))
    from sitrep.store import Store, StoreError

    try:
        return Store(target, create=False)
    except StoreError as exc:
        raise SourceError(str(exc)) from exc


def find_article(store: StoreLike, article_id: str) -> Article | None:
    try:
        return store.get_article(article_id)
    except KeyError:
        return None


def article_rows(store: StoreLike) -> list[dict[str, Any]]:
    """Every stored article as a JSON-ready summary (no text), with the Store's status when it has one."""
    rows = []
    for item in store.articles():
        article: Article = getattr(item, "article", item)
        row: dict[str, Any] = article.model_dump(mode="json", exclude={"text"})
        row["chars"] = len(article.text)
        for name in ("status", "n_events"):
            if hasattr(item, name):
                row[name] = getattr(item, name)
        rows.append(row)
    return rows


def explain(store: StoreLike, event_id: str) -> Any:
    """The store's explanation of an event as JSON-ready data (None when the store cannot explain it)."""
    explain_event = getattr(store, "explain_event", None)
    if explain_event is None:
        return None
    try:
        result = explain_event(event_id)
    except KeyError:
        return None
    if hasattr(result, "as_dict"):
        return result.as_dict()
    if hasattr(result, "model_dump"):
        return result.model_dump(mode="json")
    if isinstance(result, str | dict | list) or result is None:
        return result
    return str(result)
