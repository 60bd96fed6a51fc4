"""`sitrep bench` runs on a tiny corpus and reports every field (no timing is asserted)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitrep.bench.run import STAGES
from sitrep.cli import app


def test_bench_reports_throughput_stages_languages_scaling_and_workers() -> None:
    result = CliRunner().invoke(app, ["bench", "--n", "4", "--seed", "2", "--workers", "2",
                                      "--resolve-sizes", "50,100", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] == 4
    assert report["tokens"] > 4 * 500  # ~600-word reports, none of it dropped by ingest
    assert set(report["stages"]) == set(STAGES)
    assert report["stages"]["spacy"] > 0 and report["spacy_seconds"] > 0
    assert report["pipeline_over_spacy"] > 0
    assert set(report["us_per_token"]) == set(report["spacy_us_per_token"]) == set(report["by_language"])
    assert [p["mentions"] for p in report["resolution"]] == [50, 100]
    assert report["parallel_speedup"] is not None
    assert 0 < report["pipeline_peak_rss_mb"] <= report["peak_rss_mb"]


def test_bench_rejects_bad_sizes() -> None:
    result = CliRunner().invoke(app, ["bench", "--resolve-sizes", "10,lots"])
    assert result.exit_code == 1
    assert "--resolve-sizes must be comma-separated whole numbers" in result.output
