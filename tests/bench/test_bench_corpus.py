"""The synthetic benchmark corpus and the resolution scaling probe (never timed: only shapes and fields)."""

from __future__ import annotations

from pathlib import Path

from sitrep.bench.corpus import generate_corpus, write_corpus
from sitrep.bench.run import resolution_scaling


def test_corpus_is_reproducible_bilingual_and_report_sized(tmp_path: Path) -> None:
    reports = generate_corpus(12, seed=4)
    assert [r.text for r in reports] == [r.text for r in generate_corpus(12, seed=4)]
    assert {r.language for r in reports} == {"en", "fr"}
    assert all(500 <= len(r.text.split()) <= 800 for r in reports)
    assert len({r.text.split("\n\n")[0] for r in reports}) == 12  # leads differ: places, dates, actors vary
    paths = write_corpus(reports, tmp_path)
    assert paths[0].read_text(encoding="utf-8").startswith(f"date {reports[0].published.isoformat()}\n")


def test_resolution_scaling_reports_each_size() -> None:
    points = resolution_scaling([200, 400], seed=1)
    assert [p.mentions for p in points] == [200, 400]
    assert all(0 < p.events <= p.mentions for p in points)
    assert points[0].growth_per_doubling is None and points[1].growth_per_doubling is not None
