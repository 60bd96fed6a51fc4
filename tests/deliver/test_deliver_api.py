"""The JSON API over a real HTTP server: uvicorn in a thread on 127.0.0.1, requests with httpx."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from deliver_samples import make_articles, make_events, serve

from sitrep.deliver.source import EventSet
from sitrep.store import EventFilter, Store

ERROR_KEYS = {"ok", "status", "title", "error"}


class BrokenStore(EventSet):
    """A store whose event listing fails, to check that bugs still answer in the JSON error shape."""

    def events(self, *args: Any, **kwargs: Any) -> list[Any]:
        raise RuntimeError("disk on fire")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    yield from serve(EventSet(make_events(), make_articles()))


@pytest.fixture(scope="module")
def broken_url() -> Iterator[str]:
    yield from serve(BrokenStore([]))


def test_health(base_url: str) -> None:
    assert httpx.get(f"{base_url}/health").json() == {"ok": True}


def test_events_filters_and_pagination(base_url: str) -> None:
    body = httpx.get(f"{base_url}/events", params={"country": "mali", "limit": 2, "offset": 1}).json()
    assert (body["total"], body["limit"], body["offset"]) == (3, 2, 1)
    assert [e["event_id"] for e in body["events"]] == ["MLI-0001", "MLI-0002"]  # newest first: 0003, 0001, 0002
    typed = httpx.get(f"{base_url}/events", params={"type": "Battles", "since": "2024-03-01"}).json()
    assert [e["event_id"] for e in typed["events"]] == ["MLI-0001"]
    compact = httpx.get(f"{base_url}/events", params={"type": "Battles", "compact": "true"}).json()["events"][0]
    assert "claims" not in compact and compact["number_of_sources"] == 2
    by_actor = httpx.get(f"{base_url}/events", params={"actor": "jnim"}).json()
    assert [e["event_id"] for e in by_actor["events"]] == ["MLI-0001"]


def test_event_detail_has_sources_claims_and_quotes(base_url: str) -> None:
    body = httpx.get(f"{base_url}/events/MLI-0001").json()
    event = body["event"]
    assert event["number_of_sources"] == 2
    assert [s["outlet"] for s in event["sources"]] == ["Sahel Wire", "Radio Gao"]
    quotes = {c["value"]: c["quote"] for c in event["claims"] if c["field"] == "fatalities"}
    assert quotes[20] == "Local officials said twenty people were killed in the fighting near Ansongo."
    assert "explanation" in body


def test_geojson_and_articles(base_url: str) -> None:
    response = httpx.get(f"{base_url}/events.geojson", params={"country": "Mali"})
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    assert [f["id"] for f in collection["features"]] == ["MLI-0001", "MLI-0002"]
    assert collection["skipped_without_coordinates"] == 1
    listing = httpx.get(f"{base_url}/articles").json()
    assert listing["total"] == 3 and "text" not in listing["articles"][0]
    article = httpx.get(f"{base_url}/articles/a1").json()["article"]
    assert article["text"].startswith("Soldiers clashed with militants near Ansongo")


def test_world_outlines_are_compressed_for_the_browser(base_url: str) -> None:
    response = httpx.get(f"{base_url}/world.geojson", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < len(response.content) / 2  # sent compressed, read whole
    assert response.json()["type"] == "FeatureCollection"


def test_export_downloads(base_url: str) -> None:
    response = httpx.get(f"{base_url}/export/acled-csv", params={"type": "Battles"})
    assert response.headers["content-disposition"] == 'attachment; filename="sitrep-events.acled.csv"'
    frame = pd.read_csv(io.StringIO(response.text))
    assert (len(frame.columns), list(frame["event_id_cnty"])) == (31, ["MLI-0001"])
    parquet = httpx.get(f"{base_url}/export/parquet", params={"country": "Burkina Faso"})
    assert pq.read_table(pa.BufferReader(parquet.content)).column("event_id").to_pylist() == ["BFA-0001"]


def test_openapi_document_is_valid(base_url: str) -> None:
    spec = httpx.get(f"{base_url}/openapi.json").json()
    assert {
        "/events",
        "/events/{event_id}",
        "/events.geojson",
        "/articles",
        "/articles/{article_id}",
        "/health",
    } <= set(spec["paths"])
    answer = spec["paths"]["/events/{event_id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/EventAnswer"}  # the event's fields are documented
    assert {"deaths", "fatalities_best", "claims"} <= set(spec["components"]["schemas"]["Event"]["properties"])
    validator = pytest.importorskip("openapi_spec_validator", reason="openapi-spec-validator not installed")
    validator.validate(spec)


def test_api_reference_works_offline(base_url: str) -> None:
    """/docs is written from the OpenAPI document with no CDN (FastAPI's Swagger page is blank offline)."""
    page = httpx.get(f"{base_url}/docs").text
    assert not re.search(r"""(src|href)=["']?https?:|<script""", page)
    spec = httpx.get(f"{base_url}/openapi.json").json()
    for path in spec["paths"]:
        assert f"</span>{html.escape(path)}</h2>" in page
    assert "<td><code>since</code></td><td>query</td><td>date</td><td></td>" in page
    assert "<td>integer 1–5000</td><td>default 100</td><td>Events per page</td>" in page
    assert "one of: acled-csv, ucdp-csv, geojson, jsonl, parquet" in page
    # what the answers carry: /events links to its page's schema, and the event's fields are listed
    assert "<p>Answer: <a href='#schema-EventPage'><code>EventPage</code></a></p>" in page
    assert "<tr><td><code>events</code></td><td>list of Event</td><td>required</td></tr>" in page
    assert "<tr><td><code>deaths</code></td><td>Deaths</td><td></td></tr>" in page
    assert httpx.get(f"{base_url}/redoc").status_code == 404


def test_brief_for_a_country(base_url: str) -> None:
    page = httpx.get(f"{base_url}/brief", params={"region": "Mali", "since": "2024-03-01", "until": "2024-03-31"})
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>Situation brief: Mali, 01 Mar 2024 to 31 Mar 2024</h1>" in page.text
    text = httpx.get(f"{base_url}/brief", params={"region": "Mali", "format": "md"})
    assert text.headers["content-type"].startswith("text/markdown")
    assert text.text.startswith("# Situation brief: Mali, 10 Feb 2024 to 12 Mar 2024\n")  # the dated events' span


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/events/NOPE-1", 404, "no event with id 'NOPE-1'"),
        ("/articles/zz", 404, "no article with id 'zz'"),
        ("/no/such/page", 404, "Not Found"),
        ("/events?since=yesterday", 422, "since: Input should be a valid date"),
        ("/events?limit=0", 422, "limit: Input should be greater than or equal to 1"),
        ("/brief?region=Atlantis", 400, "'Atlantis' is neither a country nor an ACLED region sitrep knows"),
        ("/brief", 422, "region: Field required"),
        ("/export/xlsx", 422, "fmt: Input should be 'acled-csv', 'ucdp-csv', 'geojson', 'jsonl' or 'parquet'"),
    ],
)
def test_error_shape(base_url: str, path: str, status: int, message: str) -> None:
    response = httpx.get(f"{base_url}{path}")
    body = response.json()
    assert response.status_code == status
    assert set(body) == ERROR_KEYS
    assert (body["ok"], body["status"]) == (False, status)
    assert body["error"].startswith(message)


def test_server_errors_use_the_same_shape(broken_url: str) -> None:
    response = httpx.get(f"{broken_url}/events")
    assert response.status_code == 500
    assert response.json() == {
        "ok": False,
        "status": 500,
        "title": "Internal Server Error",
        "error": "internal error (RuntimeError); see the server log",
    }


def test_pages_of_a_real_store_match_the_whole_listing(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The Store pages in SQL (a page of a large store reads only its own events): same order, same total.
    store = Store(tmp_path_factory.mktemp("paged") / "sitrep.db")
    for article in make_articles():
        store.add_article(article)
    store.save_resolution(make_events(), [], [])
    everything = [e.event_id for e in store.events()]
    assert everything == [e.event_id for e in EventSet(make_events()).events()]
    assert [e.event_id for e in store.events(limit=2, offset=1)] == everything[1:3]
    assert [e.event_id for e in store.events(offset=3)] == everything[3:]
    assert store.count_events(EventFilter(country="ML")) == 3
    assert store.count_events(EventFilter(event_type="riots")) == 0
    for url in serve(store):
        body = httpx.get(f"{url}/events", params={"country": "mali", "limit": 2, "offset": 1}).json()
        assert (body["total"], [e["event_id"] for e in body["events"]]) == (3, ["MLI-0001", "MLI-0002"])
