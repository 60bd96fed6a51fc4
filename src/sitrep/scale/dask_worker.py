"""What runs inside each Dask worker; imported only once `distributed` is known to be installed."""

from __future__ import annotations

from distributed import Worker, WorkerPlugin

from sitrep.scale.batch import warm_up


class WarmUp(WorkerPlugin):
    """Loads the spaCy models when a worker joins, so each worker process loads them once, before any task."""

    name = "sitrep-warm-up"

    def setup(self, worker: Worker) -> None:
        warm_up()
