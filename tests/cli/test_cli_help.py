"""`--help` of every command reads as command-line help does: values named TEXT, INTEGER, PATH, DATE, flags with no
value name, arguments in capitals; never Typer 0.29's Python annotations (`<str>`, `<bool>`, `<list[Path]>`)."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.cli.help import value_name


def _command_paths() -> list[list[str]]:
    paths: list[list[str]] = [[]]

    def walk(group: object, prefix: list[str]) -> None:
        for name, command in getattr(group, "commands", {}).items():
            paths.append([*prefix, name])
            walk(command, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return paths


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"})  # no wrapped lines
    assert result.exit_code == 0, result.output
    return result.stdout


def _row(text: str, option: str) -> str:
    """The help row of `option`, its frame and padding squeezed out: '--db TEXT SQLite file or ...'."""
    for line in text.splitlines():
        words = line.strip("│ ").split()
        if option in words[:3]:
            return " ".join(word for word in words if word != "*")
    raise AssertionError(f"no row for {option} in:\n{text}")


@pytest.mark.parametrize("command", _command_paths(), ids=lambda path: " ".join(path) or "sitrep")
def test_no_command_shows_a_python_annotation_as_a_value_name(command: list[str]) -> None:
    text = _help(*command)
    assert not re.search(r"<(str|bool|int|float|path|file|dir|list\[[^\]]*\]|int range)>", text), text
    assert not re.search(r"Usage: .*\{", text), text  # Typer's {required} argument braces
    assert _row(text, "--help") == "--help Show this message and exit."


def test_ingest_help_names_values_flags_and_arguments_plainly() -> None:
    text = _help("ingest")
    assert "Usage: sitrep ingest [OPTIONS] [PATHS]..." in text
    assert _row(text, "PATHS...").startswith("PATHS... PATH Report files or folders")
    assert _row(text, "--db").startswith("--db TEXT SQLite file or SQLAlchemy URL")
    assert _row(text, "--samples") == "--samples Ingest the bundled synthetic sample reports."
    assert _row(text, "--workers").startswith("--workers INTEGER [x>=1] Extract on this many processes.")
    assert _row(text, "--metadata").startswith("--metadata PATH A JSON Lines file")


def test_dates_choices_and_required_arguments() -> None:
    assert _row(_help("events"), "--since").startswith("--since DATE Only events on or after this date")
    assert _row(_help("export"), "--until").startswith("--until DATE Last event date")
    assert _row(_help("extract"), "--as-of").startswith("--as-of DATE YYYY-MM-DD")
    show = _help("show")
    assert "Usage: sitrep show [OPTIONS] EVENT_ID" in show
    assert _row(show, "EVENT_ID") == "EVENT_ID TEXT [required]"
    acled = _help("eval", "acled")
    assert _row(acled, "CSV_PATH").startswith("CSV_PATH FILE An ACLED export")
    assert _row(acled, "--parse-cache").startswith("--parse-cache --no-parse-cache Keep the notes'")
    assert _row(_help("bench"), "--corpus").startswith("--corpus DIRECTORY Folder of reports")


def test_a_missing_argument_is_named_as_the_help_names_it(capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.cli import main

    monkeypatch.setattr("sys.argv", ["sitrep", "reprocess"])
    with pytest.raises(SystemExit) as ended:
        main()
    assert (ended.value.code, capsys.readouterr().err) == (
        2, "Error: Missing argument 'SOURCE'. (see sitrep reprocess --help)\n")


@pytest.mark.parametrize(("label", "name"), [
    ("<str>", "TEXT"), ("<int range>", "INTEGER"), ("<list[Path]>", "PATH"), ("<dir>", "DIRECTORY"),
    ("<html|md>", "[html|md]"), ("<uuid>", "UUID"),
])  # fmt: skip
def test_value_names(label: str, name: str) -> None:
    assert value_name(label) == name
