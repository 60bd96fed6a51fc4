"""extract_parallel on real spawned processes gives what the sequential pipeline gives, in input order."""

from __future__ import annotations

import faulthandler
import multiprocessing
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from scale_reports import articles, die_on_poison, no_models, one_by_one

from sitrep.models import Article, ArticleExtraction
from sitrep.scale import batch as batch_module
from sitrep.scale import extract_parallel, is_failure
from sitrep.scale import local as local_module
from sitrep.scale.local import WORKER_DIED, _Pool, _run

# Seconds after which a test here fails, printing every thread's stack, rather than hang CI on a pool.
HUNG_AFTER = 300


@pytest.fixture(autouse=True)
def fail_if_hung() -> Iterator[None]:
    def fail(signum: int, frame: object) -> None:
        faulthandler.dump_traceback(all_threads=True)
        for worker in multiprocessing.active_children():  # so that the pool's threads, and pytest, can end
            worker.kill()
        pytest.fail(f"still running after {HUNG_AFTER}s: a wait on the worker pool hung")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(HUNG_AFTER)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def sequential(items: list[Article]) -> list[ArticleExtraction]:
    return one_by_one(items)


def test_two_workers_give_the_sequential_extractions_in_input_order() -> None:
    items = articles(9)
    items[7] = items[7].model_copy(update={"text": "word " * 250_000})  # past spaCy's default max_length
    expected = sequential(items[:7] + items[8:])
    got = list(extract_parallel(iter(items), workers=2, batch_size=2))
    assert [x.article_id for x in got] == [a.id for a in items]
    assert got[:7] + got[8:] == expected
    assert any(x.events for x in got)  # the reports do code events, so equality compares real content
    assert got[3].skipped == "language 'de' not supported" and not is_failure(got[3])
    # the text spaCy refuses is skipped with the reason; its batch-mate (item 6) is still extracted above
    assert is_failure(got[7]) and "spaCy could not parse it: ValueError: [E088]" in (got[7].skipped or "")


def test_one_worker_runs_in_process_with_the_same_results() -> None:
    items = articles(7)
    assert list(extract_parallel(items, workers=1, batch_size=3)) == sequential(items)


def test_an_article_whose_rules_crash_is_skipped_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch_module.extract_article

    def fragile(article: Article, doc: object) -> ArticleExtraction:
        if article.id == "scale-002":
            raise KeyError("no such rule")
        return real(article, doc)

    monkeypatch.setattr(batch_module, "extract_article", fragile)
    got = list(extract_parallel(articles(5), workers=1))
    assert got[2].skipped == "extraction failed: KeyError: 'no such rule'"
    assert [x.article_id for x in got] == [f"scale-{i:03d}" for i in range(5)]
    assert got[4].events


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="workers must be at least 1"):
        next(extract_parallel(articles(1), workers=0))
    with pytest.raises(ValueError, match="batch size must be at least 1"):
        next(extract_parallel(articles(1), workers=1, batch_size=0))


# The worker-death tests run a light task in the workers (scale_reports.die_on_poison, no spaCy) so that the
# pools it starts stay quick; the recovery logic under test is the same.


def test_an_article_that_kills_its_worker_is_skipped_and_the_rest_are_kept() -> None:
    items = articles(12)
    items[5] = items[5].model_copy(update={"text": "POISON"})
    batches = iter([items[i : i + 3] for i in range(0, 12, 3)])
    got = list(_run(batches, _Pool(2, die_on_poison, no_models)))
    assert [x.article_id for x in got] == [a.id for a in items]
    assert got[5].skipped == f"extraction failed: {WORKER_DIED}"
    assert [x.skipped for i, x in enumerate(got) if i != 5] == [None] * 11
    # Every batch was in flight when the worker died: the pool restarted after it gets none and must start no
    # worker, which nothing would ever stop (the interpreter then waits for it at exit).
    assert multiprocessing.active_children() == []


def test_a_surviving_worker_that_ignores_sigterm_does_not_hold_the_run(tmp_path: Path) -> None:
    # One worker is stuck in an article and deaf to SIGTERM when the other dies: the broken executor's SIGTERM
    # leaves it running, and its manager thread's join of that worker (which shutdown waits on) would never end.
    stuck = tmp_path / "stuck-once"
    items = articles(4)
    items[0] = items[0].model_copy(update={"text": f"STUCK {stuck}"})
    items[2] = items[2].model_copy(update={"text": f"POISON {stuck}"})  # dies once the other worker is stuck
    batches = iter([items[:2], items[2:]])
    got = list(_run(batches, _Pool(2, die_on_poison, no_models)))
    assert stuck.exists()  # the worker did get stuck
    assert [x.article_id for x in got] == [a.id for a in items]
    assert [x.skipped for x in got] == [None, None, f"extraction failed: {WORKER_DIED}", None]
    assert multiprocessing.active_children() == []


def test_a_dead_worker_the_executor_missed_breaks_the_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Should the executor miss a worker's death (Python 3.11 did, for a worker started after its first task),
    # the batch would never come: waiting on it looks at the workers and gives up on a dead one.
    monkeypatch.setattr(local_module, "WATCH_EVERY", 0.1)
    stuck = tmp_path / "stuck-once"
    with _Pool(1, die_on_poison, no_models) as pool:
        pool.submit([articles(1)[0].model_copy(update={"text": f"STUCK {stuck}"})])
        never_done: Future[list[ArticleExtraction]] = Future()  # as a batch the executor forgot
        answered: Future[list[ArticleExtraction]] = Future()
        threading.Timer(0.5, answered.set_result, [[]]).start()
        assert pool.result(answered) == []  # a live pool is waited on past a look at its workers
        while not stuck.exists():
            time.sleep(0.05)
        for worker in multiprocessing.active_children():
            worker.kill()
        with pytest.raises(BrokenProcessPool):
            pool.result(never_done)
        pool.abandon()
    assert multiprocessing.active_children() == []


def test_nothing_to_extract_loads_no_models_and_starts_no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    # A re-run over reports already stored hands extraction no article: it must not wait on model loading.
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("started work with nothing to extract")

    monkeypatch.setattr(local_module, "warm_up", refuse)
    monkeypatch.setattr(local_module, "_Pool", refuse)
    assert list(extract_parallel(iter([]), workers=1)) == []
    assert list(extract_parallel(iter([]), workers=2)) == []
