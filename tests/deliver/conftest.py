"""Fixtures for the delivery tests: the synthetic events of `deliver_samples`, and a real browser for the web UI."""

from __future__ import annotations

import pytest
from deliver_samples import make_articles, make_events
from ui_browser import CHROMIUM, Browser

from sitrep.deliver.source import EventSet
from sitrep.models import Event


@pytest.fixture
def events() -> list[Event]:
    return make_events()


@pytest.fixture
def event_set() -> EventSet:
    return EventSet(make_events(), make_articles())


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Browser:
    """Headless Chromium for the web UI tests; they skip when none is installed."""
    if CHROMIUM is None:
        pytest.skip("chromium not installed (apt-get install chromium, or set SITREP_CHROMIUM)")
    return Browser(CHROMIUM, lambda: tmp_path_factory.mktemp("profile"))
