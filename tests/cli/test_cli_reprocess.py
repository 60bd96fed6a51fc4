"""`sitrep reprocess`: an analyst edits the actor knowledge base, then extracts the stored reports again."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep import settings
from sitrep.cli import app
from sitrep.extract.actor_kb import get_actor_kb
from sitrep.store import Store

runner = CliRunner()

REPORT = """Gunmen kill five villagers near Douentza

BAMAKO, 12 March 2024 - Fighters of the Kel Sadar Front attacked a village near Douentza on Monday, killing
five villagers, the regional governor said.
"""

USER_ACTORS = """actors:
  - name: Kel Sadar Front
    type: Rebel group
    country: Mali
    aliases: {en: [Kel Sadar Front], fr: [Front Kel Sadar]}
"""


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args), env={"COLUMNS": "400"})


@pytest.fixture
def fresh_actor_kb() -> Iterator[None]:
    """The knowledge base is loaded once per process: load it again after the test edits it, and after."""
    get_actor_kb.cache_clear()
    yield
    get_actor_kb.cache_clear()


def test_an_alias_added_after_ingest_takes_effect_in_the_reprocessed_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_actor_kb: None
) -> None:
    (tmp_path / "r1.txt").write_text(REPORT, encoding="utf-8")
    old_db, new_db = tmp_path / "old.db", tmp_path / "new.db"
    assert run("ingest", str(tmp_path / "r1.txt"), "--db", str(old_db)).exit_code == 0
    (before,) = Store(old_db).events()
    assert before.actor1 == "Unidentified Armed Group (Mali)"

    # The analyst's own data folder: the compiled gazetteer as before, plus a file of their own actors.
    user_data = tmp_path / "data"
    (user_data / "actors").mkdir(parents=True)
    (user_data / "gazetteer.sqlite").symlink_to(settings.data_dir() / "gazetteer.sqlite")
    (user_data / "actors" / "mine.yaml").write_text(USER_ACTORS, encoding="utf-8")
    monkeypatch.setenv("SITREP_DATA_DIR", str(user_data))
    get_actor_kb.cache_clear()

    again = run("ingest", str(tmp_path / "r1.txt"), "--db", str(old_db))
    assert "1 already stored" in again.stdout  # why reprocess exists: ingest never extracts a stored report again

    result = run("reprocess", str(old_db), "--db", str(new_db))
    assert result.exit_code == 0, result.output
    assert "1 article(s) extracted again" in result.stdout
    (after,) = Store(new_db).events()
    assert after.actor1 == "Kel Sadar Front"
    assert (after.event_date, after.location) == (before.event_date, before.location)
    assert Store(old_db).events()[0].actor1 == "Unidentified Armed Group (Mali)"  # the old store is left as it was


def test_reprocess_refuses_to_write_into_its_own_or_a_filled_store(tmp_path: Path) -> None:
    (tmp_path / "r1.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "old.db"
    assert run("ingest", str(tmp_path / "r1.txt"), "--db", str(db)).exit_code == 0
    events_before = Store(db).fingerprint()

    same = run("reprocess", str(db), "--db", str(db))
    assert same.exit_code == 1
    assert "give another database than the one it reads" in same.output

    other = tmp_path / "other.db"
    assert run("ingest", str(tmp_path / "r1.txt"), "--db", str(other)).exit_code == 0
    filled = run("reprocess", str(db), "--db", str(other))
    assert filled.exit_code == 1
    assert "already holds reports" in filled.output
    assert Store(db).fingerprint() == events_before


def test_reprocess_names_a_missing_store(tmp_path: Path) -> None:
    result = run("reprocess", str(tmp_path / "nowhere.db"), "--db", str(tmp_path / "new.db"))
    assert result.exit_code == 1
    assert "nowhere.db" in result.output
    assert not os.path.exists(tmp_path / "new.db")
