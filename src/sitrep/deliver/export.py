"""Write events as ACLED CSV, UCDP GED CSV, GeoJSON, JSON Lines or Parquet.

ACLED columns follow ACLED's current export order (31 columns). Conventions where sitrep must choose:
- `fatalities` is 0 when no source gave a toll (ACLED's rule), `inter2` is 0 when there is no actor2;
- `timestamp` is the unix time (UTC midnight) of the latest report of the event, so re-exports are stable
  (the export's own day when neither the reports nor the event are dated: ACLED always fills it);
- `source` lists the distinct outlets in the order they reported, joined with "; ";
- `notes` is a summary written from the coded fields (`acled_notes`), as ACLED's notes are.

UCDP GED mapping (codes in `deliver/data/codes.yaml`): time_precision -> date_prec (1->1, 2->3, 3->4) with
date_start/date_end spanning the week or month; geo_precision -> where_prec (1->1, 2->2, 3->4); where_description
names the place and its areas, and a village the gazetteer lacks by the sources' name with where it was coded;
type_of_violence from the two sides' ACLED inter codes; deaths_a/deaths_b/deaths_civilians/deaths_unknown from
the event's split of its best estimate by side (`Event.deaths`: a toll naming no side is unknown, or civilians in
one-sided violence), adding up to best; low/best/high from the event's range.
Only events UCDP GED would hold are written (`in_ucdp_ged`): organised armed violence with at least one death,
on a known date (every GED row has one); protests, riots and strategic developments, events no source gave a
death for, and undated events are counted as skipped.

Both CSVs guard text cells against spreadsheet formula injection (`spreadsheet_safe`).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from sitrep.deliver import FORMATS, codes
from sitrep.models import Deaths, Event, Source

if TYPE_CHECKING:  # pyarrow is imported by the Parquet export only: the CSV/JSON paths start fast
    import pyarrow as pa


ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

UCDP_COLUMNS: tuple[str, ...] = (
    "id",
    "relid",
    "year",
    "active_year",
    "type_of_violence",
    "conflict_name",
    "dyad_name",
    "side_a",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
)


class ExportError(ValueError):
    """An export that cannot be written as asked (unknown format, parquet to a text stream)."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    fmt: str
    written: int
    skipped: int = 0
    skipped_why: str = ""  # "without coordinates" (GeoJSON), "outside UCDP GED's scope" (UCDP CSV)


def outlets(event: Event) -> list[str]:
    """Distinct outlet names in reporting order (the article id stands in when the outlet is unknown)."""
    seen: dict[str, None] = {}
    for source in event.sources:
        seen.setdefault(source.outlet or source.article_id, None)
    return list(seen)


def event_record(event: Event) -> dict[str, Any]:
    """The Event JSON every JSON-shaped output shares: the model dump plus `number_of_sources`."""
    return event.as_dict()


def _unix_day(day: dt.date | None) -> int | None:
    return calendar.timegm(day.timetuple()) if day else None


def _country(event: Event) -> codes.CountryInfo | None:
    return codes.country_info(event.country) or codes.country_info(event.iso)


def _when(event: Event) -> str:
    day = event.event_date
    if day is None:
        return "On an unknown date"
    if event.time_precision == 3:
        return f"In {day:%B %Y}"
    if event.time_precision == 2:
        return f"In the week of {day.day} {day:%B %Y}"
    return f"On {day.day} {day:%B %Y}"


def _where(event: Event) -> str:
    region = ", ".join(p for p in (event.admin2, event.admin1, event.country) if p and p != event.location)
    if not event.location:
        return f"in {region}" if region else "at an unknown place"
    preposition = {2: "near", 3: "in the area of"}.get(event.geo_precision or 1, "in")
    where = f"{preposition} {event.location}" + (f" ({region})" if region else "")
    # a village the gazetteer lacks: the reader learns its name and where it was coded
    return f"at {event.location_reported}, coded {where}" if event.location_reported else where


def _where_description(event: Event) -> str | None:
    """UCDP's description of the place as the sources give it: the place and its areas ("Ansongo, Gao"); for a
    village the gazetteer lacks, coded at its area, its name and where it was coded ("Kolondi, coded in the area
    of Gao (Mali)"), which `where_coordinates` alone (the area) does not say."""
    if event.location_reported:
        return _where(event).removeprefix("at ")
    named = dict.fromkeys(p for p in (event.location, event.admin2, event.admin1) if p)
    return ", ".join(named) or None


def event_summary(event: Event) -> str:
    """One reader's sentence or two from the coded fields: when, what, where, who, the toll and its range."""
    actors = " vs. ".join(a for a in (event.actor1, event.actor2) if a)
    what = event.sub_event_type[:1].lower() + event.sub_event_type[1:]  # keeps acronyms: "remote .../IED"
    text = f"{_when(event)}, {what} {_where(event)}" + (f": {actors}." if actors else ".")
    if event.fatalities:
        low, high = event.fatalities_low, event.fatalities_high
        spread = f" (sources give {low}-{high}; the lowest is coded)" if low is not None and high != low else ""
        text += f" {event.fatalities} fatalit{'y' if event.fatalities == 1 else 'ies'}{spread}."
    if event.injured:
        text += f" {event.injured} injured."
    return text


def acled_notes(event: Event) -> str:
    """ACLED's notes column: the event summary and who reported it.

    The resolver's own notes (how values were chosen) stay in the Event JSON; ACLED's notes column is for readers.
    """
    names = outlets(event)
    return event_summary(event) + (f" Reported by {', '.join(names)}." if names else "")


def acled_row(event: Event) -> dict[str, Any]:
    from sitrep.geo.former import export_admins  # here: the package loads the gazetteer code the export needs not

    info = _country(event)
    # events built since resolve applied it already name the district; those stored by earlier versions do not
    admin1, admin2 = export_admins(info.iso2 if info else None, event.admin1, event.admin2)
    inter2 = event.inter2 if event.actor2 else (0 if event.inter1 is not None else None)
    stamp_day = event.last_reported or event.first_reported or event.event_date or dt.datetime.now(dt.UTC).date()
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date.isoformat() if event.event_date else None,
        "year": event.event_date.year if event.event_date else None,
        "time_precision": event.time_precision,
        "disorder_type": codes.disorder_type(event.event_type, event.sub_event_type),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": "; ".join(event.assoc_actor_1),
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": "; ".join(event.assoc_actor_2),
        "inter2": inter2,
        "interaction": codes.interaction(event.inter1, inter2),
        "civilian_targeting": codes.civilian_targeting(event),
        "iso": event.iso if event.iso is not None else (info.isonum if info else None),
        "region": info.acled_region if info else None,
        "country": event.country,
        "admin1": admin1,
        "admin2": admin2,
        "admin3": None,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "source": "; ".join(outlets(event)),
        "source_scale": None,
        "notes": acled_notes(event),
        "fatalities": event.fatalities or 0,
        "tags": None,
        "timestamp": _unix_day(stamp_day),
    }


def _date_range(event: Event) -> tuple[dt.date | None, dt.date | None]:
    day = event.event_date
    if day is None:
        return None, None
    if event.time_precision == 3:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if event.time_precision == 2:
        return day - dt.timedelta(days=3), day + dt.timedelta(days=3)
    return day, day


_Side = TypeVar("_Side")


def _in_ucdp_order(event: Event, of_actor1: _Side, of_actor2: _Side) -> tuple[_Side, _Side]:
    """(side_a's, side_b's) of what the event says of its actor1 and actor2: UCDP puts the government first in
    state-based violence and the perpetrator first otherwise, so side_a is actor2 when that is the state and
    actor1 is not."""
    if codes.is_state_actor(event.actor2, event.inter2) and not codes.is_state_actor(event.actor1, event.inter1):
        return of_actor2, of_actor1
    return of_actor1, of_actor2


def _ucdp_deaths(event: Event, violence: int | None, best: int) -> tuple[int, int, int, int]:
    """(deaths_a, deaths_b, deaths_civilians, deaths_unknown), adding up to `best`: the event's split of its best
    estimate (`Event.deaths`) in UCDP's order of sides. The dead of one-sided violence no report says more of
    are civilians (its victims); an event stored before sitrep split tolls keeps its whole toll there, or as
    unknown in the other kinds of violence."""
    deaths = event.deaths
    if deaths is None or deaths.actor1 + deaths.actor2 + deaths.civilians + deaths.unknown != best:
        deaths = Deaths(unknown=best)
    side_a, side_b = _in_ucdp_order(event, deaths.actor1, deaths.actor2)
    if violence == 3:
        return side_a, side_b, deaths.civilians + deaths.unknown, 0
    return side_a, side_b, deaths.civilians, deaths.unknown


def _ucdp_sources(sources: list[Source]) -> dict[str, str | None]:
    """GED's source columns, one entry per source in the same order in each ("; " between sources), so the
    n-th office, date and headline are one report's: source_article gives the whole reference (outlet, date,
    headline, address; the article id for a report known by none of outlet, headline and address); an entry a
    report lacks is left empty in its place, and a column no report fills is empty."""

    def column(values: list[str]) -> str | None:
        return "; ".join(values) if any(values) else None

    dates = [s.published.isoformat() if s.published else "" for s in sources]
    named = [s.outlet or (s.article_id if not (s.title or s.url) else "") for s in sources]
    return {
        "source_article": column([", ".join(p for p in (name, d, s.title, s.url) if p)
                                  for s, name, d in zip(sources, named, dates, strict=True)]),
        "source_office": column([s.outlet or "" for s in sources]),
        "source_date": column(dates),
        "source_headline": column([s.title or "" for s in sources]),
    }


def in_ucdp_ged(event: Event) -> bool:
    """UCDP GED's inclusion rule: organised armed violence (state-based, non-state or one-sided) that killed
    at least one person; and a date, which every GED row carries (date_start, date_end)."""
    best = event.fatalities_best if event.fatalities_best is not None else event.fatalities
    return codes.ucdp_type_of_violence(event) is not None and bool(best) and event.event_date is not None


def ucdp_row(event: Event) -> dict[str, Any]:
    info = _country(event)
    violence = codes.ucdp_type_of_violence(event)
    side_a, side_b = _in_ucdp_order(event, event.actor1, event.actor2)
    start, end = _date_range(event)
    best = event.fatalities_best if event.fatalities_best is not None else (event.fatalities or 0)
    low = event.fatalities_low if event.fatalities_low is not None else best
    high = event.fatalities_high if event.fatalities_high is not None else best
    deaths_a, deaths_b, deaths_civilians, deaths_unknown = _ucdp_deaths(event, violence, best or 0)
    sources = event.sources
    attributed = dict.fromkeys(c.attributed_to for c in event.claims if c.attributed_to)
    has_point = event.latitude is not None and event.longitude is not None
    return {
        "id": event.event_id,
        "relid": event.event_id,
        "year": event.event_date.year if event.event_date else None,
        "active_year": None,
        "type_of_violence": violence,
        "conflict_name": f"{event.country}: Government" if violence == 1 and event.country else None,
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else None,
        "side_a": side_a,
        "side_b": side_b,
        "number_of_sources": event.number_of_sources,
        **_ucdp_sources(sources),
        "source_original": "; ".join(a for a in attributed if a),
        "where_prec": codes.ucdp_where_prec(event.geo_precision),
        "where_coordinates": event.location,
        "where_description": _where_description(event),
        "adm_1": event.admin1,
        "adm_2": event.admin2,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geom_wkt": f"POINT ({event.longitude} {event.latitude})" if has_point else None,
        "country": event.country,
        "country_id": info.gwno if info else None,
        "region": info.ucdp_region if info else None,
        "event_clarity": 1 if event.time_precision == 1 and event.geo_precision in (1, 2) else 2,
        "date_prec": codes.ucdp_date_prec(event.time_precision),
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None,
        "deaths_a": deaths_a,
        "deaths_b": deaths_b,
        "deaths_civilians": deaths_civilians,
        "deaths_unknown": deaths_unknown,
        "best": best,
        "high": high,
        "low": low,
    }


def geojson_collection(events: Iterable[Event]) -> tuple[dict[str, Any], int]:
    """A FeatureCollection of the events that have coordinates, and how many were left out."""
    features: list[dict[str, Any]] = []
    skipped = 0
    for event in events:
        if event.latitude is None or event.longitude is None:
            skipped += 1
            continue
        features.append(
            {
                "type": "Feature",
                "id": event.event_id,
                "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
                "properties": event_record(event),
            }
        )
    return {"type": "FeatureCollection", "features": features}, skipped


_LIST_COLUMNS = ("assoc_actor_1", "assoc_actor_2", "mention_ids")
_JSON_COLUMNS = ("sources", "claims")


def _parquet_schema() -> pa.Schema:
    """Columns in Event field order; list[str] fields as list columns, sources/claims as JSON strings, `deaths`
    (who died) as a struct of its four counts."""
    import pyarrow as pa

    types = {
        "deaths": pa.struct([pa.field(name, pa.int64()) for name in Deaths.model_fields]),
        "event_date": pa.date32(),
        "first_reported": pa.date32(),
        "last_reported": pa.date32(),
        "latitude": pa.float64(),
        "longitude": pa.float64(),
    }
    ints = {
        "time_precision",
        "inter1",
        "inter2",
        "iso",
        "geo_precision",
        "geonameid",
        "fatalities",
        "fatalities_low",
        "fatalities_best",
        "fatalities_high",
        "injured",
    }
    fields = []
    for name in Event.model_fields:
        if name in _LIST_COLUMNS:
            fields.append(pa.field(name, pa.list_(pa.string())))
        elif name in types:
            fields.append(pa.field(name, types[name]))
        elif name in ints:
            fields.append(pa.field(name, pa.int64()))
        else:
            fields.append(pa.field(name, pa.string()))
    fields.append(pa.field("number_of_sources", pa.int64()))
    return pa.schema(fields)


def parquet_table(events: Iterable[Event]) -> pa.Table:
    import pyarrow as pa

    rows = []
    for event in events:
        row = event.model_dump(mode="python")
        for name in _JSON_COLUMNS:  # dates inside sources/claims become ISO strings, as in the Event JSON
            row[name] = json.dumps(row[name], ensure_ascii=False, default=dt.date.isoformat)
        row["number_of_sources"] = event.number_of_sources
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=_parquet_schema())


# A spreadsheet runs a cell starting with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's guard): outlet names,
    actors, places and quotes come from report text and gazetteers nobody vetted. Numbers are left as they are
    (a negative latitude is not a formula)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_csv(rows: Iterator[dict[str, Any]], columns: tuple[str, ...], stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({name: spreadsheet_safe(value) for name, value in row.items()})
        count += 1
    return count


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A file beside `path` to write to, which replaces `path` only once written whole: an export that fails
    part-way leaves the previous export as it was."""
    part = path.with_name(f".{path.name}.part")
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


@contextmanager
def _text_out(out: Path | TextIO) -> Iterator[TextIO]:
    if isinstance(out, Path):
        with _replacing(out) as part, part.open("w", encoding="utf-8", newline="") as stream:
            yield stream
    else:
        yield out


def export_events(events: Iterable[Event], fmt: str, out: Path | TextIO) -> ExportResult:
    """Write `events` to `out` (a path, or a text stream for every format but parquet)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    events = list(events)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ExportError("parquet is binary: give an output file with -o FILE.parquet")
        import pyarrow.parquet as pq

        with _replacing(out) as part:
            pq.write_table(parquet_table(events), part)
        return ExportResult(fmt, len(events))
    with _text_out(out) as stream:
        if fmt == "acled-csv":
            return ExportResult(fmt, _write_csv((acled_row(e) for e in events), ACLED_COLUMNS, stream))
        if fmt == "ucdp-csv":
            kept = [e for e in events if in_ucdp_ged(e)]
            written = _write_csv((ucdp_row(e) for e in kept), UCDP_COLUMNS, stream)
            return ExportResult(fmt, written, len(events) - len(kept), "outside UCDP GED's scope")
        if fmt == "geojson":
            collection, skipped = geojson_collection(events)
            stream.write(json.dumps(collection, ensure_ascii=False) + "\n")  # one write: json.dump is slow on files
            return ExportResult(fmt, len(collection["features"]), skipped, "without coordinates")
        for event in events:
            stream.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
        return ExportResult(fmt, len(events))
