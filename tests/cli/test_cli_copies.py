"""`sitrep ingest` says when a duplicate was another outlet's copy, kept as a source (not silently dropped)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app

TEXT = "Gunmen killed four traders at the livestock market in Mandera town on Tuesday, the police said."


def test_ingest_counts_another_outlets_copy_as_a_source(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps({"id": f"r{n}", "outlet": outlet, "published": "2019-03-13",
                                           "language": "en", "text": TEXT}) + "\n"
                               for n, outlet in enumerate(("Horn Wire", "Coast Courier"))), encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(records), "--db", str(tmp_path / "s.db")], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 article(s) added (0 near-duplicate), 1 already stored, 0 rejected;")
    assert result.stdout.rstrip().endswith(
        "1 duplicate(s) printed by another outlet became a source of the stored report's events.")
    exported = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "s.db"), "--format", "jsonl"])
    [event] = [json.loads(line) for line in exported.stdout.splitlines()]
    assert (event["number_of_sources"], [s["outlet"] for s in event["sources"]]) == (2, ["Horn Wire", "Coast Courier"])
