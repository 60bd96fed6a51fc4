"""extract_dask on a real LocalCluster, and the message when Dask is not installed."""

from __future__ import annotations

import logging
import sys

import pytest
from scale_reports import articles, die_on_poison, one_by_one

from sitrep.scale import DaskNotInstalled, extract_dask


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

    from sitrep.scale.cluster import WORKER_DIED, _Run

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
