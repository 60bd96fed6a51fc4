"""Two analysts ingesting into one store at once: each ingest sees the events the other stored since it began,
so copies of one story that arrive through both end in one event (SQLite file and PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.store import Store
from sitrep.store import schema as t

POSTGRES = os.environ.get("SITREP_TEST_POSTGRES_URL")

# Four stories, each told twice in other words: the first analyst holds one telling, the second the other.
STORIES = [
    ("Kidal", "Gunmen attacked a police post in {p} on 3 March 2024, killing four police officers, a local official "
              "said.",
     "Four policemen died when armed men stormed a police station in {p}, northern Mali, on 3 March 2024, residents "
     "said."),
    ("Mopti", "Soldiers fought militants near {p} on 5 March 2024; the army said nine militants were killed.",
     "The Malian army said on 5 March 2024 that its troops killed nine jihadists in fighting near {p}."),
    ("Segou", "Hundreds of teachers marched in {p} on 7 March 2024 to demand unpaid salaries, a union leader said.",
     "Teachers protested in the streets of {p} on 7 March 2024 over months of unpaid wages, according to their "
     "union."),
    ("Timbuktu", "A roadside bomb hit an army truck outside {p} on 9 March 2024, killing two soldiers, officials "
                 "said.",
     "Two Malian soldiers were killed on 9 March 2024 when their vehicle struck an explosive device near {p}, a "
     "security source said."),
]
OTHER = "Traders closed their shops in Kayes on 1 March 2024 to protest against a new market tax, residents said."

# Seconds the two ingests get before the test fails: a bound against a hang, not a speed target. Each writer's
# start (spaCy, gazetteer, resolver) is CPU-bound and the two share the machine: at a load of 9 on 2 cores the
# test took 124 s, 100 of them before the late writer had stored its first report; at a load of 16, loading the
# models alone took 51 s for 4 s of CPU. 200 s was hit under load with nothing wrong.
HUNG_AFTER = 600

# One analyst's ingest. The "late" one stores an unrelated report first (its resolver is then warm) and waits
# while the "early" one stores its tellings of the four stories, then stores its own: an ingest that resolved
# against the state it warmed at the start would found four events the store already holds.
WRITER = r"""
import sys, time
from pathlib import Path
from sitrep import pipeline
from sitrep.scale.batch import warm_up
from sitrep.store import Store

url, folder, signals, role, patience = sys.argv[1:6]
signals = Path(signals)

def wait(name):
    deadline = time.monotonic() + float(patience)
    while not (signals / name).exists():
        if time.monotonic() > deadline:
            sys.exit(f"{role}: timed out waiting for {name}")
        time.sleep(0.05)

if role == "late":
    original = pipeline.extract_articles
    def extract_articles(articles, workers=1):
        for n, extraction in enumerate(original(articles, workers)):
            if n == 1:  # the first report is stored and resolved (its transaction ended)
                (signals / "late-warm").touch()
                wait("early-done")
            yield extraction
    pipeline.extract_articles = extract_articles
else:
    warm_up()
    wait("late-warm")
report = pipeline.ingest([Path(folder)], Store(url))
(signals / f"{role}-done").touch()
print(role, report.added, report.events_created, report.events_updated, [str(r) for r in report.rejections])
"""


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    early, late = tmp_path / "early", tmp_path / "late"
    early.mkdir()
    late.mkdir()
    (late / "a-other.txt").write_text(OTHER + "\n", encoding="utf-8")
    for n, (place, first, second) in enumerate(STORIES):
        (early / f"story{n}-early.txt").write_text(first.format(p=place) + "\n", encoding="utf-8")
        (late / f"story{n}-late.txt").write_text(second.format(p=place) + "\n", encoding="utf-8")
    return early, late


def _two_writers(url: str, tmp_path: Path) -> Store:
    early, late = _folders(tmp_path)
    signals = tmp_path / "signals"
    signals.mkdir()
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    deadline = time.monotonic() + HUNG_AFTER
    patience = str(HUNG_AFTER - 60)  # a writer waiting on the other gives up first, saying what it waited for
    runs = [subprocess.Popen([sys.executable, "-c", WRITER, url, str(folder), str(signals), role, patience],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for folder, role in ((late, "late"), (early, "early"))]
    try:
        for run in runs:
            out, err = run.communicate(timeout=max(1.0, deadline - time.monotonic()))
            assert run.returncode == 0, err[-3000:]
            assert "[]" in out, out  # nothing rejected
    finally:
        for run in runs:  # a writer still there after the other failed or timed out must not outlive the test
            if run.poll() is None:
                run.kill()
                run.communicate()
    return Store(url)


def _assert_one_event_per_story(store: Store) -> None:
    events = store.events()
    assert len(store.stored_articles()) == 9
    assert sorted(e.number_of_sources for e in events) == [1, 2, 2, 2, 2], [
        (e.event_id, e.location, [s.article_id for s in e.sources]) for e in events]
    for event in events:
        ids = {s.article_id.split("-")[0] for s in event.sources}
        assert len(ids) == 1, ids  # both tellings of one story, never two stories


@pytest.mark.slow
def test_two_ingests_into_one_sqlite_store_find_each_others_events(tmp_path: Path) -> None:
    _assert_one_event_per_story(_two_writers(f"sqlite:///{tmp_path / 'team.db'}", tmp_path))


@pytest.mark.slow
@pytest.mark.skipif(not POSTGRES, reason="set SITREP_TEST_POSTGRES_URL=postgresql+psycopg://... to run")
def test_two_ingests_into_one_postgres_store_find_each_others_events(tmp_path: Path) -> None:
    assert POSTGRES is not None
    t.metadata.drop_all(Store(POSTGRES).engine)
    store = _two_writers(POSTGRES, tmp_path)
    _assert_one_event_per_story(store)
