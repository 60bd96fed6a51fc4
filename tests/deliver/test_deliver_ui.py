"""The web UI in a real headless Chromium: events render on the map and list, the evidence view shows quotes.

Skips when no browser is found (ui_browser.py says what it needs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from deliver_samples import make_articles, make_events, serve, serve_app
from ui_browser import Browser, add_harness

from sitrep.deliver.api import create_app
from sitrep.deliver.source import EventSet


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    yield from serve(EventSet(make_events(), make_articles()))


def test_events_render_and_the_evidence_view_quotes_sources(base_url: str, browser: Browser) -> None:
    dom = browser.dom(f"{base_url}/#event=MLI-0001")
    assert "4 events · 22 reported fatalities" in dom
    assert len(re.findall(r'<circle [^>]*class="event', dom)) == 3  # the fourth event has no coordinates
    assert dom.count("<tr data-id=") == 4
    assert 'class="land"' in dom  # country outlines drawn offline
    assert '<span id="brief-link" hidden="">' in dom  # a brief needs a country
    # The evidence view: both competing tolls with their quotes, and the dispute flagged.
    assert "Disputed toll: reports range 12–20" in dom
    assert '<blockquote class="quote">Twelve people died, the army said.</blockquote>' in dom
    assert "according to Local officials" in dom
    assert "Who died" not in dom  # the battle's toll names no side
    market = browser.dom(f"{base_url}/#event=BFA-0001")
    assert "<dt>Who died</dt><dd>Unidentified Armed Group (Burkina Faso) 2; Civilians (Burkina Faso) 5</dd>" in market
    # Report text is shown as text, never interpreted as HTML.
    assert "reported &lt;i&gt;(unconfirmed)&lt;/i&gt;." in dom
    assert "<i>(unconfirmed)</i>" not in dom


def test_filters_from_the_address(base_url: str, browser: Browser) -> None:
    dom = browser.dom(f"{base_url}/?country=Mali&since=2024-03-01")
    assert "2 events · 15 reported fatalities" in dom
    assert dom.count("<tr data-id=") == 2
    assert 'href="/export/acled-csv?country=Mali&amp;since=2024-03-01"' in dom
    assert '<a href="/docs">API</a>' in dom  # the API reference link is left alone
    assert '<span id="brief-link"> · <a href="/brief?region=Mali&amp;since=2024-03-01">Situation brief</a>' in dom


# Interaction steps (ui_browser.py's harness): click and filter as a user would, noting what the UI shows.
STEPS = """
    const filter = async (id, value) => {
      doc.getElementById(id).value = value;
      doc.getElementById("filters").dispatchEvent(new Event("change"));
      await sleep(50);
    };
    await until(() => doc.querySelectorAll("tbody tr").length);
    seen.places = [...doc.querySelectorAll("tbody tr td:nth-child(3)")].map((td) => td.textContent);
    seen.timeline = text("#timeline-title");
    doc.querySelector('circle[data-id="MLI-0001"]').dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await until(() => doc.querySelector("#evidence details.report"));
    seen.heading = text("#evidence h2");
    seen.date = [...doc.querySelectorAll("#evidence dd")].map((dd) => dd.textContent);
    seen.topCircle = [...doc.querySelectorAll("circle.event")].pop().dataset.id;
    seen.coded = [...doc.querySelectorAll(".claim.coded .value")].map((v) => v.textContent);
    seen.linked = [...doc.querySelectorAll("#evidence .sources a")].map((a) => a.getAttribute("href"));
    seen.fields = [...doc.querySelectorAll(".field-claims h4")].map((h) => h.childNodes[0].textContent);
    const report = doc.querySelector("#evidence details.report");
    report.open = true;
    await until(() => report.querySelector(".report-text mark"));
    seen.marked = [...report.querySelectorAll(".report-text mark")].map((m) => m.textContent);
    seen.reportTitle = text("#evidence .report-title");
    await filter("f-type", "Battles");
    seen.battles = text("#summary");
    await filter("f-type", "");
    await filter("f-since", "2023-01-01");
    seen.sinceSummary = text("#summary");
    seen.sinceTimeline = text("#timeline-title");
    seen.yearLabels = [...doc.querySelectorAll("#timeline text")].map((t) => t.textContent);
    doc.querySelector('tr[data-id="BFA-0001"]').click();
    await until(() => text("#evidence h2")?.startsWith("Attack"));
    seen.reportedHeading = text("#evidence h2");
    seen.hostileLinks = [...doc.querySelectorAll("#evidence a")].map((a) => a.getAttribute("href"));
    const first = doc.querySelector("tbody tr");
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    await until(() => text("#evidence h2")?.startsWith("Air/drone strike"));
    seen.keyboard = [first.dataset.id, doc.activeElement.dataset.id, text("#evidence h2")];
"""


@pytest.fixture(scope="module")
def seen(browser: Browser) -> dict:
    """What the harness saw, over the sample events plus one undated event."""
    events = make_events()
    undated = events[2].model_copy(update={"event_id": "MLI-0009", "event_date": None})
    hostile = events[1].sources[0].model_copy(update={"url": "javascript:alert(1)"})
    # The market's village is not in the gazetteer: the event is coded at the town, the village name is kept.
    events[1] = events[1].model_copy(update={"sources": [hostile], "location_reported": "Sona"})
    app = create_app(EventSet([*events, undated], make_articles()))
    add_harness(app, STEPS)
    for url in serve_app(app):  # the loop ends when the server has stopped
        seen = browser.harness(url, budget=20000)
    return seen


def test_clicking_an_event_shows_its_evidence_and_the_report(seen: dict) -> None:
    assert seen["heading"] == "Armed clash — Ansongo"
    assert "2024-03-04 (exact day)" in seen["date"]
    assert "15.6590, 0.5020 (near the named place)" in seen["date"]  # precision codes in words
    assert seen["topCircle"] == "MLI-0001"  # the selected event is drawn on top of its neighbours
    # Claims follow the event's own field order, with readable names; the coded values are flagged.
    assert seen["fields"] == ["Place", "Fatalities"]
    assert seen["coded"] == ["Ansongo", "12"]  # the claims whose values the event carries, not the competing 20
    # The report text opens in place with the quoted sentence marked.
    assert seen["reportTitle"] == "Clash near Ansongo"
    assert seen["marked"] == [
        "Soldiers clashed with militants near Ansongo on Monday.",
        "Twelve people died, the army said.",
    ]
    # Places read once each ("Bamako, Bamako, Mali" is "Bamako, Mali").
    assert "Bamako, Mali" in seen["places"] and "Ansongo, Gao, Mali" in seen["places"]
    # The place the source named leads, with where the event is coded (as `sitrep events` prints it).
    assert "Sona (coded at Djibo, Sahel, Burkina Faso)" in seen["places"]
    assert seen["reportedHeading"] == "Attack — Sona"


def test_filters_timeline_and_undated_events(seen: dict) -> None:
    assert seen["battles"] == "1 event · 12 reported fatalities"
    assert seen["timeline"] == "Per week"  # six weeks of events
    # A date filter says how many undated events it hides; two years are counted by month, labelled with the year.
    assert seen["sinceSummary"] == "4 events · 22 reported fatalities · 1 undated not shown"
    assert seen["sinceTimeline"] == "Per month"
    assert "Jan 2023" in seen["yearLabels"]


def test_arrow_keys_move_through_the_event_list(seen: dict) -> None:
    assert seen["keyboard"] == ["BFA-0001", "MLI-0003", "Air/drone strike — Mali"]


def test_a_reports_javascript_address_is_not_a_link(seen: dict) -> None:
    assert seen["hostileLinks"] == []
    assert seen["linked"] == ["https://example.org/a1"]
