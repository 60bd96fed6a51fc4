"""The main job through the real CLI: ingest into a real SQLite file, list, show, extract; bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import EventFilter

runner = CliRunner()


def run(*args: str, input: str | None = None):  # noqa: ANN201
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "400"})  # tables unwrapped


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "sample.db"
    result = run("ingest", "--samples", "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def test_ingest_samples_reports_what_it_did(sample_db: Path) -> None:
    again = run("ingest", "--samples", "--db", str(sample_db))
    assert again.exit_code == 0
    assert again.stdout.startswith("0 article(s) added (0 near-duplicate), 5 already stored, 0 rejected;")


def test_two_outlets_reporting_one_attack_give_one_event(sample_db: Path) -> None:
    result = run("events", "--db", str(sample_db), "--country", "Mali")
    assert result.exit_code == 0
    assert "1 event(s)" in result.stdout
    assert "Violence against civilians" in result.stdout


def test_events_shows_a_page_and_says_how_many_there_are(sample_db: Path) -> None:
    from sitrep.store import Store

    total = Store(str(sample_db)).count_events()
    assert total >= 3
    page = run("events", "--db", str(sample_db), "--limit", "2")
    assert page.exit_code == 0
    assert f"the newest 2 of {total} events (--limit)" in page.stdout
    every = run("events", "--db", str(sample_db), "--limit", "0")
    assert f"{total} event(s)" in every.stdout


def test_events_table_reads_in_an_80_column_terminal(sample_db: Path) -> None:
    from sitrep.store import Store

    result = runner.invoke(app, ["events", "--db", str(sample_db)], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if "actors" in line)
    assert header.split() == ["event,", "date", "type", "actors", "location", "deaths"]
    words = set(re.findall(r"[\w'-]+", result.stdout))
    for event in Store(str(sample_db)).events():
        assert event.event_id in words and str(event.event_date or "unknown") in result.stdout  # to copy into `show`
        # no column squeezed to a few letters: every word of the actors and place is printed whole
        for value in (event.actor1, event.actor2, event.location):
            assert set(re.findall(r"[\w'-]+", value or "")) <= words, value


def test_events_table_at_160_columns_gives_each_value_its_own_column(sample_db: Path) -> None:
    from sitrep.store import Store

    result = runner.invoke(app, ["events", "--db", str(sample_db)], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 160
    header = next(line for line in lines if "actor1" in line)
    assert [h.strip() for h in header.strip("┃").split("┃")] == [
        "id", "date", "type", "actor1", "actor2", "location", "country", "fatalities", "sources"]
    for event in Store(str(sample_db)).events():
        row = next(line for line in lines if event.event_id in line)
        assert str(event.event_date or "unknown") in row and (event.country or "") in row
        assert (event.actor1 or "").split()[0] in row


def test_show_lists_each_sources_toll_with_its_quote(sample_db: Path) -> None:
    from sitrep.store import Store

    (event,) = Store(str(sample_db)).events(EventFilter(country="Mali"))
    assert event.admin1 == "Mopti"
    assert event.number_of_sources == 2
    assert (event.fatalities, event.fatalities_high) == (12, 14)
    result = run("show", event.event_id, "--db", str(sample_db))
    assert result.exit_code == 0
    assert "killing 12 civilians" in result.stdout
    assert "At least 14 civilians were killed" in result.stdout
    assert event.deaths is not None and event.fatalities_best == event.deaths.civilians  # who died: civilians
    assert re.search(rf"deaths +│ civilians {event.fatalities_best} ", result.stdout)


def test_show_names_each_sources_headline(sample_db: Path) -> None:
    from sitrep.store import Store

    (event,) = Store(str(sample_db)).events(EventFilter(country="Mali"))
    result = run("show", event.event_id, "--db", str(sample_db))
    assert re.search(r"┃ article +┃ outlet +┃ published +┃ headline +┃ quote +┃", result.stdout)
    assert re.search(r"│ The Daily Courier +│ 2024-03-10 +│ Central Mali village attacked, at least 14 dead +│",
                     result.stdout)


def test_undated_report_gives_no_date(sample_db: Path) -> None:
    from sitrep.store import Store

    (event,) = Store(str(sample_db)).events(EventFilter(country="Niger"))
    assert event.event_type == "Explosions/Remote violence"
    assert event.event_date is None


def test_unknown_event_is_a_one_line_error(sample_db: Path) -> None:
    result = run("show", "nope", "--db", str(sample_db))
    assert result.exit_code == 1
    assert result.stderr == "Error: no event 'nope' in the store; `sitrep events` lists them\n"


def test_bad_files_are_named_and_the_rest_is_ingested(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Protest in Gao\n\nHundreds of residents marched in Gao on Monday to demand more security.\n")
    assert run("ingest", str(earlier), "--db", str(db)).exit_code == 0
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "good.txt").write_text(
        "Clashes in Kidal\n\nArmed men attacked an army post in Kidal on Monday, killing two soldiers, "
        "the army said.\n"
    )
    result = run("ingest", str(folder), "--db", str(db))
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert any(line.startswith(f"Error: {folder / 'empty.txt'}: ") for line in errors)
    assert any(line.startswith(f"Error: {folder / 'binary.txt'}: ") for line in errors)
    assert result.stdout.startswith("1 article(s) added")
    listing = run("articles", "--db", str(db))
    assert "good" in listing.stdout and "earlier" in listing.stdout


def test_a_changed_report_under_a_stored_id_is_refused_and_the_stored_one_kept(tmp_path: Path) -> None:
    db, report = tmp_path / "x.db", tmp_path / "kidal.txt"
    report.write_text("Clashes in Kidal\n\nArmed men attacked an army post in Kidal on Monday, the army said.\n")
    assert run("ingest", str(report), "--db", str(db)).exit_code == 0
    report.write_text("Market day in Kidal\n\nTraders returned to the market in Kidal on Tuesday.\n")
    result = run("ingest", str(report), "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {report}: article id 'kidal' is already stored with a different text")
    from sitrep.store import Store

    assert "army post" in Store(str(db)).get_article("kidal").text


def test_extract_prints_event_json_lines(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        " date 2024-05-06 Test Wire, NIAMEY\n\nGunmen killed five villagers in Ayorou, in Niger's Tillabéri "
        "region, on Sunday, a local official said.\n"
    )
    result = run("extract", str(report))
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    event = json.loads(line)
    for key in ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                "assoc_actor_1", "actor2", "assoc_actor_2", "country", "iso", "admin1", "admin2", "location",
                "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_best",
                "fatalities_high", "injured", "sources", "claims", "notes"):
        assert key in event
    assert event["event_date"] == "2024-05-05"
    assert event["fatalities"] == 5
    assert event["sources"][0]["article_id"] == "r"


@pytest.mark.shared
def test_seeds_give_the_four_events_each_once(shared_dir: Path, tmp_path: Path) -> None:
    from sitrep.store import Store

    db = tmp_path / "seeds.db"
    assert run("ingest", str(shared_dir / "seeds"), "--db", str(db)).exit_code == 0
    events = Store(str(db)).events()
    by_date = {str(e.event_date): e for e in events}
    assert len(events) == 4, [(e.event_date, e.location, e.event_type) for e in events]
    indelimane = by_date["2019-11-01"]  # the village is in GeoNames' Mali dump, not in the embedded default
    assert (indelimane.country, indelimane.admin1) == ("Mali", "Ménaka")
    assert indelimane.number_of_sources == 3
    convoy = by_date["2019-11-02"]
    assert convoy.sub_event_type == "Remote explosive/landmine/IED"
    assert convoy.number_of_sources == 3
    assert by_date["2023-09-17"].admin1 == "Tombouctou"
    undated = by_date["None"]
    assert undated.admin1 == "Ménaka" and undated.actor2 is not None


def test_a_march_that_dispersed_by_itself_is_a_peaceful_protest_with_no_other_side(sample_db: Path) -> None:
    from sitrep.store import Store

    (event,) = Store(str(sample_db)).events(EventFilter(country="Kenya"))
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.actor1 == "Protesters (Kenya)" and event.actor2 is None


def test_a_store_in_a_missing_folder_is_one_error_line(tmp_path: Path) -> None:
    result = run("events", "--db", str(tmp_path / "no-such-folder" / "x.db"))
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Error: cannot open the store" in result.output and "no-such-folder" in result.output


def test_ingest_says_how_many_unextracted_reports_became_sources(tmp_path: Path) -> None:
    (tmp_path / "djibo_it.txt").write_text(
        "Dodici gendarmi sono stati uccisi lunedì in un attacco contro il loro posto a Djibo, nel nord del Burkina "
        "Faso, secondo il ministero della sicurezza. Gli assalitori sono fuggiti in moto.", encoding="utf-8")
    (tmp_path / "djibo_en.txt").write_text(
        "Gunmen attacked a gendarmerie post in Djibo, in northern Burkina Faso, on 1 March 2021, killing 12 "
        "gendarmes, the security ministry said. The attackers fled on motorbikes.", encoding="utf-8")
    result = run("ingest", str(tmp_path / "djibo_it.txt"), str(tmp_path / "djibo_en.txt"),
                 "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0, result.output
    summary = " ".join(result.stdout.split())  # the console wraps the line
    assert "1 not extracted (language not supported: it: 1); events: 1 new, 0 updated." in summary
    assert "1 report(s) not extracted became a source of the event(s) they report." in summary


def test_the_djibo_headline_and_lead_are_one_event_with_both_sides_dead(sample_db: Path) -> None:
    from sitrep.store import Store

    (event,) = Store(str(sample_db)).events(EventFilter(country="Burkina Faso"))
    assert event.event_date is not None and event.event_date.isoformat() == "2024-03-10"
    assert (event.fatalities, event.fatalities_best) == (19, 19)  # nine soldiers + "une dizaine" of assailants
