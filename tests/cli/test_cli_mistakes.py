"""A new user's mistakes through the real CLI (the wrong store, the wrong file): each is one `Error:` line naming
the file and the problem, exit status 1, and whatever was stored is still there."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.models import Article
from sitrep.store import Store, database

REPORT = "Clashes in Kidal\n\nArmed men attacked an army post in Kidal on Monday, killing two soldiers.\n"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, " ".join(result.stderr.split())  # Rich wraps long lines at 80 columns


def _read_only(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """`paths` may not be written, as for an analyst without write permission (tests may run as root, whom
    chmod does not stop)."""
    real = os.access

    def access(path: str | os.PathLike[str], mode: int) -> bool:
        return False if mode & os.W_OK and Path(path) in paths else real(path, mode)

    monkeypatch.setattr(database.os, "access", access)


@pytest.mark.parametrize("command", [["events"], ["articles"], ["show", "ev_1"]])
def test_reading_a_mistyped_store_is_an_error_not_a_new_empty_store(command: list[str], tmp_path: Path) -> None:
    typo = tmp_path / "sitrep.bd"
    assert run(*command, "--db", str(typo)) == (
        1, f"Error: {typo}: no such database; run `sitrep ingest` first or pass --db FILE")
    assert not typo.exists()


def test_reading_an_empty_file_leaves_it_empty(tmp_path: Path) -> None:
    empty = tmp_path / "events.db"
    empty.touch()
    assert run("events", "--db", str(empty)) == (
        1, f"Error: {empty}: an empty file, not a sitrep store; run `sitrep ingest` first or pass --db FILE")
    assert empty.stat().st_size == 0


def test_reading_another_programs_sqlite_database_leaves_it_untouched(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    assert run("events", "--db", str(other)) == (
        1, f"Error: {other}: an SQLite database, but not a sitrep store (no articles table); sitrep leaves it "
           "untouched")
    with sqlite3.connect(other) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall() == [("notes",)]


def test_ingesting_into_a_read_only_store_says_so_before_reading_any_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "team.db"
    Store(db).add_article(Article(id="earlier", text="Residents of Gao marched on Monday for more security."))
    (tmp_path / "kidal.txt").write_text(REPORT)
    _read_only(monkeypatch, db)
    assert run("ingest", str(tmp_path / "kidal.txt"), "--db", str(db)) == (
        1, f"Error: cannot write to the store {db}: the file is read-only (reading it works: sitrep events, "
           "export, serve); make it writable, or ingest into another store")
    assert [row.article.id for row in Store(db, create=False).articles()] == ["earlier"]
    assert run("articles", "--db", str(db))[0] == 0  # reading it still works


def test_a_new_store_in_a_read_only_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kidal.txt").write_text(REPORT)
    _read_only(monkeypatch, tmp_path)
    assert run("ingest", str(tmp_path / "kidal.txt"), "--db", str(tmp_path / "new.db")) == (
        1, f"Error: cannot create the store {tmp_path / 'new.db'}: folder {tmp_path} is read-only")


def test_a_store_in_a_read_only_folder_sqlite_cannot_open_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite writes journal files beside the database even to read it, and says only 'unable to open
    database file' when the folder forbids it."""
    db = tmp_path / "team.db"
    Store(db).close()

    def refuse(_engine: object) -> None:
        raise OperationalError("PRAGMA journal_mode=WAL", {}, sqlite3.OperationalError("unable to open database "
                                                                                       "file"))

    monkeypatch.setattr("sitrep.store.store.create_schema", refuse)
    assert run("events", "--db", str(db)) == (
        1, f"Error: cannot open the store {db}: OperationalError: unable to open database file")
    _read_only(monkeypatch, tmp_path)
    assert run("events", "--db", str(db)) == (
        1, f"Error: cannot open the store {db}: its folder {tmp_path} is read-only, and SQLite writes its journal "
           "beside the database even to read it; copy the store to a folder you can write to")


def test_clustering_a_binary_file_names_it(tmp_path: Path) -> None:
    blob = tmp_path / "docs.jsonl"
    blob.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n')  # Latin-1, not UTF-8
    assert run("cluster", "--jsonl", str(blob)) == (
        1, f"Error: {blob}: not UTF-8 text (at byte 24); give JSON Lines in UTF-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "-f"], "Error: Option '-f' requires an argument. (see sitrep export --help)"),
        (["eval", "acled", "--seed"], "Error: Option '--seed' requires an argument. (see sitrep eval acled --help)"),
        (["events", "--limit", "-3"], "Error: Invalid value for '--limit': Input should be greater than or equal "
                                      "to 0 (see sitrep events --help)"),
        (["events", "--bogus"], "Error: No such option: --bogus (see sitrep events --help)"),
        (["ingets"], "Error: No such command 'ingets'. Did you mean 'ingest'? (see sitrep --help)"),
    ],
)  # fmt: skip
def test_a_usage_mistake_is_one_error_line(
    args: list[str], message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sitrep.cli import main

    monkeypatch.setattr("sys.argv", ["sitrep", *args])
    with pytest.raises(SystemExit) as ended:
        main()
    assert (ended.value.code, capsys.readouterr().err) == (2, message + "\n")
