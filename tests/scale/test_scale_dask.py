"""extract_dask on a real LocalCluster, and the message when Dask is not installed."""

from __future__ import annotations

import sys

import pytest
from scale_reports import articles

from sitrep.pipeline import extract_articles
from sitrep.scale import DaskNotInstalled, extract_dask


def test_missing_dask_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` raise ImportError
    with pytest.raises(DaskNotInstalled, match=r'pip install "sitrep\[dask\]"'):
        next(extract_dask(articles(1)))


@pytest.mark.slow
def test_local_cluster_gives_the_sequential_extractions_in_input_order() -> None:
    pytest.importorskip("distributed")
    items = articles(9)
    by_id = {x.article_id: x for x in extract_articles(items)}
    got = list(extract_dask(iter(items), workers=2, batch_size=2))
    assert [x.article_id for x in got] == [a.id for a in items]
    assert got == [by_id[a.id] for a in items]
    assert any(x.events for x in got)
