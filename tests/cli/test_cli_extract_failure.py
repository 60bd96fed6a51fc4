"""A report whose extraction crashes is an error naming it, never a report with no events: `sitrep extract` says so
on stderr and exits 1 after printing the other reports' events; `extract_text` raises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sitrep
from sitrep.cli import app
from sitrep.extract import events
from sitrep.scale import ExtractionFailed


@pytest.fixture
def crash_on_ayorou(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule that breaks on one text only (any bug of the extraction code on an odd report)."""
    ranked = events.rank

    def rank(report, kept):  # noqa: ANN001, ANN202
        if "Ayorou" in report.article.text:
            raise RuntimeError("rule broke")
        return ranked(report, kept)

    monkeypatch.setattr(events, "rank", rank)


def test_extract_names_the_report_it_crashed_on_and_prints_the_others(tmp_path: Path, crash_on_ayorou: None) -> None:
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text(" date 2024-05-06 Test Wire, NIAMEY\n\nGunmen killed five villagers in Ayorou on Sunday.\n")
    good.write_text(" date 2024-05-06 Test Wire, NIAMEY\n\nGunmen killed five villagers in Téra on Sunday.\n")
    result = CliRunner().invoke(app, ["extract", str(bad), str(good)])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "RuntimeError: rule broke" in result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["sources"][0]["article_id"] == "good"


def test_extract_text_raises_when_extraction_crashes(crash_on_ayorou: None) -> None:
    with pytest.raises(ExtractionFailed, match="rule broke"):
        sitrep.extract_text("Gunmen killed five villagers in Ayorou on Sunday.", published="2024-05-06")
    assert sitrep.extract_text("Gunmen killed five villagers in Téra on Sunday.", published="2024-05-06")
