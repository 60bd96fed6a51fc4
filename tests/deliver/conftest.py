"""Fixtures for the delivery tests: the synthetic events of `deliver_samples`."""

from __future__ import annotations

import pytest
from deliver_samples import make_articles, make_events

from sitrep.deliver.source import EventSet
from sitrep.models import Event


@pytest.fixture
def events() -> list[Event]:
    return make_events()


@pytest.fixture
def event_set() -> EventSet:
    return EventSet(make_events(), make_articles())
