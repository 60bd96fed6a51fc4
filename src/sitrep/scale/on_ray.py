"""Extraction on Ray: a local Ray runtime started for the run, or an existing Ray cluster.

Ray is optional (`pip install ray`), imported only when this path is used. The same unit of work as the
process pool and Dask (`sitrep.scale.batch.extract_batch`) runs as Ray tasks of one CPU each; a Ray worker
process keeps its spaCy pipelines between tasks, so each loads the models once. Batches are submitted with a
bounded number outstanding and yielded in input order, so the resolver downstream sees the same order, and
gives the same events, as with no pool at all. Workers must run the same sitrep, settings and models.

    scheduler "ray"               a local Ray runtime of `workers` CPUs, started and stopped with the run
    scheduler "ray:auto"          the Ray cluster `ray start --head` runs on this machine
    scheduler "ray://HOST:10001"  a remote cluster through Ray Client
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any

from sitrep.models import Article, ArticleExtraction
from sitrep.scale.batch import InOrder, Part, batched, extract_batch, failed, nonempty

INSTALL = "pip install ray"
WORKER_DIED = "Ray workers kept failing while extracting it (out of memory, killed, or a crash in native code)"


class RayNotInstalled(ImportError):
    pass


def is_ray(scheduler: str) -> bool:
    """Whether a --scheduler value names Ray rather than a Dask scheduler."""
    return scheduler == "ray" or scheduler.startswith(("ray:", "ray://"))


def extract_ray(
    articles: Iterable[Article], scheduler: str = "ray", workers: int = 2, batch_size: int = 32
) -> Iterator[ArticleExtraction]:
    """Extract `articles` on Ray; one ArticleExtraction per article, in input order (`scheduler`: see above).

    A Ray runtime already initialised in this process is used as it is and left running.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    ray = _import_ray()
    batches = nonempty(batched(articles, batch_size))
    if batches is None:
        return
    started = not ray.is_initialized()
    if started:
        address = _address(scheduler)
        ray.init(address=address, num_cpus=workers if address is None else None, include_dashboard=False,
                 log_to_driver=False, configure_logging=False)
    try:
        task = ray.remote(num_cpus=1, max_retries=0)(extract_batch)
        window = 2 * max(workers, int(ray.cluster_resources().get("CPU", 1)))
        yield from _Run(ray, task, window).extract(batches)
    finally:
        if started:
            ray.shutdown()


def _address(scheduler: str) -> str | None:
    """`ray.init`'s address for a --scheduler value: None starts a local runtime."""
    if scheduler == "ray":
        return None
    return scheduler if scheduler.startswith("ray://") else scheduler.removeprefix("ray:")


def _import_ray() -> ModuleType:
    try:
        import ray
    except ImportError as exc:
        raise RayNotInstalled(f"extraction on Ray needs ray, which is not installed: {INSTALL}") from exc
    return ray


class _Run:
    def __init__(self, ray: ModuleType, task: Any, window: int) -> None:
        self.ray, self.task, self.window = ray, task, window
        self.parts: dict[Any, Part] = {}  # object ref -> what it extracts
        self.results = InOrder()

    def extract(self, batches: Iterator[list[Article]]) -> Iterator[ArticleExtraction]:
        submitted = 0
        for batch in batches:
            self._submit(Part(submitted, 0, batch))
            submitted += 1
            while submitted - self.results.next_out >= self.window:
                yield from self._drain()
        while self.results.next_out < submitted:
            yield from self._drain()

    def _submit(self, part: Part) -> None:
        self.results.expect(part)
        self.parts[self.task.remote(part.articles)] = part

    def _drain(self) -> list[ArticleExtraction]:
        """Wait for one more task; return the batches now complete, in order."""
        (ref,), _ = self.ray.wait(list(self.parts), num_returns=1)
        part = self.parts.pop(ref)
        try:
            results = self.ray.get(ref)
        except self.ray.exceptions.RayError as exc:  # a worker died or the task broke: find the article that does
            if len(part.articles) > 1:
                for i, article in enumerate(part.articles):
                    self._submit(Part(part.index, part.offset + i, [article]))
                return []
            died = isinstance(exc, self.ray.exceptions.WorkerCrashedError)
            # e.g. sitrep not installed on a remote worker: say what broke
            reason = WORKER_DIED if died else f"the Ray task failed: {str(exc).strip().splitlines()[-1]}"
            results = [failed(part.articles[0], reason)]
        return self.results.fill(part, results)
