"""DataFrames for notebooks, over an in-memory EventSet, a JSONL export and the real SQLite Store."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import httpx
import pandas as pd
import polars as pl
import pytest
from deliver_samples import make_articles, make_events, serve

from sitrep.deliver.export import ACLED_COLUMNS, export_events
from sitrep.deliver.frames import EXTRA_EVENT_COLUMNS, articles_frame, claims_frame, events_frame
from sitrep.deliver.source import EventSet, SourceError, open_source
from sitrep.models import Deaths, Event
from sitrep.store import EventFilter, Store


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Path:
    """A real SQLite store holding the sample articles and events."""
    path = tmp_path / "sitrep.db"
    store = Store(path)
    for article in make_articles():
        store.add_article(article)
    store.save_resolution(make_events(), [], [])
    return path


def test_events_frame_has_acled_columns_then_extras(event_set: EventSet) -> None:
    frame = events_frame(event_set)
    assert list(frame.columns) == list(ACLED_COLUMNS + EXTRA_EVENT_COLUMNS)
    assert len(frame) == 4
    for name in ("event_date", "first_reported", "last_reported"):
        assert pd.api.types.is_datetime64_any_dtype(frame[name]), name
    battle = frame.set_index("event_id_cnty").loc["MLI-0001"]
    assert (battle["number_of_sources"], battle["fatalities_high"], battle["interaction"]) == (2, 20, 12)


def test_events_frame_says_who_died_when_the_event_knows(events: list[Event]) -> None:
    """`Event.deaths` as four integer columns; missing (not 0) for an event stored before tolls were split."""
    events[0] = events[0].model_copy(update={"deaths": Deaths(actor1=4, actor2=8)})
    frame = events_frame(events).set_index("event_id_cnty")
    columns = ["deaths_actor1", "deaths_actor2", "deaths_civilians", "deaths_unknown"]
    assert list(frame.loc["MLI-0001", columns]) == [4, 8, 0, 0]
    assert frame.loc["MLI-0003", columns].isna().all()
    assert all(frame[c].dtype == "Int64" for c in columns)


def test_events_frame_filters_accept_iso_strings(event_set: EventSet) -> None:
    frame = events_frame(event_set, country="Mali", since="2024-03-01", until="2024-03-31")
    assert sorted(frame["event_id_cnty"]) == ["MLI-0001", "MLI-0003"]
    assert events_frame(event_set, event_type="Riots").empty


def test_polars_variant(event_set: EventSet) -> None:
    frame = events_frame(event_set, as_polars=True)
    assert isinstance(frame, pl.DataFrame)
    assert frame.filter(pl.col("country") == "Burkina Faso")["fatalities"].to_list() == [7]
    assert isinstance(claims_frame(event_set, as_polars=True), pl.DataFrame)


def test_polars_without_polars_says_what_to_install(event_set: EventSet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "polars", None)  # as on an install without the polars extra
    with pytest.raises(ModuleNotFoundError, match=r'as_polars needs polars: pip install "sitrep\[polars\]"'):
        events_frame(event_set, as_polars=True)


def test_claims_frame_keeps_every_source_and_quote(event_set: EventSet) -> None:
    claims = claims_frame(event_set, country="Mali")
    tolls = claims[(claims["event_id"] == "MLI-0001") & (claims["field"] == "fatalities")]
    assert tolls[["value", "outlet", "attributed_to"]].values.tolist() == [
        ["12", "Sahel Wire", "the army"],
        ["20", "Radio Gao", "Local officials"],
    ]
    assert tolls["quote"].iloc[0] == "Twelve people died, the army said."


def test_frames_from_a_jsonl_export(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    export_events(make_events(), "jsonl", path)
    assert len(events_frame(str(path))) == 4


def test_frames_over_the_real_sqlite_store(sqlite_store: Path) -> None:
    frame = events_frame(sqlite_store, country="mali")
    assert list(frame["event_id_cnty"]) == ["MLI-0003", "MLI-0001", "MLI-0002"]  # the Store's order: newest first
    articles = articles_frame(sqlite_store)
    assert sorted(articles["id"]) == ["a1", "a2", "a3"]
    assert {"status", "n_events", "chars"} <= set(articles.columns)
    assert len(claims_frame(sqlite_store)) == 4


def test_api_over_the_real_store(sqlite_store: Path) -> None:
    for base in serve(open_source(sqlite_store)):
        body = httpx.get(f"{base}/events/MLI-0001").json()
        assert body["event"]["fatalities"] == 12
        assert set(body["explanation"]) == {"event_id", "sources", "claims", "history"}
        assert httpx.get(f"{base}/articles/a3").json()["article"]["outlet"] == "Ouaga Daily"
        assert httpx.get(f"{base}/articles/zz").json()["status"] == 404
        assert httpx.get(f"{base}/articles").json()["articles"][0]["status"] == "not extracted"


def test_missing_database_and_bad_jsonl_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"nope\.db: no such database"):
        open_source(tmp_path / "nope.db")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"event_id": "x"}\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.jsonl:1: not a sitrep event JSON line"):
        open_source(bad)


def test_eventset_orders_like_the_store() -> None:
    events = EventSet(make_events()).events()
    assert [e.event_id for e in events] == ["BFA-0001", "MLI-0003", "MLI-0001", "MLI-0002"]
    assert EventSet(make_events()).events(EventFilter(since=dt.date(2024, 3, 15)))[0].event_id == "BFA-0001"


def test_the_place_the_sources_named_is_kept_beside_where_the_event_is_coded(events: list) -> None:
    events[1] = events[1].model_copy(update={"location_reported": "Sona"})  # a village the gazetteer lacks
    frame = events_frame(EventSet(events)).set_index("event_id_cnty")
    assert frame.loc["BFA-0001", ["location", "location_reported"]].tolist() == ["Djibo", "Sona"]
    assert pd.isna(frame.loc["MLI-0001", "location_reported"])
    assert pd.api.types.is_datetime64_any_dtype(claims_frame(EventSet(events))["published"])
