"""Quality gate: headline figures on the shared gold sets must stay within the bounds pinned in floors.json."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from sitrep.evaluate.summary import Headline, headline_figures


def _check(rows: dict[str, Headline], bounds: dict[str, float], above: bool) -> list[str]:
    failures = []
    for key, bound in bounds.items():
        row = rows.get(key)
        if row is None or row.value is None:
            failures.append(f"{key}: not measured ({row.note if row else 'no such figure'})")
        elif (row.value < bound) if above else (row.value > bound):
            failures.append(f"{key}: {row.value:.3f} {'<' if above else '>'} {'floor' if above else 'ceiling'} {bound}")
    return failures


@pytest.mark.slow
@pytest.mark.shared
def test_headline_figures_stay_within_bounds(shared_dir: Path) -> None:
    config = json.loads(resources.files("sitrep.evaluate").joinpath("floors.json").read_text(encoding="utf-8"))
    keys = [*config["floors"], *config["ceilings"]]
    modes = {key.split("/", 1)[0] for key in keys}
    figures = headline_figures(shared_dir / "eval", sample=int(config["sample"]), modes=modes)
    rows = {row.key: row for row in figures}
    failures = _check(rows, config["floors"], above=True) + _check(rows, config["ceilings"], above=False)
    assert not failures, "\n".join(failures)


def test_floor_keys_name_real_figures() -> None:
    """A typo in floors.json would silently gate nothing: every key must be a figure the summary produces."""
    config = json.loads(resources.files("sitrep.evaluate").joinpath("floors.json").read_text(encoding="utf-8"))
    known_measures = {"event F1", "article-event links B³ F1", "event_type (matched)", "notes with an event",
                      "event_type", "sub_event_type", "fatalities", "admin1", "location_25km", "actor1",
                      "date left empty when not stated", "events only from unsupported languages",
                      "events from noise articles"}
    for key in [*config["floors"], *config["ceilings"]]:
        mode, _dataset, measure = key.split("/", 2)
        assert mode in {"news", "acled"} and measure in known_measures, key
