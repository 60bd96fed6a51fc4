"""The Typer application every command module registers on, and the one place errors become exit codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console

from sitrep.cli.help import SUPPORTED, PlainGroup

app = typer.Typer(
    name="sitrep",
    help="Turn news reports about armed conflict into an ACLED/UCDP-style event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=PlainGroup if SUPPORTED else None,
)
console = Console()
err_console = Console(stderr=True)


def parse_date(value: str | None, option: str) -> dt.date | None:
    """A --since/--until style option: None stays None, anything but YYYY-MM-DD is a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date; use YYYY-MM-DD")


def say(message: str) -> None:
    """One line on stderr as written: no markup, no wrapping (stdout may carry an export)."""
    err_console.print(message, markup=False, highlight=False, soft_wrap=True)


def cannot_write(path: Path, what: str, exc: OSError) -> NoReturn:
    """A file that could not be written: its name and why, the missing folder named."""
    why = f"folder {path.parent} does not exist" if not path.parent.is_dir() else exc.strerror or str(exc)
    fail(f"{path}: cannot write {what} ({why})")


def fail(message: str) -> NoReturn:
    """Bad usage or bad input the user can fix: one `Error: ...` line on stderr, exit status 1."""
    say(f"Error: {message}")
    raise typer.Exit(1)


@app.callback()
def _root() -> None:
    """sitrep: conflict events from news reports. Start with `sitrep ingest`, then `sitrep events`."""
    from sitrep import settings

    for warning in settings.unknown_variables():
        say(f"Warning: {warning}")
