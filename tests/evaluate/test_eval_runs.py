"""`sitrep eval news` and `sitrep eval acled` end to end on the hand-made fixtures: real pipeline, real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate"
runner = CliRunner()


def test_eval_news_runs_the_pipeline_on_the_set(tmp_path: Path) -> None:
    db = tmp_path / "eval.db"
    result = runner.invoke(app, ["eval", "news", str(FIXTURES / "news-mini"), "--keep-db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    store = Store(db)
    assert len(store.events()) == scores["n_predicted"]
    assert len(store.articles()) == 5
    store.close()
    assert scores["n_gold"] == 3  # G1, G2, G4: G3 is only mentioned in passing
    assert set(scores["per_language"]) == {"en", "fr"}
    assert set(scores["noise_events"]) == {"n04"}
    assert scores["n_predicted"] >= 1  # three short reports of violent events: the system finds something
    assert scores["unsupported_only_events"] == 0  # nothing read from the Italian report
    assert set(scores["fields"]) >= {"date", "event_type", "actor1", "fatalities_acled"}


def test_eval_acled_reads_notes_as_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    args = ["eval", "acled", str(FIXTURES / "acled-new.csv"), "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert (scores["n_notes"], scores["date_stated"]) == (3, 2)
    assert scores["fields"]["event_type"]["total"] == 3
    assert scores["with_event"] >= 1
    assert (tmp_path / "sitrep" / "eval-parses.sqlite3").is_file()  # the parses, kept for the next run
    assert json.loads(runner.invoke(app, args).stdout) == scores
    assert json.loads(runner.invoke(app, [*args, "--no-parse-cache"]).stdout) == scores


def test_eval_acled_all_overrides_the_sample() -> None:
    args = ["eval", "acled", str(FIXTURES / "acled-new.csv"), "--sample", "1", "--json", "--no-parse-cache"]
    assert json.loads(runner.invoke(app, args).stdout)["n_notes"] == 1
    assert json.loads(runner.invoke(app, [*args, "--all"]).stdout)["n_notes"] == 3


def test_eval_news_refuses_to_reuse_a_store(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(b"")
    result = runner.invoke(app, ["eval", "news", str(FIXTURES / "news-mini"), "--keep-db", str(db)])
    assert result.exit_code == 1
    assert "already exists; the evaluation needs a fresh store" in " ".join(result.output.split())


def test_eval_all_scores_geoparse_gold_spans_and_end_to_end(tmp_path: Path) -> None:
    """An acceptance folder may hold only some modes: each present one runs, geoparse both ways."""
    from sitrep.evaluate.summary import headline_figures

    geoparse = tmp_path / "external" / "geoparse"
    geoparse.mkdir(parents=True)
    (geoparse / "tiny.xml").write_text(
        "<articles><article><text>Heavy rain flooded Bamako on Monday.</text><locations><location>"
        "<name>Bamako</name><start>19</start><end>25</end><lat>12.65</lat><lon>-8.0</lon></location>"
        "</locations></article></articles>", encoding="utf-8")
    rows = {row.key: row for row in headline_figures(tmp_path)}
    assert rows["geoparse/tiny gold spans/acc_161"].value == 1.0
    assert "geoparse/tiny/acc_161" in rows
    assert not any(key.startswith(("news/", "acled/", "clusters/")) for key in rows)


def test_eval_acled_several_seeds_give_one_line_each() -> None:
    base = ["eval", "acled", str(FIXTURES / "acled-new.csv"), "--sample", "2", "--no-parse-cache"]
    each = {seed: json.loads(runner.invoke(app, [*base, "--seed", seed, "--json"]).stdout) for seed in ("1", "2")}
    both = runner.invoke(app, [*base, "--seed", "1", "--seed", "2", "--json"])
    assert json.loads(both.stdout) == each
    table = runner.invoke(app, [*base, "--seed", "1", "--seed", "2", "--markdown"]).stdout.splitlines()
    assert table[0].startswith("| seed | notes | event_type | sub_event_type | actor1 |")
    assert [line.split(" | ")[0] for line in table[2:]] == ["| 1", "| 2", "| all"]
    type_cells = [line.split(" | ")[2] for line in table[2:4]]
    assert type_cells == [f"{100 * each[s]['fields']['event_type']['accuracy']:.1f}" for s in ("1", "2")]
    hits = sum(each[s]["fields"]["event_type"]["correct"] for s in ("1", "2"))
    assert table[4].split(" | ")[1:3] == ["4", f"{100 * hits / 4:.1f}"]  # all: both samples' notes added up
