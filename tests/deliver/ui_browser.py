"""A real headless Chromium for the web UI tests: the DOM a page leaves once its scripts ran, and a harness page
that drives the UI in an iframe as a user would and reports what it saw.

Needs the Debian packages `chromium` (and fonts, e.g. `fonts-dejavu-core`), or `SITREP_CHROMIUM` naming a browser;
the `browser` fixture (conftest.py) skips the tests that use it when none is found.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

CHROMIUM = next(
    (p for p in (os.environ.get("SITREP_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")) if p),
    None,
)

# The harness loads the UI from the same origin in an iframe, runs a test's steps (JavaScript with `doc`, `win`,
# `text(selector)`, `sleep(ms)`, `until(test)` and the object `seen` to fill), then writes `seen` into
# <pre id="out">, where `--dump-dom` returns it once virtual time has let the steps finish.
_HARNESS = """<!doctype html><html><body><pre id="out">not finished</pre>
<iframe src="/" width="1400" height="900"></iframe><script>
const frame = document.querySelector("iframe");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(test) {
  for (let i = 0; i < 400; i++) { const found = test(); if (found) return found; await sleep(25); }
  throw new Error("timed out waiting for " + test);
}
frame.addEventListener("load", async () => {
  const doc = frame.contentDocument, win = frame.contentWindow, seen = {};
  const text = (selector) => doc.querySelector(selector)?.textContent ?? null;
  try {
STEPS
  } catch (err) { seen.error = String(err); }
  document.getElementById("out").textContent = JSON.stringify(seen);
});
</script></body></html>"""


def add_harness(app: FastAPI, steps: str) -> None:
    """Serve at /harness a page running `steps` against the UI `app` serves at /."""
    page = _HARNESS.replace("STEPS", steps)
    app.add_api_route("/harness", lambda: HTMLResponse(page), include_in_schema=False)


class Browser:
    """Headless Chromium, a fresh profile for every page it loads."""

    def __init__(self, executable: str, new_profile: Callable[[], Path]) -> None:
        self.executable = executable
        self.new_profile = new_profile

    def dom(self, url: str, budget: int = 5000) -> str:
        """The DOM after the page's scripts ran (a virtual-time budget in ms lets the fetches finish)."""
        command = [
            self.executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={self.new_profile()}", f"--virtual-time-budget={budget}", "--dump-dom", url,
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    def harness(self, base_url: str, budget: int) -> dict:
        """What the steps of the harness at `base_url`/harness saw (`add_harness`); fails on an error they met."""
        dom = self.dom(f"{base_url}/harness", budget)
        found = re.search(r'<pre id="out">(.*?)</pre>', dom, re.S)
        assert found, dom[:2000]
        seen: dict = json.loads(html.unescape(found.group(1)))
        assert "error" not in seen, seen["error"]
        return seen
