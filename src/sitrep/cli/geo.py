"""Gazetteer and geoparsing commands: `sitrep gazetteer add|download|info|rebuild`, `sitrep geoparse`.

The geocoder, the index builder and the HTTP client are imported inside the commands: loading them costs about
half a second (pydantic models, rapidfuzz, httpx), which `sitrep --help` and every other command should not pay.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from sitrep import settings
from sitrep.cli.app import app, console, fail

if TYPE_CHECKING:
    from sitrep.models import Toponym

gazetteer_app = typer.Typer(help="The local gazetteer: what is loaded, and adding GeoNames/OSM data.",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("info")
def info() -> None:
    """Where the compiled index is, what it was built from, and how many places it holds."""
    from sitrep.geo import get_geocoder

    geocoder = get_geocoder()
    console.print(f"index: {geocoder.index.path}")
    for source in geocoder.index.sources():
        console.print(f"source: {source}")
    for name, count in geocoder.index.stats().items():
        console.print(f"{name}: {count}")


@gazetteer_app.command("add")
def add(paths: list[Path] = typer.Argument(..., help="GeoNames dumps (CC.txt/.zip), admin1CodesASCII.txt, "
                                           "admin2Codes.txt, OSM place extracts (*.sqlite[.zip]), or folders "
                                           "holding them.")) -> None:
    """Add gazetteer files to the index (admin code files beside a dump are picked up too)."""
    from sitrep.geo import GazetteerError
    from sitrep.geo.build import add_sources

    try:
        added = add_sources(settings.data_dir(), paths)
    except GazetteerError as exc:
        fail(str(exc))
    _report_added(added)


def _report_added(added: dict[str, int]) -> None:
    """Rows per file, what the index holds now, and that stored reports keep their old places until reprocessed."""
    from sitrep.geo import clear_cache, get_geocoder

    clear_cache()
    for path, count in added.items():
        console.print(f"{path}: {count} rows")
    places = get_geocoder().index.stats().get("places")
    if places is not None:
        console.print(f"the index now holds {places:,} places")
    console.print("reports already stored keep the places they were given: "
                  "`sitrep reprocess STORE --db NEW.db` reads them again with this gazetteer")


@gazetteer_app.command("rebuild")
def rebuild() -> None:
    """Rebuild the index from the embedded default only (drops added files; add them again after)."""
    from sitrep.geo import GazetteerError, clear_cache
    from sitrep.geo.build import build_default

    try:
        path = build_default(settings.data_dir())
    except GazetteerError as exc:
        fail(str(exc))
    clear_cache()
    console.print(f"rebuilt {path}")


@gazetteer_app.command("download")
def download(countries: list[str] = typer.Argument(..., help="ISO alpha-2 country codes, e.g. ML BF NE.")) -> None:
    """Download GeoNames country dumps and admin code files over HTTP, then add them."""
    from sitrep.geo import GazetteerError
    from sitrep.geo.build import add_sources
    from sitrep.geo.download import DownloadError, download_dumps

    target = settings.data_dir() / "downloads"
    try:
        paths = download_dumps([c.upper() for c in countries], target)
        added = add_sources(settings.data_dir(), paths)
    except (DownloadError, GazetteerError) as exc:
        fail(str(exc))
    _report_added(added)


def _read_inputs(files: list[Path], jsonl: Path | None, gold_spans: bool) -> Iterator[dict]:
    for path in files:
        try:
            yield {"id": path.name, "text": path.read_text(encoding="utf-8")}
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{path}: cannot read ({exc})")
    if jsonl is None:
        return
    handle = sys.stdin if str(jsonl) == "-" else jsonl.open(encoding="utf-8")
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(f"{jsonl}:{number}: not JSON ({exc.msg})")
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                fail(f'{jsonl}:{number}: expected an object with "id" and "text"')
            if gold_spans and not isinstance(record.get("spans"), list):
                fail(f'{jsonl}:{number}: --gold-spans needs "spans": [[start, end], ...]')
            yield record


def _toponym_json(toponym: Toponym) -> dict[str, object]:
    place = toponym.place
    return {
        "start": toponym.start, "end": toponym.end, "text": toponym.text,
        "name": place.name if place else None,
        "geonameid": place.geonameid if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "feature_code": place.feature_code if place else None,
    }


@app.command("geoparse")
def geoparse(
    files: list[Path] = typer.Argument(None, help="Plain-text files, one document each."),
    jsonl: Path | None = typer.Option(None, "--jsonl", help='JSON lines {"id", "text"[, "spans"]}; - for stdin.'),
    gold_spans: bool = typer.Option(False, "--gold-spans", help='Resolve exactly the "spans" each line gives.'),
    language: str = typer.Option("en", "--language", help="Language of the texts (en, fr)."),
    adjectives: bool = typer.Option(
        True, "--adjectives/--no-adjectives",
        help='Adjectival place mentions ("Russian", "South Ossetian") are toponyms, as LGL and GeoWebNews code them.'),
) -> None:
    """Find and resolve the place names of each document; prints one JSON object per document."""
    if not files and jsonl is None:
        fail("give text files or --jsonl FILE")
    from sitrep.geo import get_geocoder

    geocoder = get_geocoder()
    for number, record in enumerate(_read_inputs(files or [], jsonl, gold_spans)):
        text = record["text"]
        try:
            if gold_spans:
                toponyms = geocoder.resolve_spans(text, [(int(s), int(e)) for s, e in record["spans"]], language)
            else:
                toponyms = geocoder.find_toponyms(text, language=language, adjectives=adjectives)
        except (ValueError, TypeError) as exc:
            fail(f"document {record.get('id', number)}: {exc}")
        out = {"id": record.get("id", number), "toponyms": [_toponym_json(t) for t in toponyms]}
        typer.echo(json.dumps(out, ensure_ascii=False))
