"""The store's event listings (`Store.events`, `event_summaries`, `count_events`, `event_days`, `event_facets`)
and the filters they share."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Engine, Select, Text, cast, func, literal, or_, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection

from sitrep.models import Event
from sitrep.store import schema as t
from sitrep.store.explain import DayCount
from sitrep.store.filters import EVERY_EVENT, EventFilter, country_names

SUMMARY_LEAVES_OUT = ("claims", "sources")  # an event's bulk: ~90% of its stored JSON


class EventListings:
    """The Store's reads of many events at once, newest first, those an `EventFilter` keeps."""

    engine: Engine
    _reading: Callable[[], AbstractContextManager[Connection]]

    def events(self, where: EventFilter = EVERY_EVENT, limit: int | None = None, offset: int = 0) -> list[Event]:
        """Stored events `where` keeps, newest first (undated last). `limit` and `offset` give one page (with
        `count_events` for the total), so a page of a large store reads only its own events."""
        query = event_page(t.events.c.json, event_conditions(where), limit, offset)
        with self._reading() as conn:
            return [Event.model_validate_json(text) for text, _ in conn.execute(query)]

    def event_summaries(
        self, where: EventFilter = EVERY_EVENT, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """The page `events` gives, each event as `Event.as_dict()` without claims and sources (what a list or map
        shows), read without building the events."""
        query = event_page(summary_json(self.engine.dialect.name), event_conditions(where), limit, offset)
        blank = summary_template()  # fields an older sitrep did not store yet, in the model's order
        with self._reading() as conn:
            return [{**blank, **json.loads(text), "number_of_sources": n} for text, n in conn.execute(query)]

    def count_events(self, where: EventFilter = EVERY_EVENT) -> int:
        """How many stored events `events` gives under `where`."""
        query = select(func.count()).select_from(t.events).where(*event_conditions(where))
        with self._reading() as conn:
            return int(conn.execute(query).scalar() or 0)

    def event_days(self, where: EventFilter = EVERY_EVENT) -> list[DayCount]:
        """Per event date (None for undated events), how many events `events` gives and their fatalities, in
        date order: a timeline or total of any number of events without reading them."""
        query = (
            select(t.events.c.event_date, func.count(), func.coalesce(func.sum(t.events.c.fatalities), 0))
            .where(*event_conditions(where))
            .group_by(t.events.c.event_date)
            .order_by(t.events.c.event_date.nulls_last())
        )
        with self._reading() as conn:
            return [DayCount(day, int(n), int(dead)) for day, n, dead in conn.execute(query)]

    def event_facets(self) -> dict[str, list[str]]:
        """The distinct countries and event types of the stored events, sorted (for filter menus)."""
        facets: dict[str, list[str]] = {}
        with self._reading() as conn:
            for name, column in (("country", t.events.c.country), ("event_type", t.events.c.event_type)):
                query = select(column).where(column.is_not(None)).distinct().order_by(column)
                facets[name] = list(conn.execute(query).scalars())
        return facets


def event_conditions(where: EventFilter) -> list[Any]:
    """`where` as SQL conditions (`EventFilter.matches` is the same test in Python)."""
    conditions: list[Any] = []
    if where.country:
        conditions.append(func.lower(t.events.c.country).in_(country_names(where.country)))
    if where.since:
        conditions.append(t.events.c.event_date >= where.since)
    if where.until:
        conditions.append(t.events.c.event_date <= where.until)
    if where.event_type:
        conditions.append(func.lower(t.events.c.event_type) == where.event_type.lower())
    if where.actor:
        pattern = f"%{where.actor.lower()}%"
        conditions.append(or_(func.lower(t.events.c.actor1).like(pattern), func.lower(t.events.c.actor2).like(pattern)))
    if where.bbox:
        west, south, east, north = where.bbox
        lon = t.events.c.longitude
        conditions.append(t.events.c.latitude.between(south, north))
        conditions.append(lon.between(west, east) if west <= east else or_(lon >= west, lon <= east))
    return conditions


def event_page(column: Any, conditions: list[Any], limit: int | None, offset: int) -> Select[Any]:
    """`column` and `number_of_sources` of the events meeting `conditions`, newest first (undated last, then by
    id), one page."""
    query = select(column, t.events.c.number_of_sources).where(*conditions)
    query = query.order_by(t.events.c.event_date.desc().nulls_last(), t.events.c.event_id).offset(offset or None)
    return query if limit is None else query.limit(limit)


def summary_json(dialect: str) -> Any:
    """The stored event JSON without `SUMMARY_LEAVES_OUT`, cut out by the database: a listing of thousands of
    events then parses neither in Python."""
    if dialect == "postgresql":
        trimmed: Any = cast(t.events.c.json, JSONB)
        for key in SUMMARY_LEAVES_OUT:
            trimmed = trimmed.op("-")(literal(key, Text))
        return cast(trimmed, Text)
    return func.json_remove(t.events.c.json, *(f"$.{key}" for key in SUMMARY_LEAVES_OUT))


def event_summary(event: Event) -> dict[str, Any]:
    """`Event.as_dict()` without `SUMMARY_LEAVES_OUT`: what `event_summaries` gives."""
    fields = event.model_dump(mode="json", exclude=set(SUMMARY_LEAVES_OUT))
    return {**fields, "number_of_sources": event.number_of_sources}


@functools.cache
def summary_template() -> dict[str, Any]:
    """Every summary field with its default, in the model's order: under stored JSON an older sitrep wrote, it
    fills the fields added since (as `Event.model_validate_json` does)."""
    return event_summary(Event(event_id="", event_type="", sub_event_type=""))
