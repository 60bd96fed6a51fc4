"""Reading ACLED exports in every layout ACLED has shipped, and in the shapes files take on the way to a scorer.

Layouts (column names are matched case-, space- and hyphen-blind; see data/acled_columns.yaml):
- today's export tool and API CSV (`event_id_cnty`, `event_date` "15 June 2019" or ISO, `disorder_type`,
  `sub_event_type`, `assoc_actor_1`, `civilian_targeting`, `iso`, `region`, `tags`, `timestamp`, ...),
  with `inter1` as a number or, in the 2025 API, as a label ("Rioters");
- the 2019-era exports (`data_id`, `iso3`, dates re-saved as "31-12-19");
- the older upper-case files (`GWNO`, `EVENT_ID_NO_CNTY`, `ALLY_ACTOR_1`, dates "12-September-2015" or
  "01/06/2015") with the pre-2019 type names (data/acled_types.yaml maps them to today's);
- the 10-character names of shapefile attribute tables (`SUB_EVENT_`, `EVENT_ID_C`, `GEO_PRECIS`).
HDX republications' second header line of HXL hashtags is skipped.
Files: CSV/TSV (comma, semicolon, tab or pipe; UTF-8 with or without BOM, UTF-16, else Windows-1252), Excel
.xlsx (read with the standard library: dates as Excel serial numbers), the API's JSON (`{"data": [...]}`) or
JSON lines, Parquet, and any of these gzipped or alone in a .zip.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import yaml

from sitrep.evaluate.common import GoldFormatError, event_types, legacy_types, norm_name

MAX_ROW_WARNINGS = 5  # rows named one by one; more are counted in one warning
REQUIRED = ("event_date", "event_type", "notes", "actor1")
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".json", ".jsonl", ".parquet")
_MONTH_NAME_FORMATS = ("%d-%B-%Y", "%d-%b-%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%B %d %Y", "%b %d, %Y",
                       "%d-%b-%y", "%d %b %y", "%d-%B-%y")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
_TIME_OF_DAY = re.compile(r"[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 in the 1900 date system (its 1900 leap-year bug included)
_XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# the ACLED 2025 API gives inter1/inter2 as labels; older files give these codes
_INTER_LABELS = {"state forces": 1, "rebel group": 2, "political militia": 3, "identity militia": 4,
                 "rioters": 5, "protesters": 6, "civilians": 7, "external other forces": 8}


class GoldRowWarning(UserWarning):
    """A row of a gold file that cannot be scored (named by file and line) and is left out."""


@dataclass(slots=True)
class AcledRow:
    row_id: str
    notes: str
    event_date: dt.date
    event_types: set[str]  # accepted types: one, or two where an old type name covered two of today's
    sub_event_type: str | None
    actor1: str
    actor2: str
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    fatalities: int | None  # None: the export leaves it blank (not scored)
    place_names: tuple[str, ...] = ()  # the row's location, admin3, admin2 (for admin1_place_named)


@cache
def _aliases() -> dict[str, str]:
    text = resources.files("sitrep.evaluate").joinpath("data/acled_columns.yaml").read_text(encoding="utf-8")
    return {_plain_column(k): v for k, v in yaml.safe_load(text)["aliases"].items()}


def _plain_column(name: str) -> str:
    return re.sub(r"[\s\-.]+", "_", name.strip().strip('"').lower()).strip("_")


def column_key(name: str) -> str:
    """'EVENT_DATE', 'event_date', 'Event Date', 'SUB_EVENT_' (a shapefile's cut name) -> the export's name."""
    plain = _plain_column(name)
    return _aliases().get(plain, plain)


def parse_acled_date(value: str, month_first: bool = False) -> dt.date:
    """'2019-12-31', '31 December 2019', '31-December-2019', '31-12-19', '1-Dec-19', an Excel serial day
    ('43830', an .xlsx date cell), ISO with a time ('2019-12-31T00:00:00Z').

    Numeric day/month dates are read day first, as ACLED writes them, unless `month_first` (a file re-saved
    month first: see `month_first_file`) or the day-first reading is impossible (a 13th month)."""
    text = _TIME_OF_DAY.sub("", value.strip())
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    iso = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    if iso:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]), value)
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric:
        first, second, year = int(numeric[1]), int(numeric[2]), int(numeric[3])
        if year < 100:
            year += 2000 if year < 70 else 1900  # ACLED begins in 1997
        day, month = (second, first) if month_first else (first, second)
        if month > 12 >= day:
            day, month = month, day
        return _date(year, month, day, value)
    text = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", re.sub(r"\s*,\s*", ", ", re.sub(r"\s+", " ", text)))
    for fmt in _MONTH_NAME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {value!r}")


def _date(year: int, month: int, day: int, value: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"unrecognised date {value!r}") from None


def month_first_file(values: Iterable[str]) -> bool:
    """Whether a file writes numeric dates month first: some date's second number is over 12 and none's
    first is (a spreadsheet re-saved it in US order). Decided once per file, so '06/01/2019' is read the same
    way as its neighbour '06/13/2019'."""
    month_first = False
    for value in values:
        match = _NUMERIC_DATE.fullmatch(_TIME_OF_DAY.sub("", value.strip()))
        if match is None:
            continue
        if int(match[1]) > 12:
            return False
        month_first = month_first or int(match[2]) > 12
    return month_first


def parse_fatalities(value: str) -> int | None:
    """'3', '3.0' (a spreadsheet's number), '1,200'; None for a blank or unreadable cell (not scored)."""
    text = value.strip().replace(",", "").replace(" ", "")
    if re.fullmatch(r"\d+(\.0*)?", text):
        return int(float(text))
    return None


def _float(value: str) -> float | None:
    try:
        return float(value.replace(",", ".")) if value.count(",") == 1 and "." not in value else float(value)
    except ValueError:
        return None


def _inter_code(value: str) -> int | None:
    text = value.strip()
    if re.fullmatch(r"\d+(\.0*)?", text):
        return int(float(text))
    return _INTER_LABELS.get(norm_name(text))


@cache
def _canonical_types() -> dict[str, str]:
    return {norm_name(name): name for name in event_types()}


def accepted_types(event_type: str, sub_event_type: str, inter1: str = "",
                   inter2: str = "") -> tuple[set[str], str | None]:
    """Today's type(s) and sub-event type a row's coding stands for: today's names as they are (whatever
    their case), old names through data/acled_types.yaml, split by who acted where today's codebook does."""
    legacy = None if sub_event_type else legacy_types().get(norm_name(event_type))
    if legacy is None:  # today's coding ("Violence against civilians" is both: the sub-event type tells)
        return {_canonical_types().get(norm_name(event_type), event_type)}, sub_event_type or None
    types = legacy["event_type"]
    accepted = set(types) if isinstance(types, list) else {types}
    for column, code in (("by_inter1", inter1), ("by_inter2", inter2)):  # who acted decides before who was hit
        by_inter = legacy.get(column) or {}
        number = _inter_code(code)
        if number in by_inter:
            return {by_inter[number]}, legacy.get("sub_event_type")
    return accepted, legacy.get("sub_event_type")


def read_acled_csv(path: Path) -> list[AcledRow]:
    """Rows of an ACLED export that have notes (any layout and file shape above); raises GoldFormatError naming
    the file and the problem when it cannot be scored, and warns (GoldRowWarning, file:line) for each row left
    out."""
    fieldnames, records = read_table(path)
    header = {_plain_column(name): name for name in fieldnames if name}  # a column's own name wins over an alias
    for name in fieldnames:
        if name:
            header.setdefault(column_key(name), name)
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        found = ", ".join(fieldnames[:12]) + (", ..." if len(fieldnames) > 12 else "")
        raise GoldFormatError(f"{path}: not an ACLED export: no column {', '.join(missing)} (found: {found})")
    rows: list[AcledRow] = []
    records = [(n, {key: _cell(raw.get(name)) for key, name in header.items()}) for n, raw in records]
    month_first = month_first_file(row["event_date"] for _, row in records)
    left_out = 0
    for number, row in records:
        if not row["notes"] or _hxl_tags(row):
            continue
        try:
            event_date = parse_acled_date(row["event_date"], month_first)
        except ValueError as exc:  # one unreadable row is reported and left out, not the whole export
            left_out += 1
            if left_out <= MAX_ROW_WARNINGS:
                warnings.warn(f"{path}:{number}: row left out: {exc}", GoldRowWarning, stacklevel=2)
            continue
        types, sub_type = accepted_types(row["event_type"], row.get("sub_event_type", ""), row.get("inter1", ""),
                                         row.get("inter2", ""))
        rows.append(AcledRow(
            row_id=row.get("event_id_cnty") or row.get("data_id") or f"line{number}",
            notes=row["notes"],
            event_date=event_date,
            event_types=types,
            sub_event_type=sub_type,
            actor1=row["actor1"],
            actor2=row.get("actor2", ""),
            country=row.get("country") or row.get("iso3") or row.get("iso", ""),
            admin1=row.get("admin1", ""),
            latitude=_float(row.get("latitude", "")),
            longitude=_float(row.get("longitude", "")),
            fatalities=parse_fatalities(row.get("fatalities", "")),
            place_names=tuple(n for n in (row.get(k, "") for k in ("location", "admin3", "admin2")) if n),
        ))
    if left_out > MAX_ROW_WARNINGS:
        warnings.warn(f"{path}: {left_out} rows left out in all for an unreadable event_date", GoldRowWarning,
                      stacklevel=2)
    unknown = Counter(t for row in rows for t in row.event_types if t not in _canonical_types().values())
    if unknown:
        names = ", ".join(f"{name!r} ({n} rows)" for name, n in unknown.most_common(5))
        warnings.warn(f"{path}: event_type not in ACLED's codebook, today's or pre-2019 (data/acled_types.yaml): "
                      f"{names}; scored as written", GoldRowWarning, stacklevel=2)
    if records and not rows:
        raise GoldFormatError(f"{path}: no row of this ACLED export has both notes and a readable event_date")
    return rows


def _hxl_tags(row: dict[str, str]) -> bool:
    """The second header line of exports republished on HDX: HXL hashtags ("#date+occurred"), not an event."""
    values = [v for v in row.values() if v]
    return bool(values) and all(v.startswith("#") for v in values)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


Records = list[tuple[int, dict[str, Any]]]  # (line or row number, column -> value)


def read_table(path: Path) -> tuple[list[str], Records]:
    """A gold table's column names and rows, whatever the file shape; GoldFormatError names file and problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read the file ({exc})") from exc
    return _table_from_bytes(path, path.name.lower(), data)


def _table_from_bytes(path: Path, name: str, data: bytes) -> tuple[list[str], Records]:
    if name.endswith(".gz"):
        try:
            return _table_from_bytes(path, name[:-3], gzip.decompress(data))
        except (OSError, EOFError) as exc:
            raise GoldFormatError(f"{path}: not a readable gzip file ({exc})") from exc
    if data[:4] == b"PK\x03\x04" and not name.endswith((".xlsx", ".xlsm")):
        return _from_zip(path, data)
    if name.endswith((".xlsx", ".xlsm")):
        return _from_xlsx(path, data)
    if name.endswith(".xls") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise GoldFormatError(f"{path}: an old binary Excel workbook (.xls); save it as .xlsx or CSV")
    if name.endswith(".parquet") or data[:4] == b"PAR1":
        return _from_parquet(path, data)
    text = _decode(data)
    if name.endswith((".json", ".jsonl")) or text.lstrip()[:1] in ("{", "["):
        return _from_json(path, text)
    return _from_csv(text)


def _decode(data: bytes) -> str:
    """UTF-16 when a byte-order mark says so (Excel's "Unicode text"), UTF-8 with or without a BOM, else
    Windows-1252 (exports re-saved by spreadsheets on Windows)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _from_csv(text: str) -> tuple[list[str], Records]:
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t", "|"), key=header.count)  # comma as exported, else a spreadsheet's re-save
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fieldnames = [name for name in reader.fieldnames or [] if name is not None]
    return fieldnames, [(reader.line_num, row) for row in reader]


def _from_json(path: Path, text: str) -> tuple[list[str], Records]:
    try:
        if text.lstrip().startswith("{") and "\n{" in text.strip():
            items: Any = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not readable JSON ({exc})") from exc
    if isinstance(items, dict):
        items = items.get("data", items.get("events"))
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise GoldFormatError(f"{path}: JSON is not a list of rows (nor the API's {{\"data\": [...]}})")
    fieldnames = list(dict.fromkeys(key for item in items for key in item))
    return fieldnames, [(number, item) for number, item in enumerate(items, 1)]


def _from_parquet(path: Path, data: bytes) -> tuple[list[str], Records]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError) as exc:
        raise GoldFormatError(f"{path}: not a readable Parquet file ({exc})") from exc
    return table.column_names, list(enumerate(table.to_pylist(), 1))


def _from_zip(path: Path, data: bytes) -> tuple[list[str], Records]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise GoldFormatError(f"{path}: not a readable zip file ({exc})") from exc
    members = [m for m in archive.namelist() if m.lower().endswith(TABLE_SUFFIXES) and "__MACOSX" not in m]
    if len(members) != 1:
        raise GoldFormatError(f"{path}: the zip must hold exactly one table file, it holds {len(members)}: "
                              f"{', '.join(members[:5]) or 'none'}")
    return _table_from_bytes(path, members[0].lower(), archive.read(members[0]))


def _from_xlsx(path: Path, data: bytes) -> tuple[list[str], Records]:
    """The first worksheet of an .xlsx workbook (Office Open XML: a zip of XML parts)."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        shared = _shared_strings(book)
        rows = [_xlsx_row(row, shared) for row in ET.fromstring(book.read(_first_sheet(book))).iter(f"{_XLSX}row")]
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        raise GoldFormatError(f"{path}: not a readable .xlsx workbook ({exc})") from exc
    rows = [row for row in rows if any(v != "" for v in row.values())]
    if not rows:
        return [], []
    header = rows[0]
    fieldnames = [str(header.get(i, "")) for i in range(max(header) + 1)] if header else []
    records = [(n, {fieldnames[i]: v for i, v in row.items() if i < len(fieldnames) and fieldnames[i]})
               for n, row in enumerate(rows[1:], 2)]
    return [f for f in fieldnames if f], records


def _first_sheet(book: zipfile.ZipFile) -> str:
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    sheet = workbook.find(f"{_XLSX}sheets/{_XLSX}sheet")
    if sheet is None:
        raise KeyError("the workbook lists no sheet")
    rel_id = sheet.get(f"{_REL}id")
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    raise KeyError(f"sheet relationship {rel_id}")


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    root = ET.fromstring(book.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in item.iter(f"{_XLSX}t")) for item in root.iter(f"{_XLSX}si")]


def _xlsx_row(row: ET.Element, shared: list[str]) -> dict[int, str]:
    values: dict[int, str] = {}
    for position, cell in enumerate(row.iter(f"{_XLSX}c")):
        ref = cell.get("r", "")
        letters = re.match(r"[A-Z]+", ref)
        index = position if letters is None else _column_index(letters.group())
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            value = "".join(t.text or "" for t in cell.iter(f"{_XLSX}t"))
        else:
            raw = cell.findtext(f"{_XLSX}v") or ""
            value = shared[int(raw)] if kind == "s" and raw.isdigit() else raw
        values[index] = _cell(float(value)) if kind == "n" and re.fullmatch(r"-?\d+\.0+", value) else value
    return values


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
