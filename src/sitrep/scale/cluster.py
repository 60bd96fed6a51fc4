"""Extraction on a Dask cluster: an existing scheduler's workers, or a LocalCluster started for the run.

Dask is an optional extra (`pip install "sitrep[dask]"`), imported only when this path is used. Each worker
loads the models once (a worker plugin; the pipelines stay cached in the worker process). Batches are submitted
with a bounded number outstanding, gathered as they complete, and yielded in input order, so the corpus is
streamed and the resolver downstream sees the same order as with the process pool or no pool at all.

Workers must run the same sitrep version with the same settings and models as this process; start them with
one thread each (`dask worker ADDRESS --nthreads 1`): extraction holds the GIL, so extra threads only queue.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from sitrep.models import Article, ArticleExtraction
from sitrep.scale.batch import InOrder, Part, batched, extract_batch, failed, nonempty

INSTALL = 'pip install "sitrep[dask]"'
WORKER_DIED = "Dask workers kept dying while extracting it (out of memory, killed, or a crash in native code)"


class DaskNotInstalled(ImportError):
    pass


def extract_dask(
    articles: Iterable[Article], scheduler: str | None = None, workers: int = 2, batch_size: int = 32
) -> Iterator[ArticleExtraction]:
    """Extract `articles` on Dask; one ArticleExtraction per article, in input order.

    `scheduler` is an address such as "tcp://10.0.0.5:8786"; without one a LocalCluster of `workers`
    single-threaded worker processes is started and closed with the run.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    distributed = _import_distributed()
    from sitrep.scale.dask_worker import WarmUp

    batches = nonempty(batched(articles, batch_size))
    if batches is None:
        return

    with ExitStack() as stack:
        if scheduler is None:
            cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            stack.enter_context(cluster)
            client = stack.enter_context(distributed.Client(cluster))
        else:
            client = stack.enter_context(distributed.Client(scheduler))
        client.register_plugin(WarmUp())
        threads = sum(client.nthreads().values())
        yield from _Run(client, distributed, window=2 * max(threads, workers)).extract(batches)


def _import_distributed() -> ModuleType:
    try:
        import distributed
    except ImportError as exc:
        raise DaskNotInstalled(f"extraction on Dask needs dask.distributed, which is not installed: {INSTALL}") from exc
    return distributed


@dataclass
class _Run:
    client: Any
    distributed: ModuleType
    window: int  # batches submitted but not yet yielded, at most
    task: Callable[[list[Article]], list[ArticleExtraction]] = extract_batch
    parts: dict[Any, Part] = field(default_factory=dict)  # future -> what it extracts
    results: InOrder = field(default_factory=InOrder)
    # Lone articles whose task was given up while others ran beside it. The scheduler blames every task on a
    # dying worker, those merely queued there too, so a suspect is tried again with nothing else in flight:
    # only an article that kills a worker on its own is given up.
    suspects: deque[Part] = field(default_factory=deque)

    def extract(self, batches: Iterator[list[Article]]) -> Iterator[ArticleExtraction]:
        completed = self.distributed.as_completed()
        submitted = 0
        for batch in batches:
            self._submit(completed, Part(submitted, 0, batch))
            submitted += 1
            while self.suspects or submitted - self.results.next_out >= self.window:
                yield from self._drain(completed)
        while self.results.next_out < submitted:
            yield from self._drain(completed)

    def _submit(self, completed: Any, part: Part) -> None:
        self.results.expect(part)
        future = self.client.submit(self.task, part.articles, pure=False)
        self.parts[future] = part
        completed.add(future)

    def _drain(self, completed: Any) -> list[ArticleExtraction]:
        """Wait for one more task; return the batches now complete, in order.

        With nothing in flight (new batches wait while there are suspects), the next suspect runs alone."""
        alone = not self.parts
        if alone:
            self._submit(completed, self.suspects.popleft())
        future = next(completed)
        part = self.parts.pop(future)
        try:
            results = future.result()
        except self.distributed.KilledWorker:
            if len(part.articles) > 1:  # find the article that kills workers: retry each on its own
                for i, article in enumerate(part.articles):
                    self._submit(completed, Part(part.index, part.offset + i, [article]))
                return []
            if not alone:
                self.suspects.append(part)
                return []
            results = [failed(part.articles[0], WORKER_DIED)]
        finally:
            future.release()
        return self.results.fill(part, results)
