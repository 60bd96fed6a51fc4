"""The web UI in a real headless Chromium: events render on the map and list, the evidence view shows quotes.

Needs the Debian packages `chromium` (and fonts, e.g. `fonts-dejavu-core`); skips when no browser is found.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from deliver_samples import make_articles, make_events, serve, serve_app
from fastapi.responses import HTMLResponse

from sitrep.deliver.api import create_app
from sitrep.deliver.source import EventSet

CHROMIUM = next(
    (p for p in (os.environ.get("SITREP_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")) if p),
    None,
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    yield from serve(EventSet(make_events(), make_articles()))


def _dump_dom(url: str, profile: Path, budget: int = 5000) -> str:
    """The DOM after the page's scripts ran (virtual time lets the fetches finish)."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", f"--virtual-time-budget={budget}", "--dump-dom", url,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_events_render_and_the_evidence_view_quotes_sources(base_url: str, tmp_path: Path) -> None:
    dom = _dump_dom(f"{base_url}/#event=MLI-0001", tmp_path / "profile")
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
    market = _dump_dom(f"{base_url}/#event=BFA-0001", tmp_path / "profile")
    assert "<dt>Who died</dt><dd>Unidentified Armed Group (Burkina Faso) 2; Civilians (Burkina Faso) 5</dd>" in market
    # Report text is shown as text, never interpreted as HTML.
    assert "reported &lt;i&gt;(unconfirmed)&lt;/i&gt;." in dom
    assert "<i>(unconfirmed)</i>" not in dom


def test_filters_from_the_address(base_url: str, tmp_path: Path) -> None:
    dom = _dump_dom(f"{base_url}/?country=Mali&since=2024-03-01", tmp_path / "profile")
    assert "2 events · 15 reported fatalities" in dom
    assert dom.count("<tr data-id=") == 2
    assert 'href="/export/acled-csv?country=Mali&amp;since=2024-03-01"' in dom
    assert '<a href="/docs">API</a>' in dom  # the API reference link is left alone
    assert '<span id="brief-link"> · <a href="/brief?region=Mali&amp;since=2024-03-01">Situation brief</a>' in dom


# Interaction tests: a page on the same origin loads the UI in an iframe, clicks and filters as a user would,
# and writes what it saw into <pre id="out">; `--dump-dom` returns it once the steps are done.
HARNESS = """<!doctype html><html><body><pre id="out">not finished</pre>
<iframe src="/" width="1400" height="900"></iframe><script>
const frame = document.querySelector("iframe");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(test) {
  for (let i = 0; i < 200; i++) { const found = test(); if (found) return found; await sleep(25); }
  throw new Error("timed out waiting for " + test);
}
frame.addEventListener("load", async () => {
  const doc = frame.contentDocument, seen = {};
  const text = (selector) => doc.querySelector(selector)?.textContent ?? null;
  const filter = async (id, value) => {
    doc.getElementById(id).value = value;
    doc.getElementById("filters").dispatchEvent(new Event("change"));
    await sleep(50);
  };
  try {
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
  } catch (err) { seen.error = String(err); }
  document.getElementById("out").textContent = JSON.stringify(seen);
});
</script></body></html>"""


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """What the harness saw, over the sample events plus one undated event."""
    events = make_events()
    undated = events[2].model_copy(update={"event_id": "MLI-0009", "event_date": None})
    hostile = events[1].sources[0].model_copy(update={"url": "javascript:alert(1)"})
    # The market's village is not in the gazetteer: the event is coded at the town, the village name is kept.
    events[1] = events[1].model_copy(update={"sources": [hostile], "location_reported": "Sona"})
    app = create_app(EventSet([*events, undated], make_articles()))
    app.add_api_route("/harness", lambda: HTMLResponse(HARNESS), include_in_schema=False)
    for url in serve_app(app):
        dom = _dump_dom(f"{url}/harness", tmp_path_factory.mktemp("profile"), budget=20000)
    found = re.search(r'<pre id="out">(.*?)</pre>', dom, re.S)
    assert found, dom[:2000]
    result: dict = json.loads(html.unescape(found.group(1)))
    assert "error" not in result, result["error"]
    return result


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
