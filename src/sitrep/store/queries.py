"""The WHERE conditions the store's event queries share (`Store.events`, `count_events`, `event_days`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_

from sitrep.store import schema as t
from sitrep.store.explain import Bbox


def event_conditions(
    country: str | None,
    since: dt.date | None,
    until: dt.date | None,
    event_type: str | None,
    actor: str | None,
    bbox: Bbox | None = None,
) -> list[Any]:
    """The WHERE conditions of `Store.events` filters."""
    conditions: list[Any] = []
    if country:
        conditions.append(func.lower(t.events.c.country).in_(country_names(country)))
    if since:
        conditions.append(t.events.c.event_date >= since)
    if until:
        conditions.append(t.events.c.event_date <= until)
    if event_type:
        conditions.append(func.lower(t.events.c.event_type) == event_type.lower())
    if actor:
        pattern = f"%{actor.lower()}%"
        conditions.append(or_(func.lower(t.events.c.actor1).like(pattern), func.lower(t.events.c.actor2).like(pattern)))
    if bbox:
        west, south, east, north = bbox
        lon = t.events.c.longitude
        conditions.append(t.events.c.latitude.between(south, north))
        conditions.append(lon.between(west, east) if west <= east else or_(lon >= west, lon <= east))
    return conditions


def country_names(name: str) -> list[str]:
    """Every name, lower-cased, under which events of the country called `name` may be stored."""
    from sitrep import countries

    info = countries.lookup(name)
    return sorted({n.lower() for n in (name, *(info.names if info else ()))})
