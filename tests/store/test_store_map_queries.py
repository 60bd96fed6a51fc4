"""The queries behind the web map on any number of events: a map box, per-day counts, filter menus, the events
without their claims and sources. Real SQLite, and PostgreSQL when SITREP_TEST_POSTGRES_URL points at a scratch
database."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from sitrep.deliver.source import EventSet
from sitrep.models import Article, Claim, Event, Source
from sitrep.store import EVERY_EVENT, DayCount, EventFilter, Store
from sitrep.store import schema as t

PG_URL = os.environ.get("SITREP_TEST_POSTGRES_URL")
DAY = dt.date(2024, 5, 1)


def _event(event_id: str, lon: float | None, lat: float | None, day: dt.date | None, dead: int | None) -> Event:
    return Event(event_id=event_id, event_date=day, event_type="Battles", sub_event_type="Armed clash",
                 country="Fiji" if lon and lon > 170 else "Mali", latitude=lat, longitude=lon, fatalities=dead)


EVENTS = [
    _event("gao", 0.04, 16.27, DAY, 5),
    _event("gao-2", 0.05, 16.28, DAY, None),
    _event("bamako", -8.0, 12.65, DAY + dt.timedelta(days=2), 1),
    _event("suva", 178.44, -18.14, DAY, 2),  # east of the antimeridian box's west edge
    _event("unplaced", None, None, DAY, 3),
    _event("undated", 0.1, 16.3, None, 4),
]


REPORT = Article(id="r1", text="Five soldiers died at Gao on Wednesday.", published=DAY, outlet="Wire")
SOURCED = EVENTS[0].model_copy(update={
    "event_id": "gao-sourced",
    "sources": [Source(article_id="r1", outlet="Wire", published=DAY, quote=REPORT.text)],
    "claims": [Claim(field="fatalities", value=5, article_id="r1", quote="Five soldiers died", rule="toll")],
})
KINDS = ["sqlite", "postgresql", "eventset"]


def _open(kind: str, tmp_path: Path, events: list[Event], articles: tuple[Article, ...] = ()) -> Store | EventSet:
    if kind == "eventset":
        return EventSet(events, articles)
    if kind == "postgresql":
        if not PG_URL:
            pytest.skip("set SITREP_TEST_POSTGRES_URL=postgresql+psycopg://... to run")
        store = Store(PG_URL)
        t.metadata.drop_all(store.engine)
        t.metadata.create_all(store.engine)
    else:
        store = Store(tmp_path / "map.db")
    for article in articles:
        store.add_article(article)
    store.save_resolution(events, [], [])
    return store


@pytest.fixture(params=KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store | EventSet:
    return _open(request.param, tmp_path, EVENTS)


def _ids(events: list[Event]) -> list[str]:
    return sorted(e.event_id for e in events)


def test_a_map_box_keeps_the_events_placed_inside_it(store: Store | EventSet) -> None:
    assert _ids(store.events(EventFilter(bbox=(-1, 15, 1, 17)))) == ["gao", "gao-2", "undated"]
    assert store.count_events(EventFilter(bbox=(-1, 15, 1, 17), since=DAY)) == 2
    # A box across the antimeridian (west > east) holds Fiji, not Mali.
    assert _ids(store.events(EventFilter(bbox=(170, -30, -170, 0)))) == ["suva"]
    assert store.count_events(EventFilter(bbox=(-10, 10, 5, 20))) == 4  # an event without coordinates is in no box


def test_per_day_counts_cover_every_matching_event(store: Store | EventSet) -> None:
    assert store.event_days() == [
        DayCount(DAY, 4, 10), DayCount(DAY + dt.timedelta(days=2), 1, 1), DayCount(None, 1, 4)
    ]
    assert store.event_days(EventFilter(country="ML", bbox=(-1, 15, 1, 17), since=DAY)) == [DayCount(DAY, 2, 5)]


def test_facets_name_the_stored_countries_and_types(store: Store | EventSet) -> None:
    assert store.event_facets() == {"country": ["Fiji", "Mali"], "event_type": ["Battles"]}


def _without_claims_and_sources(events: list[Event]) -> list[dict[str, object]]:
    records = [e.as_dict() for e in events]
    for record in records:
        del record["claims"], record["sources"]
    return records


@pytest.mark.parametrize("kind", KINDS)
def test_summaries_are_the_events_without_claims_and_sources(kind: str, tmp_path: Path) -> None:
    store = _open(kind, tmp_path, [*EVENTS, SOURCED], (REPORT,))
    pages = ((EVERY_EVENT, None, 0), (EVERY_EVENT, 2, 1), (EventFilter(bbox=(-1, 15, 1, 17), since=DAY), None, 0),
             (EventFilter(country="Fiji"), None, 0))  # fmt: skip
    for page in pages:
        summaries, expected = store.event_summaries(*page), _without_claims_and_sources(store.events(*page))
        assert summaries == expected and [list(s) for s in summaries] == [list(e) for e in expected]
    sourced = next(s for s in store.event_summaries() if s["event_id"] == "gao-sourced")
    assert sourced["number_of_sources"] == 1 and "claims" not in sourced and "sources" not in sourced


def test_a_summary_of_an_event_an_older_sitrep_stored_has_every_field(tmp_path: Path) -> None:
    store = Store(tmp_path / "old.db")
    store.save_resolution(EVENTS[:1], [], [])
    with store.engine.begin() as conn:  # as stored before `location_reported` and `injured` existed
        conn.execute(text("UPDATE events SET json = json_remove(json, '$.location_reported', '$.injured')"))
    assert store.event_summaries() == _without_claims_and_sources(store.events())
