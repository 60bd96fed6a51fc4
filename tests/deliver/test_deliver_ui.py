"""The web UI in a real headless Chromium: events render on the map and list, the evidence view shows quotes.

Needs the Debian packages `chromium` (and fonts, e.g. `fonts-dejavu-core`); skips when no browser is found.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from deliver_samples import make_articles, make_events, serve

from sitrep.deliver.source import EventSet

CHROMIUM = next(
    (p for p in (os.environ.get("SITREP_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")) if p),
    None,
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    yield from serve(EventSet(make_events(), make_articles()))


def _dump_dom(url: str, profile: Path) -> str:
    """The DOM after the page's scripts ran (virtual time lets the fetches finish)."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url,
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
    # The evidence view: both competing tolls with their quotes, and the dispute flagged.
    assert "Disputed toll: reports range 12–20" in dom
    assert '<blockquote class="quote">Twelve people died, the army said.</blockquote>' in dom
    assert "according to Local officials" in dom
    # Report text is shown as text, never interpreted as HTML.
    assert "reported &lt;i&gt;(unconfirmed)&lt;/i&gt;." in dom
    assert "<i>(unconfirmed)</i>" not in dom


def test_filters_from_the_address(base_url: str, tmp_path: Path) -> None:
    dom = _dump_dom(f"{base_url}/?country=Mali&since=2024-03-01", tmp_path / "profile")
    assert "2 events · 15 reported fatalities" in dom
    assert dom.count("<tr data-id=") == 2
    assert 'href="/export/acled-csv?country=Mali&amp;since=2024-03-01"' in dom
