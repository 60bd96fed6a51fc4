"""Delivery commands: export, serve, brief. Each parses, calls one library function, reports."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from sitrep.cli.app import app, cannot_write, fail, parse_date, say
from sitrep.deliver import FORMATS

if TYPE_CHECKING:
    from sitrep.deliver.source import StoreLike

# The brief and the store-reading modules are imported inside the commands: they pull in pandas, and
# `sitrep --help` should not wait for them.

DB_HELP = "Store: SQLite file, SQLAlchemy URL, or a .jsonl events export (default: the `db` setting)."


def _open(db: str | None) -> StoreLike:
    from sitrep.deliver.source import SourceError, open_source

    try:
        return open_source(db)
    except SourceError as exc:
        fail(str(exc))


@app.command("export")
def export(
    format: str | None = typer.Option(
        None, "--format", "-f",
        help=f"One of: {', '.join(FORMATS)} (default: the -o file's extension: .geojson, .jsonl, .parquet).",
    ),  # fmt: skip
    output: Path | None = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    country: str | None = typer.Option(None, "--country", help="Only this country (e.g. Mali)."),
    since: str | None = typer.Option(None, "--since", metavar="DATE", help="First event date, YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", metavar="DATE", help="Last event date, YYYY-MM-DD."),
    event_type: str | None = typer.Option(None, "--type", help="ACLED event type, e.g. Battles."),
    actor: str | None = typer.Option(None, "--actor", help="Part of an actor name."),
) -> None:
    """Export events as ACLED CSV, UCDP GED CSV, GeoJSON, JSON Lines or Parquet."""
    from sitrep.deliver.export import ExportError, export_events
    from sitrep.store import EventFilter

    if format is None:
        format = _format_of(output)
    if format not in FORMATS:
        fail(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if format == "parquet" and output is None:
        fail("parquet is binary: give an output file with -o FILE.parquet")
    store = _open(db)
    events = store.events(
        EventFilter(country, parse_date(since, "--since"), parse_date(until, "--until"), event_type, actor)
    )
    try:
        result = export_events(events, format, output if output is not None else sys.stdout)
    except BrokenPipeError:
        raise  # stdout's reader left (`sitrep export ... | head`): Click ends quietly, as `cat` does
    except ExportError as exc:
        fail(str(exc))
    except OSError as exc:
        if output is None:
            fail(f"cannot write the export ({exc})")
        cannot_write(output, "the export", exc)
    skipped = f" ({result.skipped} {result.skipped_why} skipped)" if result.skipped else ""
    say(f"Exported {result.written} events as {format}" + (f" to {output}" if output else "") + skipped)


_BY_EXTENSION = {".geojson": "geojson", ".jsonl": "jsonl", ".parquet": "parquet"}


def _format_of(output: Path | None) -> str:
    """The export format an output file's extension names; a usage error when it names none (.csv: which one?)."""
    suffix = output.suffix.lower() if output else ""
    if suffix in _BY_EXTENSION:
        return _BY_EXTENSION[suffix]
    which = " (a .csv file may be acled-csv or ucdp-csv)" if suffix == ".csv" else ""
    fail(f"give the format with --format: one of {', '.join(FORMATS)}{which}")


@app.command("serve")
def serve(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 exposes it to the network)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
) -> None:
    """Serve the JSON API (/events, /articles, /docs) and the web map at http://HOST:PORT/."""
    import socket

    import uvicorn

    from sitrep.deliver.api import create_app

    application = create_app(_open(db))
    # Bound here, before saying where it serves: a port in use is one error line, not 'serving on' then uvicorn's
    try:
        listener = socket.create_server((host, port), reuse_port=False)
    except OSError as exc:
        fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}; give another --port (or --host)")
    say(f"sitrep: serving on http://{host}:{port}/ (API docs at /docs); Ctrl+C stops")
    uvicorn.Server(uvicorn.Config(application, log_level="warning")).run(sockets=[listener])


@app.command("brief")
def brief(
    region: str = typer.Option(
        ..., "--region", help="A country (Mali or ML), an ACLED region (Western Africa) or a first-level region "
        "(Borno)."
    ),
    since: str | None = typer.Option(
        None, "--since", metavar="DATE", help="First day, YYYY-MM-DD (default: the first dated event)."
    ),
    until: str | None = typer.Option(
        None, "--until", metavar="DATE", help="Last day, YYYY-MM-DD (default: the last dated event)."
    ),
    admin1: str | None = typer.Option(None, "--admin1", help="Only this first-level region (e.g. Gao)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    format: str = typer.Option("html", "--format", help="html (self-contained) or md."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """A situation brief for a region and period: headline figures, map, weekly chart, actors, disputes."""
    from sitrep.deliver.brief import BriefError, build_brief, render_html, render_markdown

    if format not in ("html", "md"):
        fail(f"unknown brief format {format!r}; choose html or md")
    start, end = parse_date(since, "--since"), parse_date(until, "--until")
    try:
        made = build_brief(_open(db), region, start, end, admin1=admin1)
    except BriefError as exc:
        fail(str(exc))
    text = render_html(made) if format == "html" else render_markdown(made)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        cannot_write(output, "the brief", exc)
    say(f"Wrote {format} brief ({len(made.events)} event{'' if len(made.events) == 1 else 's'}) to {output}")
