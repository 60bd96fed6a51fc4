"""`sitrep eval` commands' error lines and the README table format (no pipeline run needed)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.evaluate.summary import Headline, markdown_table, plain_dict

runner = CliRunner()


def test_eval_news_bad_gold_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "articles.jsonl").write_text("{not json\n", encoding="utf-8")
    (tmp_path / "events.jsonl").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["eval", "news", str(tmp_path)])
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'articles.jsonl'}:1: not valid JSON" in " ".join(result.output.split())


def test_eval_acled_rejects_a_csv_that_is_not_acled(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("name,value\nx,1\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "acled", str(path)])
    assert result.exit_code == 1
    assert ("not an ACLED export: no column event_date, event_type, notes, actor1 (found: name, value)"
            in " ".join(result.output.split()))


def test_markdown_table() -> None:
    rows = [Headline("news", "news-dev", "event F1", 0.4567, 27),
            Headline("geoparse", "lgl", "-", None, note="not available: no module"),
            Headline("news", "news-dev", "events from noise articles", 2.0, 6, unit=""),
            Headline("geoparse", "lgl", "median_km", 11.816, unit="km")]
    assert markdown_table(rows).splitlines() == [
        "| Mode | Set | Measure | Value | n |",
        "|---|---|---|---:|---:|",
        "| news | news-dev | event F1 | 45.7 | 27 |",
        "| geoparse | lgl | - | not available: no module |  |",
        "| news | news-dev | events from noise articles | 2 | 6 |",
        "| geoparse | lgl | median_km | 11.82 km |  |",
    ]
    assert rows[0].key == "news/news-dev/event F1"


def test_plain_dict_accepts_other_scorers_results() -> None:
    assert plain_dict({"f1": 0.5}) == {"f1": 0.5}
    assert plain_dict(Headline("m", "d", "x", 0.1))["value"] == 0.1
