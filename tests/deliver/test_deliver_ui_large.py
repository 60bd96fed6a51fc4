"""The web UI over a real SQLite store holding more events than one page: the server filters by period and map
box, the summary and timeline count every matching event, and any period or region can be reached.

Real headless Chromium (the browser tests skip without it), real uvicorn, real Store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest
from deliver_samples import serve_app
from ui_browser import Browser, add_harness

from sitrep.deliver.api import create_app
from sitrep.models import Event
from sitrep.store import Store

N_EVENTS = 2300  # more than the page of 2,000 the UI draws


def _event(i: int) -> Event:
    """Every third event lies in a western cluster (Mali, lon -10..-8), the others in an eastern one (Niger)."""
    west = i % 3 == 0
    day = dt.date(2019, 1, 1) + dt.timedelta(days=i)  # one a day from 2019 to mid-2025
    return Event(
        event_id=f"EV-{i:05d}",
        event_date=day,
        time_precision=1,
        event_type="Battles" if i % 2 else "Protests",
        sub_event_type="Armed clash" if i % 2 else "Peaceful protest",
        actor1="Militia A" if i % 2 else "Protesters",
        country="Mali" if west else "Niger",
        location=f"Place {i}",
        latitude=(12.0 if west else 16.0) + (i % 7) * 0.3,
        longitude=(-10.0 if west else 2.0) + (i % 5) * 0.4,
        geo_precision=1,
        fatalities=i % 4,
    )


EVENTS = [_event(i) for i in range(N_EVENTS)]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = Store(tmp_path_factory.mktemp("large") / "large.db")
    store.save_resolution(EVENTS, [], [])
    app = create_app(store)
    add_harness(app, STEPS)
    yield from serve_app(app)


def _summary(events: list[Event]) -> str:
    return f"{len(events)} events · {sum(e.fatalities or 0 for e in events)} reported fatalities"


def test_the_overview_counts_every_matching_event(base_url: str) -> None:
    body = httpx.get(f"{base_url}/events/overview", params={"bbox": "-11,11,-7,15", "since": "2020-01-01"}).json()
    west = [e for e in EVENTS if e.longitude < 0 and e.event_date >= dt.date(2020, 1, 1)]
    assert body["total"] == len(west) and body["fatalities"] == sum(e.fatalities for e in west)
    assert sum(d["events"] for d in body["days"]) == len(west)
    assert httpx.get(f"{base_url}/events/facets").json()["country"] == ["Mali", "Niger"]
    bad = httpx.get(f"{base_url}/events", params={"bbox": "west,1,2,3"})
    assert bad.status_code == 422 and "bbox" in bad.json()["error"]


def test_an_old_period_is_served_although_newer_events_fill_the_page(base_url: str, browser: Browser) -> None:
    dom = browser.dom(f"{base_url}/?since=2019-02-01&until=2019-02-28", budget=15000)
    february = [e for e in EVENTS if e.event_date.year == 2019 and e.event_date.month == 2]
    assert _summary(february) in dom
    assert dom.count("<tr data-id=") == len(february) == 28
    assert '<p id="more" hidden="">' in dom  # everything matching is drawn


def test_a_map_box_from_the_address_keeps_only_its_events(base_url: str, browser: Browser) -> None:
    dom = browser.dom(f"{base_url}/?bbox=1,15,5,19", budget=15000)
    east = [e for e in EVENTS if e.longitude > 0]
    assert _summary(east) in dom
    assert dom.count("<tr data-id=") == len(east) and '<p id="more" hidden="">' in dom
    assert '<button type="button" id="zoom-out">Whole map</button>' in dom


# The harness steps (ui_browser.py) drive the UI as a user would: drag a box on the map, zoom out, ask for the next
# events, click a timeline bar.
STEPS = """
    const rows = () => doc.querySelectorAll("tbody tr").length;
    await until(() => rows());
    seen.first = [text("#summary"), rows(), text("#more span"), doc.getElementById("more").hidden];
    // Drag from the point (-11.5, 15.5) to (-7, 11): the western cluster only.
    const svg = doc.getElementById("map"), r = svg.getBoundingClientRect(), proj = win.eval("state.proj");
    const at = (lon, lat) => ({ clientX: r.left + (lon - proj.box.x0) / (proj.box.x1 - proj.box.x0) * r.width,
      clientY: r.top + (proj.box.y1 - lat) / (proj.box.y1 - proj.box.y0) * r.height, button: 0, bubbles: true });
    svg.dispatchEvent(new MouseEvent("mousedown", at(-11.5, 15.5)));
    svg.dispatchEvent(new MouseEvent("mousemove", at(-7, 11)));
    svg.dispatchEvent(new MouseEvent("mouseup", at(-7, 11)));
    await until(() => !doc.getElementById("zoom-out").hidden && rows() < 2000 && text("#summary") !== "Loading…");
    seen.boxed = [text("#summary"), rows(), win.location.search];
    doc.getElementById("zoom-out").click();
    await until(() => doc.getElementById("zoom-out").hidden && rows() === 2000);
    doc.querySelector("#more button").click();
    await until(() => rows() > 2000);
    seen.more = [rows(), doc.getElementById("more").hidden];
    const bars = doc.querySelectorAll("#timeline rect.bar");
    seen.timeline = text("#timeline-title");
    bars[0].dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await until(() => doc.getElementById("f-since").value && rows() < 2000);
    seen.bar = [doc.getElementById("f-since").value, doc.getElementById("f-until").value, text("#summary"), rows()];
    // The map draws clusters, not thousands of overlapping dots; clicking the biggest zooms to its events.
    const clusters = [...doc.querySelectorAll("#map g.cluster")];
    seen.drawn = [clusters.length, clusters.reduce((n, g) => n + Number(g.dataset.count), 0),
      doc.querySelectorAll("#map circle.event").length, rows()];
    const biggest = clusters.sort((a, b) => b.dataset.count - a.dataset.count)[0];
    seen.biggest = Number(biggest.dataset.count);
    biggest.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await until(() => !doc.getElementById("zoom-out").hidden && text("#summary") !== "Loading…");
    seen.zoomed = [win.location.search.includes("bbox="), rows()];
"""


@pytest.fixture(scope="module")
def seen(base_url: str, browser: Browser) -> dict:
    return browser.harness(base_url, budget=40000)


def test_the_summary_counts_all_events_and_says_how_many_are_drawn(seen: dict) -> None:
    summary, rows, more, hidden = seen["first"]
    assert summary == _summary(EVENTS) + " · newest 2000 drawn (see below the list)"
    assert rows == 2000 and not hidden
    assert more.startswith(f"The map and list show the newest 2000 of {N_EVENTS}")


def test_dragging_a_box_on_the_map_asks_the_server_for_the_events_inside(seen: dict) -> None:
    west = [e for e in EVENTS if e.longitude < 0]
    summary, rows, search = seen["boxed"]
    assert summary == _summary(west) and rows == len(west)
    assert "bbox=-11.5" in search


def test_the_map_clusters_nearby_events_and_a_cluster_click_zooms_to_them(seen: dict) -> None:
    clusters, clustered, dots, rows = seen["drawn"]
    assert clusters and clustered + dots == rows  # every listed event is on the map, once
    assert clusters + dots < rows / 10  # two regions of a few hundred events: a few dozen markers, not 2,000 dots
    zoomed, rows_inside = seen["zoomed"]
    assert zoomed and seen["biggest"] <= rows_inside < rows  # its events, and any others inside its box


def test_more_events_and_a_timeline_bar_narrow_to_any_period(seen: dict) -> None:
    assert seen["more"] == [N_EVENTS, True]
    assert seen["timeline"] == "Per year"
    since, until, summary, rows = seen["bar"]
    year_2019 = [e for e in EVENTS if e.event_date.year == 2019]
    assert (since, until) == ("2019-01-01", "2019-12-31")
    assert summary == _summary(year_2019) and rows == len(year_2019)
