"""Which events a listing keeps: one filter for the Store (read as SQL in `queries`), the in-memory EventSet
and the JSON API. Light to import (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sitrep.models import Event
from sitrep.store.explain import Bbox


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Events in `country` (any name, code or demonym: "Mali", "ML", "Côte d'Ivoire" for events stored under
    "Ivory Coast"; a name the country table lacks is compared as it is), dated `since`..`until` inclusive
    (a date bound leaves undated events out), of `event_type` (any case), with `actor` in actor1 or actor2
    (part of the name, any case), placed inside `bbox` (west, south, east, north in degrees; west > east
    crosses the antimeridian). None keeps every event."""

    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | None = None
    actor: str | None = None
    bbox: Bbox | None = None

    def undated(self) -> EventFilter:
        """The same filter without its date bounds (to count what the bounds leave out)."""
        return dataclasses.replace(self, since=None, until=None)

    def matches(self, event: Event) -> bool:
        """Whether the Store would list `event` under this filter."""
        if self.country and (event.country or "").lower() not in country_names(self.country):
            return False
        if self.event_type and event.event_type.lower() != self.event_type.lower():
            return False
        if (self.since or self.until) and event.event_date is None:
            return False
        if self.since and event.event_date and event.event_date < self.since:
            return False
        if self.until and event.event_date and event.event_date > self.until:
            return False
        if self.actor:
            needle = self.actor.lower()
            if not any(needle in (name or "").lower() for name in (event.actor1, event.actor2)):
                return False
        if self.bbox:
            lat, lon = event.latitude, event.longitude
            return lat is not None and lon is not None and in_bbox(self.bbox, lat, lon)
        return True


EVERY_EVENT = EventFilter()


def in_bbox(bbox: Bbox, lat: float, lon: float) -> bool:
    west, south, east, north = bbox
    return south <= lat <= north and (west <= lon <= east if west <= east else lon >= west or lon <= east)


def country_names(name: str) -> list[str]:
    """Every name, lower-cased, under which events of the country called `name` may be stored."""
    from sitrep import countries

    info = countries.lookup(name)
    return sorted({n.lower() for n in (name, *(info.names if info else ()))})
