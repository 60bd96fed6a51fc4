from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()


def _flat(output: str) -> str:
    """The console wraps long lines (and may break inside a path); compare without the breaks."""
    return "".join(output.split())


def test_geoparse_gold_spans(tmp_path: Path) -> None:
    text = "Gunmen attacked Gao, in Mali."
    lines = tmp_path / "docs.jsonl"
    lines.write_text(json.dumps({"id": "d1", "text": text, "spans": [[16, 19], [24, 28]]}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["geoparse", "--jsonl", str(lines), "--gold-spans"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["id"] == "d1"
    gao, mali = out["toponyms"]
    assert (gao["start"], gao["end"], gao["text"], gao["country_code"], gao["admin1"]) == (16, 19, "Gao", "ML", "Gao")
    assert set(gao) == {"start", "end", "text", "name", "geonameid", "latitude", "longitude", "country_code",
                        "admin1", "feature_code"}
    assert mali["feature_code"] == "PCLI"


def test_geoparse_reads_adjectival_place_mentions_unless_told_not_to(tmp_path: Path) -> None:
    lines = tmp_path / "docs.jsonl"
    lines.write_text(json.dumps({"id": "d1", "text": "Malian troops patrolled near Gao."}) + "\n", encoding="utf-8")
    found = runner.invoke(app, ["geoparse", "--jsonl", str(lines)])
    assert found.exit_code == 0, found.output
    assert [(t["text"], t["country_code"]) for t in json.loads(found.output)["toponyms"]] == [("Malian", "ML"),
                                                                                                ("Gao", "ML")]
    plain = runner.invoke(app, ["geoparse", "--jsonl", str(lines), "--no-adjectives"])
    assert [t["text"] for t in json.loads(plain.output)["toponyms"]] == ["Gao"]


def test_geoparse_bad_line_names_file_and_line(tmp_path: Path) -> None:
    lines = tmp_path / "docs.jsonl"
    lines.write_text('{"id": "a", "text": "x"}\n{oops\n', encoding="utf-8")
    result = runner.invoke(app, ["geoparse", "--jsonl", str(lines)])
    assert result.exit_code == 1
    assert _flat(f"Error: {lines}:2: not JSON") in _flat(result.output)


def test_gazetteer_add_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "ZZ.txt"
    bad.write_text("not\ta\tdump\n", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "add", str(bad)])
    assert result.exit_code == 1
    assert _flat(f"Error: {bad}:1: expected the 19 tab-separated GeoNames columns, found 3") in _flat(result.output)


def test_gazetteer_add_folder_says_what_the_index_holds_and_how_to_reread_stored_reports(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.geo import clear_cache
    from sitrep.geo.build import build_default

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "geo"
    folder = tmp_path / "geonames"
    folder.mkdir()
    for name in ("ML.txt", "admin1CodesASCII.txt"):
        shutil.copy(fixtures / name, folder / name)
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path / "data"))
    build_default(tmp_path / "data", embedded=False)
    try:
        result = runner.invoke(app, ["gazetteer", "add", str(folder)])
    finally:
        clear_cache()  # the next test's geocoder reads the user's index again
    assert result.exit_code == 0, result.output
    flat = _flat(result.output)
    assert _flat(f"{folder / 'ML.txt'}:") in flat and "theindexnowholds" in flat
    assert _flat("`sitrep reprocess STORE --db NEW.db`") in flat


def test_gazetteer_download_rejects_bad_codes() -> None:
    result = runner.invoke(app, ["gazetteer", "download", "Mali"])
    assert result.exit_code == 1 and _flat("Error: not ISO alpha-2 country codes: MALI") in _flat(result.output)


def test_gazetteer_info() -> None:
    result = runner.invoke(app, ["gazetteer", "info"])
    assert result.exit_code == 0 and "embedded default" in result.output and "places:" in result.output
