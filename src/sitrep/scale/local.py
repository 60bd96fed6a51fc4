"""Extraction over a pool of worker processes on this machine.

Workers are forked from a "forkserver" (never from this process: a forked copy of a process holding spaCy
models, SQLite handles and threads is unsafe), or spawned where there is none (Windows). The fork server
imports sitrep and loads the models once (`sitrep.scale.preload`), so workers, and pools restarted after a
crash, start in milliseconds with the models in memory instead of spending seconds each loading them; the
initializer then only checks that they loaded (and is what loads them in spawned workers).

Batches go out in input order with at most `2 * workers` in flight and come back in input order, so the
corpus is streamed, never held, and the resolver downstream sees the same order whatever `workers` is.

A worker that dies (killed, out of memory, a crash in native code) breaks the pool. The articles that were in
flight are then redone one at a time on a one-worker pool, where the task running when it breaks is the one
that killed it: only that article is skipped, and the run goes on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from sitrep.models import Article, ArticleExtraction
from sitrep.scale.batch import batched, extract_batch, failed, nonempty, warm_up

WORKER_DIED = "the worker process died while extracting it (out of memory, killed, or a crash in native code)"

Task = Callable[[list[Article]], list[ArticleExtraction]]
InFlight = deque[tuple[list[Article], "Future[list[ArticleExtraction]]"]]


def extract_parallel(
    articles: Iterable[Article], workers: int, batch_size: int = 32
) -> Iterator[ArticleExtraction]:
    """Extract `articles` on `workers` processes; one ArticleExtraction per article, in input order.

    `workers=1` extracts in this process (no pool to start); the results are the same for every `workers`.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    batches = nonempty(batched(articles, batch_size))
    if batches is None:
        return
    if workers == 1:
        warm_up()
        for batch in batches:
            yield from extract_batch(batch)
        return
    yield from _run(batches, _Pool(workers, extract_batch, warm_up))


def _run(batches: Iterator[list[Article]], pool: _Pool) -> Iterator[ArticleExtraction]:
    """Stream `batches` through `pool` (which it closes), in order, recovering from worker deaths."""
    workers = pool.workers
    with pool:
        in_flight: InFlight = deque()
        for batch in batches:
            in_flight.append((batch, pool.submit(batch)))
            if len(in_flight) >= 2 * workers:
                yield from _collect(pool, in_flight)
        while in_flight:
            yield from _collect(pool, in_flight)


def _collect(pool: _Pool, in_flight: InFlight) -> Iterator[ArticleExtraction]:
    """The oldest batch's extractions; after a worker death, those of every batch that was in flight."""
    try:
        results = in_flight[0][1].result()
    except BrokenProcessPool:
        pending = [article for batch, _ in in_flight for article in batch]
        in_flight.clear()
        pool.abandon()
        yield from _isolate(pending, pool)
        pool.start()
        return
    in_flight.popleft()
    yield from results


def _isolate(articles: list[Article], like: _Pool) -> Iterator[ArticleExtraction]:
    """Each article as its own task on a one-worker pool, in order, skipping any that kills the worker."""
    remaining = deque(articles)
    while remaining:
        with _Pool(1, like.task, like.initializer) as pool:
            for future in [pool.submit([article]) for article in remaining]:
                article = remaining.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool:
                    yield failed(article, WORKER_DIED)
                    break
                yield from results


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["sitrep.scale.preload"])
    return context


class _Pool:
    """A process pool running `task` on batches, that can be restarted after a worker death."""

    def __init__(self, workers: int, task: Task, initializer: Callable[[], None]) -> None:
        self.workers = workers
        self.task = task
        self.initializer = initializer
        self.executor: ProcessPoolExecutor | None = None
        self.start()

    def start(self) -> None:
        self.executor = ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=self.initializer)

    def stop(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def abandon(self) -> None:
        """Stop after a worker died: kill the surviving workers first. A broken executor sends them SIGTERM and
        joins them; once a survivor that SIGTERM did not end kept that join, and with it the run, waiting."""
        if self.executor is not None:
            for process in list(self.executor._processes.values()):
                process.kill()
        self.stop()

    def submit(self, batch: list[Article]) -> Future[list[ArticleExtraction]]:
        assert self.executor is not None, "submit after stop"
        try:
            return self.executor.submit(self.task, batch)
        except BrokenProcessPool as exc:  # a worker died since the last result: fail this batch like the others
            future: Future[list[ArticleExtraction]] = Future()
            future.set_exception(exc)
            return future

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
