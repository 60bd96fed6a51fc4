"""`extract --as-of`: the analyst's word on when undated reports are from names their actors as of then."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()


def test_as_of_names_actors_of_an_undated_report_and_dates_no_event(tmp_path: Path) -> None:
    report = tmp_path / "monguno.txt"
    report.write_text("Boko Haram fighters attacked a military base near Monguno, killing four soldiers.\n",
                      encoding="utf-8")
    result = runner.invoke(app, ["extract", str(report), "--as-of", "2016-07-15"])
    assert result.exit_code == 0, result.output
    event = json.loads(result.stdout.splitlines()[0])
    assert (event["actor1"], event["event_date"]) == ("Boko Haram - Wilayat Gharb Ifriqiyyah", None)


def test_as_of_must_be_a_date(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Gunmen killed three herders near Monguno on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(report), "--as-of", "July 2016"])
    assert result.exit_code != 0 and "--as-of" in result.output
