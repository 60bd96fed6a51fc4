"""extract_dask on a real LocalCluster, and the message when Dask is not installed."""

from __future__ import annotations

import logging
import sys
from collections import deque
from types import SimpleNamespace

import pytest
from scale_reports import articles, die_on_poison, one_by_one

from sitrep.models import Article, ArticleExtraction
from sitrep.scale import DaskNotInstalled, extract_dask
from sitrep.scale.cluster import WORKER_DIED, _Run


def test_missing_dask_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` raise ImportError
    with pytest.raises(DaskNotInstalled, match=r'pip install "sitrep\[dask\]"'):
        next(extract_dask(articles(1)))


@pytest.mark.slow
def test_local_cluster_gives_the_sequential_extractions_in_input_order() -> None:
    pytest.importorskip("distributed")
    items = articles(9)
    got = list(extract_dask(iter(items), workers=2, batch_size=2))
    assert [x.article_id for x in got] == [a.id for a in items]
    assert got == one_by_one(items)
    assert any(x.events for x in got)


@pytest.mark.slow
def test_an_article_that_keeps_killing_workers_is_skipped_and_the_rest_are_kept() -> None:
    distributed = pytest.importorskip("distributed")
    import dask

    items = articles(8)
    items[5] = items[5].model_copy(update={"text": "POISON"})
    batches = iter([items[i : i + 3] for i in range(0, 8, 3)])
    # two deaths per try instead of four: each death restarts a worker, which is what makes this test slow
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        got = list(_Run(client, distributed, window=4, task=die_on_poison).extract(batches))
    assert [x.article_id for x in got] == [a.id for a in items]
    assert got[5].skipped == f"extraction failed: {WORKER_DIED}"
    assert [x.skipped for i, x in enumerate(got) if i != 5] == [None] * 7


def test_nothing_to_extract_starts_no_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("distributed")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("started a cluster with nothing to extract")

    monkeypatch.setattr(distributed, "LocalCluster", refuse)
    monkeypatch.setattr(distributed, "Client", refuse)
    assert list(extract_dask(iter([]), workers=2)) == []


class _KilledWorker(Exception):
    pass


class _Dies(Exception):
    """Raised by a task to stand for the worker process dying under it."""


class _Future:
    def __init__(self, fn: object, articles: list[Article]) -> None:
        self.fn, self.articles = fn, articles
        self.outcome: list[ArticleExtraction] | None = None

    def result(self) -> list[ArticleExtraction]:
        if self.outcome is None:
            raise _KilledWorker(self.articles[0].id)
        return self.outcome

    def release(self) -> None:
        pass


class _OneWorker:
    """A stand-in for a Dask client with one single-threaded worker that is sent every task at once and runs
    them in submission order, with allowed-failures 0: when a task kills the worker, the scheduler gives up
    that task and every task queued behind it on the same worker (KilledWorker), as a real scheduler blames
    all the tasks processing on a worker that dies. Deterministic, and no process dies."""

    def __init__(self) -> None:
        self.queue: deque[_Future] = deque()
        self.done: deque[_Future] = deque()
        self.distributed = SimpleNamespace(KilledWorker=_KilledWorker, as_completed=lambda: self)

    def submit(self, fn: object, articles: list[Article], pure: bool) -> _Future:
        future = _Future(fn, articles)
        self.queue.append(future)
        return future

    def add(self, future: _Future) -> None:
        pass

    def __next__(self) -> _Future:
        while not self.done:
            future = self.queue.popleft()
            self.done.append(future)
            try:
                future.outcome = future.fn(future.articles)  # type: ignore[operator]
            except _Dies:  # the worker dies: this task and all those queued behind it are given up
                self.done.extend(self.queue)
                self.queue.clear()
        return self.done.popleft()


def _on_one_worker(batches: list[list[Article]]) -> list[ArticleExtraction]:
    worker = _OneWorker()
    return list(_Run(worker, worker.distributed, window=4, task=_dies_on_poison).extract(iter(batches)))  # type: ignore[arg-type]


def _dies_on_poison(batch: list[Article]) -> list[ArticleExtraction]:
    if any("POISON" in a.text for a in batch):
        raise _Dies
    return [ArticleExtraction(article_id=a.id, language=a.language) for a in batch]


@pytest.mark.parametrize("poisoned", [(0,), (2,), (5,), (1, 3), ()])
def test_only_an_article_that_kills_its_worker_is_given_up_not_those_queued_behind_it(
    poisoned: tuple[int, ...],
) -> None:
    items = articles(6)
    for i in poisoned:
        items[i] = items[i].model_copy(update={"text": "POISON"})
    got = _on_one_worker([items[:3], items[3:]])
    assert [x.article_id for x in got] == [a.id for a in items]
    given_up = f"extraction failed: {WORKER_DIED}"
    assert [x.skipped for x in got] == [given_up if i in poisoned else None for i in range(6)]
