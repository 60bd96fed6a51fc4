"""Re-running `sitrep ingest` over stored reports adds nothing, and says how to read them again (what an analyst
who just added a gazetteer dump or edited the rules expects the re-run to do)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app


def test_a_rerun_that_adds_nothing_points_to_reprocess(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "s.db"
    folder.mkdir()
    (folder / "r.txt").write_text("Gunmen killed two herders near Kidal, Mali, on 4 March 2024, residents said.\n",
                                  encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(folder), "--db", str(db)], env={"COLUMNS": "400"})
    assert first.exit_code == 0 and "Stored reports are not extracted again" not in first.stderr
    again = runner.invoke(app, ["ingest", str(folder), "--db", str(db)], env={"COLUMNS": "400"})
    assert again.exit_code == 0
    assert again.stdout.startswith("0 article(s) added (0 near-duplicate), 1 already stored, 0 rejected;")
    assert again.stderr.strip() == ("Stored reports are not extracted again: to read them with changed rules, actors "
                                    f"or gazetteer, run sitrep reprocess {db} --db NEW.db")
