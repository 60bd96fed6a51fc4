"""extract_ray on a real local Ray runtime gives the events the local run gives; and the message without Ray."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from scale_reports import TEXTS, articles, die_on_poison, one_by_one

from sitrep.pipeline import ingest
from sitrep.scale import RayNotInstalled, extract_ray, is_ray
from sitrep.scale.on_ray import WORKER_DIED, _address, _Run
from sitrep.store import Store


def test_missing_ray_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` raise ImportError
    with pytest.raises(RayNotInstalled, match="pip install ray"):
        next(extract_ray(articles(1)))


def test_scheduler_values_name_ray_or_dask() -> None:
    assert [is_ray(s) for s in ("ray", "ray:auto", "ray://10.0.0.5:10001", "tcp://10.0.0.5:8786", "rayon")] == [
        True, True, True, False, False]
    assert [_address(s) for s in ("ray", "ray:auto", "ray://h:10001")] == [None, "auto", "ray://h:10001"]


@pytest.fixture(scope="module")
def ray_runtime():  # noqa: ANN201 - the ray module
    ray = pytest.importorskip("ray")
    import scale_reports

    ray.cloudpickle.register_pickle_by_value(scale_reports)  # Ray's workers cannot import this tests folder
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_a_ray_run_gives_the_events_of_the_local_run(tmp_path: Path, ray_runtime: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, (_, text) in enumerate(TEXTS):
        (folder / f"r{n}.txt").write_text(text + "\n", encoding="utf-8")
    local, on_ray = Store(tmp_path / "local.db"), Store(tmp_path / "ray.db")
    ingest([folder], local)
    report = ingest([folder], on_ray, scheduler="ray", workers=2)
    assert report.added == len(TEXTS) and report.events_created >= 3 and not report.failed
    assert on_ray.fingerprint() == local.fingerprint()
    items = articles(9)
    assert list(extract_ray(iter(items), workers=2, batch_size=2)) == one_by_one(items)  # in input order


@pytest.mark.slow
def test_an_article_that_kills_its_ray_worker_is_skipped_and_the_rest_are_kept(ray_runtime: object) -> None:
    ray = ray_runtime
    items = articles(5)
    items[3] = items[3].model_copy(update={"text": "POISON"})
    task = ray.remote(num_cpus=1, max_retries=0)(die_on_poison)  # type: ignore[attr-defined]
    got = list(_Run(ray, task, window=4).extract(iter([items[:2], items[2:]])))
    assert [x.article_id for x in got] == [a.id for a in items]
    assert got[3].skipped == f"extraction failed: {WORKER_DIED}"
    assert [x.skipped for i, x in enumerate(got) if i != 3] == [None] * 4
