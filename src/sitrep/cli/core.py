"""The main job's commands: ingest, events, show, articles, extract, settings."""

from __future__ import annotations

import json
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from sitrep import settings
from sitrep.cli.app import app, console, err_console, fail, parse_date, say

if TYPE_CHECKING:  # the store pulls in SQLAlchemy: imported only by the commands that need it
    from sitrep.ingest.sidecar import ReportMetadata
    from sitrep.models import Event
    from sitrep.pipeline import IngestReport
    from sitrep.store import Store

DbOption = typer.Option(None, "--db", help="SQLite file or SQLAlchemy URL (default: the `db` setting).")
SchedulerOption = typer.Option(
    None, "--scheduler", help='Extract on a cluster: a Dask scheduler address such as tcp://HOST:8786 '
    '(pip install "sitrep\\[dask]"); or Ray (pip install ray): "ray" starts a local Ray runtime of --workers '
    'CPUs, "ray:auto" uses the cluster `ray start --head` runs here, "ray://HOST:10001" a remote one.',
)


def open_store(db: str | None, create: bool = True) -> Store:
    """The store, or one clear error line (a missing folder, a database driver not installed). `create=False`
    for commands that only read: a mistyped --db is an error, not a new empty store."""
    from sitrep.store import Store, StoreError

    try:
        return Store(db or settings.get("db"), create=create)
    except StoreError as exc:
        fail(str(exc))


def sample_dir() -> Path:
    return Path(str(resources.files("sitrep") / "samples"))


def country_option(name_or_code: str) -> str:
    """The ISO alpha-2 code of a country given by name, code or demonym, or a clear error."""
    from sitrep import countries

    code = countries.iso2(name_or_code)
    if code is None:
        fail(f"--country: no country called {name_or_code!r} (give its name or ISO code, e.g. ML or Mali)")
    return code


def metadata_option(path: Path) -> dict[str, ReportMetadata]:
    """The reports' metadata lines by id, or one clear error naming the file and line."""
    from sitrep.ingest.sidecar import MetadataError, read_metadata

    try:
        return read_metadata(path)
    except MetadataError as exc:
        fail(f"--metadata: {exc}")


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(None, help="Report files or folders (text, HTML, RSS/Atom, JSONL, WARC)."),
    db: str | None = DbOption,
    samples: bool = typer.Option(False, "--samples", help="Ingest the bundled synthetic sample reports."),
    workers: int = typer.Option(1, "--workers", min=1, help="Extract on this many processes."),
    scheduler: str | None = SchedulerOption,
    country: str | None = typer.Option(
        None, "--country", help="The country these reports are about (name or ISO code): places and actors "
        "are read in it unless a report clearly says otherwise.",
    ),
    metadata: Path | None = typer.Option(
        None, "--metadata", help='A JSON Lines file of what is known about each report from outside its text, '
        'one line per report: {"id": file name without extension, "published", "outlet", "url"}.',
    ),
) -> None:
    """Read reports, extract their events and merge them into the store. Re-ingesting adds nothing."""
    from sitrep.pipeline import ingest as run_ingest

    targets = list(paths or []) + ([sample_dir()] if samples else [])
    if not targets:
        fail("give report files or folders to ingest, or --samples for the bundled sample")
    country_code = country_option(country) if country else None
    known = metadata_option(metadata) if metadata else None
    store = open_store(db)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    ) as progress:
        task = progress.add_task("reading reports", total=None)
        try:
            report = run_ingest(
                targets, store, progress=lambda _id: progress.advance(task), workers=workers, scheduler=scheduler,
                country=country_code, metadata=known,
            )
        except ImportError as exc:  # sitrep.scale.DaskNotInstalled says what to install
            fail(str(exc))
        except KeyboardInterrupt:
            _interrupted("every report stored before it is kept whole with its events; run the same command "
                         "again to take up the rest (stored reports are skipped)")
    _say_problems(report)
    skipped = sum(report.skipped_language.values())
    languages = ", ".join(f"{code}: {n}" for code, n in sorted(report.skipped_language.items()))
    console.print(
        f"{report.added} article(s) added ({report.near_duplicates} near-duplicate), "
        f"{report.duplicates} already stored, {len(report.rejections)} rejected; "
        f"{skipped} not extracted (language not supported{': ' + languages if languages else ''}); "
        f"events: {report.events_created} new, {report.events_updated} updated."
        + (f" {report.retried} stored report(s) whose extraction had failed were extracted again." if report.retried
           else "")
        + _sources_added(report)
    )
    if report.duplicates and not (report.added or report.retried):  # e.g. re-run after `sitrep gazetteer add`
        say("Stored reports are not extracted again: to read them with changed rules, actors or gazetteer, run "
            f"sitrep reprocess {db or settings.get('db')} --db NEW.db")
    if report.rejections or report.failed:
        raise typer.Exit(1)


@app.command()
def reprocess(
    source: str = typer.Argument(..., help="The store whose reports to extract again (left as it is)."),
    db: str = typer.Option(..., "--db", help="The new, empty store to write (SQLite path or database URL)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Extract on this many processes."),
    scheduler: str | None = SchedulerOption,
) -> None:
    """Extract and resolve a store's reports again into a new store, after editing the rules, actors or gazetteer.

    Re-ingesting stored reports adds nothing; this reads them again. The old store is left as it was."""
    from sitrep.pipeline import reprocess as run_reprocess
    from sitrep.store import Store, StoreError

    try:
        old = Store(source, create=False)
    except StoreError as exc:
        fail(str(exc))
    new = open_store(db)
    try:
        report = run_reprocess(old, new, workers=workers, scheduler=scheduler)
    except (StoreError, ImportError) as exc:  # ImportError: sitrep.scale.DaskNotInstalled says what to install
        fail(str(exc))
    except KeyboardInterrupt:
        _interrupted(f"{db} holds only the reports done so far ({source} is untouched); delete it and run the same "
                     "command again")
    _say_problems(report)
    console.print(
        f"{report.added} article(s) extracted again into {db}; events: {report.events_created}."
        + _sources_added(report)
    )
    if report.rejections or report.failed:
        raise typer.Exit(1)


def _sources_added(report: IngestReport) -> str:
    """The summary's sentences on reports kept as sources of stored events instead of being extracted."""
    return (
        (f" {report.linked} report(s) not extracted became a source of the event(s) they report." if report.linked
         else "")
        + (f" {report.copies} duplicate(s) printed by another outlet became a source of the stored report's events."
           if report.copies else "")
    )


def _interrupted(what_now: str) -> NoReturn:
    """Ctrl+C: one line saying what the store holds and what to do, and the shell's status for it (130)."""
    say(f"Interrupted: {what_now}.")
    raise typer.Exit(130)


def _say_problems(report: IngestReport) -> None:
    """Each file that could not be read and each report extraction failed on, one line each on stderr."""
    for rejection in report.rejections:
        say(f"Error: {rejection.path}: {rejection.reason}")
    for failure in report.failed:
        say(f"Error: {failure}")


@app.command()
def events(
    db: str | None = DbOption,
    country: str | None = typer.Option(None, help="Only events in this country."),
    since: str | None = typer.Option(None, metavar="DATE", help="Only events on or after this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, metavar="DATE", help="Only events on or before this date (YYYY-MM-DD)."),
    event_type: str | None = typer.Option(None, "--type", help="Only this ACLED event type."),
    actor: str | None = typer.Option(None, help="Only events with this actor (actor1 or actor2)."),
    limit: int = typer.Option(
        100, "--limit", min=0, help="Show at most this many (0: all). A table of thousands is for an export."
    ),
) -> None:
    """The stored events as a table, newest first."""
    from sitrep.store import EventFilter

    store = open_store(db, create=False)
    where = EventFilter(country, parse_date(since, "--since"), parse_date(until, "--until"), event_type, actor)
    rows = store.events(where, limit=limit or None)
    total = store.count_events(where) if limit and len(rows) == limit else len(rows)
    title = f"{total} event(s)" if total == len(rows) else f"the newest {len(rows)} of {total} events (--limit)"
    console.print(_events_table(rows, title, console.width))


_WIDE = 150  # from this width on, every value in its own column (at 120 the nine columns broke words)


def _events_table(rows: list[Event], title: str, width: int) -> Table:
    """The events as a table that reads at `width` columns: at 80 the id over its date, the sub-event type,
    both actors in one cell, the place without its country and the toll (no column is squeezed to a few
    letters); at 150 and more each value in its own column, with the country and the number of sources."""
    from rich import box

    wide = width >= _WIDE
    table = Table(title=title, box=box.HEAVY_HEAD if wide else box.SIMPLE_HEAD, pad_edge=wide, expand=not wide)
    # ids and dates are copied into `sitrep show`: never broken across lines
    columns = (("id", "date", "type", "actor1", "actor2", "location", "country", "fatalities", "sources") if wide
               else ("event, date", "type", "actors", "location", "deaths"))
    ratios = {"type": 2, "actors": 3, "location": 2}  # narrow: the actors' names need the room
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in ("id", "date", "event, date", "deaths"),
                         justify="right" if column == "sources" else "left", ratio=ratios.get(column))
    for event in rows:
        place = ", ".join(p for p in (event.location, event.admin1) if p)
        if event.location_reported:
            place = f"{event.location_reported} (coded at {place})"
        if wide:
            table.add_row(event.event_id, _when(event), f"{event.event_type}\n{event.sub_event_type}",
                          event.actor1 or "", event.actor2 or "", place, event.country or "", _toll(event),
                          str(event.number_of_sources))
        else:
            actors = event.actor1 or ""
            if event.actor2:
                actors += f"\nvs {event.actor2}"
            table.add_row(f"{event.event_id}\n{_when(event)}", event.sub_event_type or event.event_type or "",
                          actors, place or (event.country or ""), _toll(event, short=True))
    return table


def _when(event: Event) -> str:
    if event.event_date is None:
        return "unknown"
    marks = {1: "", 2: " (week)", 3: " (month)"}
    return f"{event.event_date.isoformat()}{marks.get(event.time_precision or 1, '')}"


def _toll(event: Event, short: bool = False) -> str:
    if event.fatalities is None:
        return ""
    if event.fatalities_low == event.fatalities_high:
        return str(event.fatalities)
    if short:
        return f"{event.fatalities} ({event.fatalities_low}–{event.fatalities_high})"
    return f"{event.fatalities} ({event.fatalities_low}–{event.fatalities_high}, best {event.fatalities_best})"


@app.command()
def show(event_id: str, db: str | None = DbOption) -> None:
    """One event: its fields, its sources, every source's claims with their quotes, and why reports merged."""
    store = open_store(db, create=False)
    event = store.get_event(event_id)
    if event is None:
        fail(f"no event {event_id!r} in the store; `sitrep events` lists them")
    fields = Table(title=f"Event {event.event_id}", show_header=False)
    fields.add_column("field", style="bold")
    fields.add_column("value", overflow="fold")
    for name in (
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "actor2",
        "assoc_actor_2",
        "country",
        "admin1",
        "admin2",
        "location",
        "location_reported",
        "latitude",
        "longitude",
        "geo_precision",
        "fatalities",
        "fatalities_low",
        "fatalities_best",
        "fatalities_high",
        "deaths",
        "injured",
        "notes",
    ):
        value = getattr(event, name)
        if name == "deaths" and value is not None:  # who the best estimate's dead were: "actor1 30, actor2 49"
            value = ", ".join(f"{side} {n}" for side, n in value.model_dump().items() if n)
        fields.add_row(name, "; ".join(value) if isinstance(value, list) else ("" if value is None else str(value)))
    console.print(fields)

    linked = sum(source.linked for source in event.sources)  # reports in a language sitrep does not extract
    sources = Table(title=f"{event.number_of_sources} source(s)" + (f", {linked} linked with no claims" if linked
                                                                    else ""))
    for column in ("article", "outlet", "published", "headline", "quote"):
        sources.add_column(column, overflow="fold")
    for source in event.sources:
        article = f"{source.article_id} (linked)" if source.linked else source.article_id
        sources.add_row(article, source.outlet or "", str(source.published or ""), source.title or "",
                        source.quote or "")
    console.print(sources)

    claims = Table(title="Claims (each source's value for each field)")
    for column in ("field", "value", "article", "said by", "rule", "quote"):
        claims.add_column(column, overflow="fold")
    for claim in sorted(event.claims, key=lambda c: (c.field, c.article_id)):
        claims.add_row(
            claim.field,
            str(claim.value),
            claim.article_id,
            claim.attributed_to or "",
            claim.rule or "",
            claim.quote or "",
        )
    console.print(claims)
    console.print(store.explain_event(event_id))


@app.command()
def articles(db: str | None = DbOption) -> None:
    """The stored articles: date, outlet, language, and what extraction made of each."""
    rows = open_store(db, create=False).articles()
    table = Table(title=f"{len(rows)} article(s)")
    for column in ("id", "published", "outlet", "lang", "title", "status"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row.article.id,
            str(row.article.published or ""),
            row.article.outlet or "",
            row.article.language or "",
            (row.article.title or "")[:60],
            row.status,
        )
    console.print(table)


@app.command()
def extract(
    files: list[Path] = typer.Argument(None, help="Report files; `-` reads one report from standard input."),
    jsonl: Path | None = typer.Option(None, "--jsonl", help='JSON Lines of {"id", "text", "published"?}.'),
    country: str | None = typer.Option(None, "--country", help="The country the reports are about (name or code)."),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="DATE", help="YYYY-MM-DD: when undated reports are from; actors renamed over time "
        "are named as of then (no event gets this date).",
    ),
) -> None:
    """Print the events each report gives as JSON Lines (most salient first), without a store."""
    from sitrep.ingest import read_paths
    from sitrep.models import Rejection
    from sitrep.pipeline import extract_articles
    from sitrep.resolve import build_event
    from sitrep.scale import is_failure

    targets = list(files or []) + ([jsonl] if jsonl else [])
    if not targets:
        fail("give report files, `-` for standard input, or --jsonl FILE")
    country_code = country_option(country) if country else None
    as_of_date = parse_date(as_of, "--as-of")
    with tempfile.TemporaryDirectory() as tmp:
        if Path("-") in targets:
            stdin_copy = Path(tmp) / "stdin.txt"
            stdin_copy.write_text(sys.stdin.read(), encoding="utf-8")
            targets = [stdin_copy if t == Path("-") else t for t in targets]
        articles_by_id = {}
        failed = False
        for item in read_paths(targets):
            if isinstance(item, Rejection):
                say(f"Error: {item.path}: {item.reason}")
                failed = True
            else:
                item.country = item.country or country_code
                item.as_of = as_of_date
                articles_by_id[item.id] = item
        for extraction in extract_articles(articles_by_id.values()):
            if is_failure(extraction):  # a crash is no report without events: name the report, go on with the rest
                article = articles_by_id[extraction.article_id]
                say(f"Error: {article.source_path or article.id}: {extraction.skipped}")
                failed = True
            for mention in extraction.events:
                event = build_event([mention], articles_by_id)
                sys.stdout.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command("settings")
def show_settings() -> None:
    """List every setting with its effective value (defaults < settings.toml < SITREP_<NAME>)."""
    table = Table(title=f"Settings (user file: {settings.config_path()})")
    for column in ("name", "value", "default", "help"):
        table.add_column(column, overflow="fold")
    for setting in settings.SETTINGS:
        table.add_row(setting.name, str(settings.get(setting.name)), str(setting.default), setting.help)
    console.print(table)
