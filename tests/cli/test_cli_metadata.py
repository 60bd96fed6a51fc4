"""`--metadata`: a JSON Lines file of what is known about each report from outside its text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest.sidecar import MetadataError, apply_metadata, read_metadata
from sitrep.models import Article

runner = CliRunner()
# A bare body: no header, so only the metadata can say when "on Friday" was.
REPORT = "Gunmen killed four villagers in Bankass on Friday, local officials said.\n"


def _metadata(tmp_path: Path, *lines: dict | str) -> Path:
    path = tmp_path / "meta.jsonl"
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines), encoding="utf-8")
    return path


def test_metadata_dates_a_report_whose_text_gives_no_date(tmp_path: Path) -> None:
    from sitrep.store import Store

    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "bankass.txt").write_text(REPORT, encoding="utf-8")
    meta = _metadata(tmp_path, {"id": "bankass", "published": "2024-05-13", "outlet": "Sahel Daily", "kind": "x"})
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "reports"), "--db", str(db), "--metadata", str(meta)])
    assert result.exit_code == 0, result.output
    store = Store(str(db))
    article = store.get_article("bankass")
    assert (article.published, article.outlet) == (dt.date(2024, 5, 13), "Sahel Daily")
    (event,) = store.events()
    assert event.event_date == dt.date(2024, 5, 10)  # the Friday before a Monday's report


def test_the_reports_own_words_win_over_its_metadata(tmp_path: Path) -> None:
    article = Article(id="a", text="x", outlet="Page Outlet", published=dt.date(2024, 1, 2), published_precision=1)
    metadata = read_metadata(
        _metadata(tmp_path, {"id": "a", "outlet": "Other", "published": "2023-12-31", "url": "https://e.x/a"})
    )
    filled = apply_metadata(article, metadata)
    assert (filled.outlet, filled.published, filled.url) == ("Page Outlet", dt.date(2024, 1, 2), "https://e.x/a")


def test_a_batch_files_reports_take_their_own_lines_not_the_files(tmp_path: Path) -> None:
    from sitrep.ingest import read_paths

    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"id": i, "text": REPORT}) for i in ("a", "b")), encoding="utf-8")
    metadata = read_metadata(_metadata(tmp_path, {"id": "batch", "outlet": "Whole File"}, {"id": "a", "outlet": "A"}))
    outlets = {a.id: apply_metadata(a, metadata).outlet for a in read_paths([batch]) if isinstance(a, Article)}
    assert outlets == {"a": "A", "b": None}


@pytest.mark.parametrize(("line", "problem"), [
    ("{not json", "line 2: not valid JSON"),
    ('{"outlet": "X"}', 'line 2: expected a JSON object with an "id"'),
    ('{"id": "b", "published": "last week"}', "line 2: \"published\" is not a date: 'last week'"),
])
def test_a_bad_metadata_line_is_named_and_nothing_is_stored(tmp_path: Path, line: str, problem: str) -> None:
    (tmp_path / "bankass.txt").write_text(REPORT, encoding="utf-8")
    meta = _metadata(tmp_path, {"id": "bankass"}, line)
    with pytest.raises(MetadataError, match=problem):
        read_metadata(meta)
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "bankass.txt"), "--db", str(db), "--metadata", str(meta)])
    assert result.exit_code != 0
    assert f"--metadata: {meta}: {problem}" in " ".join(result.output.split())
    assert not db.exists()
