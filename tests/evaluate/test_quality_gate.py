"""Quality gate: headline figures on the shared gold sets must not fall below the floors pinned in floors.json."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from sitrep.evaluate.summary import headline_figures


@pytest.mark.slow
@pytest.mark.shared
def test_headline_figures_stay_above_floors(shared_dir: Path) -> None:
    config = json.loads(resources.files("sitrep.evaluate").joinpath("floors.json").read_text(encoding="utf-8"))
    modes = {key.split("/", 1)[0] for key in config["floors"]}
    figures = headline_figures(shared_dir / "eval", sample=int(config["sample"]), modes=modes)
    rows = {row.key: row for row in figures}
    failures = []
    for key, floor in config["floors"].items():
        row = rows.get(key)
        if row is None or row.value is None:
            failures.append(f"{key}: not measured ({row.note if row else 'no such figure'})")
        elif row.value < floor:
            failures.append(f"{key}: {row.value:.3f} < floor {floor}")
    assert not failures, "\n".join(failures)
