"""End to end (ingest, extract, resolve into SQLite) on four stories of the session-11 blind table: short
synthetic reports by different outlets, with credit lines (` date YYYY-MM-DD OUTLET, DATELINE`), written before
any was run. What resolution must make of them, as a careful ACLED coder would code them:

- Bankass (s01a EN 12 dead, s01b FR 'au moins quinze'): one event, two sources, the lowest toll 12;
- Monguno: a base attack on Sunday (s02a), a mosque bombing on Monday (s02b), one FR report of both (s02c): two
  events, each with its own toll;
- a report filed from KAYA about Barsalogho (s09a) and an attack in Kaya the same day (s09b): two events;
- a regional assembly electing its speaker in Beledweyne (s03d): no event.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.pipeline import ingest
from sitrep.store import Store

pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "blind_s11"


@pytest.fixture(scope="module")
def events_by_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, int | None, list[str]]]:
    """Report id -> (event date, ACLED fatalities, the event's reports) of each event that report is a source of."""
    store = Store(tmp_path_factory.mktemp("blind") / "s.db")
    ingest([STORIES], store)
    out: dict[str, tuple[str, int | None, list[str]]] = {}
    for event in store.events():
        reports = sorted({s.article_id for s in event.sources})
        for report in reports:  # a report of two events (s02c) keeps the first: the tests look up the others
            out.setdefault(report, (str(event.event_date), event.fatalities, reports))
    return out


def test_two_outlets_one_attack(events_by_report: dict[str, tuple[str, int | None, list[str]]]) -> None:
    assert events_by_report["s01a"] == ("2025-02-04", 12, ["s01a", "s01b"])


def test_a_bombing_the_day_after_a_battle_in_one_town(
        events_by_report: dict[str, tuple[str, int | None, list[str]]]) -> None:
    assert events_by_report["s02a"] == ("2025-03-09", 5, ["s02a", "s02c"])
    assert events_by_report["s02b"] == ("2025-03-10", 8, ["s02b", "s02c"])


def test_a_report_filed_from_a_town_about_another(
        events_by_report: dict[str, tuple[str, int | None, list[str]]]) -> None:
    assert events_by_report["s09a"][2] == ["s09a"] and events_by_report["s09b"][2] == ["s09b"]


def test_politics_in_a_town_is_no_event(events_by_report: dict[str, tuple[str, int | None, list[str]]]) -> None:
    assert "s03d" not in events_by_report
