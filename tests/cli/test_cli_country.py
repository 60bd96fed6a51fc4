"""`--country`: the analyst's word on which country reports are about, when their text does not say."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()
# "Bura" is a town in Italy, in Kenya and in Yemen; the report names no country.
REPORT = "Gunmen killed three herders in Bura on Monday, residents said.\n"


def test_country_option_places_an_ambiguous_town_in_that_country(tmp_path: Path) -> None:
    report = tmp_path / "bura.txt"
    report.write_text(REPORT, encoding="utf-8")
    plain = runner.invoke(app, ["extract", str(report)])
    hinted = runner.invoke(app, ["extract", str(report), "--country", "Kenya"])
    assert plain.exit_code == 0 and hinted.exit_code == 0, plain.output + hinted.output
    assert json.loads(plain.stdout.splitlines()[0])["country"] != "Kenya"
    event = json.loads(hinted.stdout.splitlines()[0])
    assert (event["country"], event["admin1"], event["location"]) == ("Kenya", "Garissa", "Bura")


def test_ingest_keeps_the_country_with_the_article(tmp_path: Path) -> None:
    from sitrep.store import Store

    report = tmp_path / "bura.txt"
    report.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(report), "--db", str(db), "--country", "KE"])
    assert result.exit_code == 0, result.output
    store = Store(str(db))
    assert store.get_article("bura").country == "KE"
    (event,) = store.events()
    assert event.admin1 == "Garissa"


def test_unknown_country_is_a_clear_error_and_stores_nothing(tmp_path: Path) -> None:
    report = tmp_path / "bura.txt"
    report.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(report), "--db", str(db), "--country", "Narnia"])
    assert result.exit_code != 0
    assert "--country: no country called 'Narnia'" in result.output
    assert not db.exists()
