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

No wait is unbounded, so that a stuck or dead worker cannot hang the run: the pool looks at its workers while
waiting on a batch, and a stopping pool kills the workers that do not end in time.
"""

from __future__ import annotations

import multiprocessing
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from sitrep.models import Article, ArticleExtraction
from sitrep.scale.batch import batched, extract_batch, failed, nonempty, warm_up

# Seconds a stopping pool lets running batches finish before it kills its workers, then waits for them to go.
STOP_GRACE = 60.0
KILL_WAIT = 30.0
# Seconds between two looks at the workers while waiting on a batch.
WATCH_EVERY = 5.0

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
        results = pool.result(in_flight[0][1])
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
                    results = pool.result(future)
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
    """A process pool running `task` on batches, that can be restarted after a worker death.

    It uses three private members of ProcessPoolExecutor (as in CPython 3.11): `_processes` (the workers, to watch
    and to kill), `_executor_manager_thread` and `_launch_processes` (to start every worker before the first task).
    No public API does these on the Pythons sitrep supports (3.11 and later): an executor lists no workers, and
    `multiprocessing.active_children()` gives every live child of this process, not this pool's, and never a dead
    one; with forkserver or spawn, each submit starts at most one worker, after waking the manager thread. Python
    3.14's `kill_workers()` would do only the kill. `multiprocessing.Pool` is no replacement: it replaces a dead
    worker without failing the task it was running, so the wait for that task never ends."""

    def __init__(self, workers: int, task: Task, initializer: Callable[[], None]) -> None:
        self.workers = workers
        self.task = task
        self.initializer = initializer
        self.executor: ProcessPoolExecutor | None = None
        self.start()

    def start(self) -> None:
        self.executor = ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=self.initializer)

    def stop(self, grace: float = STOP_GRACE) -> None:
        """Shut the pool down, letting running batches finish for up to `grace` seconds; then kill the workers.

        Never waits unbounded: shutdown runs in a helper thread, and workers still there after `grace` are
        SIGKILLed, which ends what shutdown waits on (the executor's manager thread, joining each worker). A
        worker that SIGTERM had not ended once hung a whole CI run there.
        """
        executor, self.executor = self.executor, None
        if executor is None:
            return
        workers = list(executor._processes.values())  # only `submit`, in this thread, adds workers
        shutdown = threading.Thread(
            target=executor.shutdown, kwargs={"wait": True, "cancel_futures": True}, daemon=True
        )
        shutdown.start()
        shutdown.join(grace)
        if shutdown.is_alive():
            for worker in workers:
                worker.kill()
            shutdown.join(KILL_WAIT)
        if shutdown.is_alive():
            warnings.warn(f"a worker pool did not shut down {KILL_WAIT:g}s after its workers were killed", stacklevel=2)

    def abandon(self) -> None:
        """Stop after a worker died. The executor, broken, SIGTERMs the surviving workers and joins them; their
        batches are redone elsewhere, so they are killed at once rather than waited for."""
        self.stop(grace=0)

    def result(self, future: Future[list[ArticleExtraction]]) -> list[ArticleExtraction]:
        """The batch's extractions; BrokenProcessPool if a worker died. The executor notices deaths itself, but
        should it miss one, the batch would never come: so the workers are looked at every `WATCH_EVERY` seconds
        while waiting, and a dead one breaks the pool (a worker only exits when the pool stops)."""
        while True:
            try:
                return future.result(timeout=WATCH_EVERY)
            except TimeoutError:
                if self.executor is not None and any(
                    worker.exitcode is not None for worker in list(self.executor._processes.values())
                ):
                    raise BrokenProcessPool("a worker process died and the pool did not notice") from None

    def submit(self, batch: list[Article]) -> Future[list[ArticleExtraction]]:
        executor = self.executor
        assert executor is not None, "submit after stop"
        if executor._executor_manager_thread is None:
            # Left to the executor, a worker starts after the task that needs it, once the manager thread has
            # been woken for that task; the thread may by then be waiting on the workers it knew, and the late
            # one's death went unnoticed: the run waited for ever on its batch (Python 3.11). Started before the
            # first task (not before: a pool with no task would never stop them), every worker is watched.
            executor._launch_processes()
        try:
            return executor.submit(self.task, batch)
        except BrokenProcessPool as exc:  # a worker died since the last result: fail this batch like the others
            future: Future[list[ArticleExtraction]] = Future()
            future.set_exception(exc)
            return future

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
