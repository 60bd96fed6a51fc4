"""The Typer application every command module registers on, and the one place errors become exit codes."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console

app = typer.Typer(
    name="sitrep",
    help="Turn news reports about armed conflict into an ACLED/UCDP-style event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


class UsageError(Exception):
    """Bad usage or bad input that the user can fix; shown as one `Error: ...` line, exit 1."""


def fail(message: str) -> NoReturn:
    err_console.print(f"Error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@app.callback()
def _root() -> None:
    """sitrep: conflict events from news reports. Start with `sitrep ingest`, then `sitrep events`."""
