"""Two processes writing one store: the near-duplicate index sees what the other stored after it warmed, and
resolving inside a transaction that does not hold the writers' lock is refused on SQLite, locked on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from sitrep.models import Article, ArticleExtraction
from sitrep.resolve import Resolver
from sitrep.resolve.synthetic import make_mention, place
from sitrep.store import Store, StoreError
from sitrep.store import schema as t
from sitrep.store.database import _WRITE_LOCK

POSTGRES = os.environ.get("SITREP_TEST_POSTGRES_URL")

STORY = ("Gunmen on motorbikes attacked the weekly market of Tessit in the Gao region on Tuesday morning, killing "
         "eleven traders and wounding several others before fleeing towards the border, the mayor of the commune "
         "told reporters. The army sent reinforcements to the area in the afternoon and began searching the "
         "villages nearby, a military spokesman said, adding that no group had yet claimed the attack.")
COPY = STORY.replace("told reporters", "said by telephone").replace(", adding that no group had yet claimed the "
                                                                      "attack", "")
OTHER = "Farmers in Kayes met the regional governor on Monday to discuss the price of fertiliser for the coming season."

# The "late" writer warms its index (it stores an unrelated report), waits while the "early" writer stores the
# story, then stores a syndicated copy of it: an index never refreshed calls the copy new.
WRITER = r"""
import sys, time
from pathlib import Path
from sitrep.models import Article
from sitrep.store import Store

url, signals, role, article_id, body = sys.argv[1:6]
signals = Path(signals)

def wait(name):
    deadline = time.monotonic() + 60
    while not (signals / name).exists():
        if time.monotonic() > deadline:
            sys.exit(f"{role}: timed out waiting for {name}")
        time.sleep(0.05)

store = Store(url)
if role == "late":
    store.add_article(Article(id="other", text=sys.argv[6]))
    (signals / "late-warm").touch()
    wait("early-done")
else:
    wait("late-warm")
print(store.add_article(Article(id=article_id, text=body)))
(signals / f"{role}-done").touch()
"""


def _two_writers(url: str, tmp_path: Path) -> Store:
    signals = tmp_path / "signals"
    signals.mkdir()
    runs = [subprocess.Popen([sys.executable, "-c", WRITER, url, str(signals), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
            for args in (("late", "copy", COPY, OTHER), ("early", "wire", STORY))]
    outs = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err[-3000:]
        outs.append(out.strip())
    assert outs == ["near-duplicate", "new"]
    return Store(url)


def test_a_copy_of_a_story_another_process_stored_since_is_a_near_duplicate_sqlite(tmp_path: Path) -> None:
    store = _two_writers(f"sqlite:///{tmp_path / 'team.db'}", tmp_path)
    assert store.get_article("copy").near_duplicate_of == "wire"


@pytest.mark.skipif(not POSTGRES, reason="set SITREP_TEST_POSTGRES_URL=postgresql+psycopg://... to run")
def test_a_copy_of_a_story_another_process_stored_since_is_a_near_duplicate_postgres(tmp_path: Path) -> None:
    assert POSTGRES is not None
    t.metadata.drop_all(Store(POSTGRES).engine)
    store = _two_writers(POSTGRES, tmp_path)
    assert store.get_article("copy").near_duplicate_of == "wire"


def _article_and_extraction() -> tuple[Article, ArticleExtraction]:
    day = dt.date(2024, 3, 5)
    article = Article(id="gao", text="Nine soldiers died at Gao on 5 March 2024.", published=day)
    mention = make_mention(article.id, "Nine soldiers died at Gao.", date=day, place=place("Gao"),
                           actor1=("Islamic State Sahel", 2), actor2=("Military Forces of Mali", 1),
                           killed=[(9, "actor2", None)])
    return article, ArticleExtraction(article_id=article.id, language="en", events=[mention])


def _store_and_resolve(store: Store, exclusive: bool) -> None:
    article, extraction = _article_and_extraction()
    with store.transaction(exclusive=exclusive):
        store.add_article(article)
        store.save_extraction(extraction)
        Resolver(store).add(article, extraction)


def test_resolving_inside_a_plain_sqlite_transaction_is_refused_and_stores_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with pytest.raises(StoreError, match=r"open the transaction around it with store\.transaction\(exclusive=True\)"):
        _store_and_resolve(store, exclusive=False)
    assert not store.articles() and not store.events()
    _store_and_resolve(store, exclusive=True)
    assert [e.fatalities for e in store.events()] == [9]


@pytest.mark.skipif(not POSTGRES, reason="set SITREP_TEST_POSTGRES_URL=postgresql+psycopg://... to run")
def test_resolving_inside_a_plain_postgres_transaction_takes_the_writers_lock() -> None:
    assert POSTGRES is not None
    store = Store(POSTGRES)
    t.metadata.drop_all(store.engine)
    t.metadata.create_all(store.engine)
    article, extraction = _article_and_extraction()
    held = f"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = {_WRITE_LOCK}"
    with Store(POSTGRES).engine.connect() as watcher, store.transaction():
        store.add_article(article)
        store.save_extraction(extraction)
        Resolver(store).add(article, extraction)
        assert watcher.execute(text(held)).scalar() == 1  # held until this transaction ends, not only inside add
    assert [e.fatalities for e in store.events()] == [9]


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.skipif(
    not POSTGRES, reason="set SITREP_TEST_POSTGRES_URL=postgresql+psycopg://... to run"))])
def test_six_analysts_opening_a_new_store_at_once_all_get_it(backend: str, tmp_path: Path) -> None:
    """SQLite: each made the schema in a deferred transaction (read, then write), and SQLite refuses such an
    upgrade while another writes ('database is locked' at once, whatever the busy timeout). PostgreSQL:
    concurrent CREATE TABLEs collided in the catalogue (UniqueViolation on pg_type); it is now made under an
    advisory lock."""
    import threading

    url = f"sqlite:///{tmp_path / 'new.db'}" if backend == "sqlite" else str(POSTGRES)
    if backend == "postgres":
        t.metadata.drop_all(Store(url).engine)
    start, errors = threading.Barrier(6), []

    def open_store() -> None:
        start.wait()
        try:
            Store(url).close()
        except StoreError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=open_store) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Store(url).count_events() == 0


def test_a_plain_sqlite_transaction_that_read_before_another_writer_fails_clearly(tmp_path: Path) -> None:
    ours, theirs = Store(tmp_path / "s.db"), Store(tmp_path / "s.db")  # two connections, as two processes
    ours.add_article(Article(id="other", text=OTHER))
    with pytest.raises(StoreError, match=r"nothing of the transaction was stored: open it with "
                                         r"store\.transaction\(exclusive=True\)"), ours.transaction():
        assert ours.has_article(Article(id="other", text=OTHER))  # reads: SQLite fixes what this transaction sees
        theirs.add_article(Article(id="wire", text=STORY))
        ours.add_article(Article(id="copy", text=COPY))
    assert ours.add_article(Article(id="copy", text=COPY)) == "near-duplicate"
    assert {row.article.id for row in ours.articles()} == {"other", "wire", "copy"}
