"""`sitrep eval acled`: treat each ACLED note as a one-paragraph report and score the event read from it.

The note is the article (published=None: its publication date is unknown); the row's coding is the gold. The
first (most salient) predicted event is compared with the row. Reads today's exports and older ones (upper-case
headers, `ally_actor_1`, dates like `12-September-2015` or `31-12-19`, pre-2019 type names mapped through
data/acled_types.yaml).

Date scoring needs a note that states the date. The test: the note names the event's day of month right next to
the English name (or 3-letter abbreviation) of its month, e.g. "On 12 March 2019", "12th of Mar." or "March 12",
and holds the year somewhere. Other notes do not let a reader fix the date (the note has no publication date to
anchor "12 March" or "on Tuesday"), so there we report how often the prediction left the date empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep import countries
from sitrep.evaluate.common import FieldScore, GoldFormatError, legacy_types, norm_name
from sitrep.evaluate.metrics import haversine_km
from sitrep.models import Article, Event

LOCATION_KM = 25.0
ACLED_FIELDS = ("event_type", "sub_event_type", "date", "fatalities", "admin1", "location_25km", "actor1",
                "actor2")
_DATE_FORMATS = ("%Y-%m-%d", "%d-%B-%Y", "%d-%b-%Y", "%d/%m/%Y", "%m/%d/%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y",
                 "%Y/%m/%d", "%d-%b-%y", "%d.%m.%Y")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ACTOR_PERIOD = re.compile(r"\s*\(\d{4}\s*-\s*(\d{4})?\)")  # "Police Forces of Kenya (2013-)"


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
    fatalities: int
    place_names: tuple[str, ...] = ()  # the row's location, admin3, admin2 (for admin1_place_named)


@dataclass(slots=True)
class AcledScores:
    fields: dict[str, FieldScore]
    n_notes: int
    with_event: int  # notes from which the system read at least one event
    date_stated: int  # notes whose text states the event date (the date field's denominator)
    undated_null: FieldScore = field(default_factory=FieldScore)  # other notes: prediction left date empty
    # admin1 over only the notes that name the event's place (the row's location, admin3, admin2 or admin1 is
    # in the note): many notes name none, and no reader could place those
    admin1_place_named: FieldScore = field(default_factory=FieldScore)
    # gold event type -> predicted event type ("-" when no event was read) -> notes
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "n_notes": self.n_notes,
            "with_event": self.with_event,
            "date_stated": self.date_stated,
            "undated_null": self.undated_null.as_dict(),
            "admin1_place_named": self.admin1_place_named.as_dict(),
            "fields": {name: score.as_dict() for name, score in self.fields.items()},
            "type_confusion": self.confusion,
        }


def parse_acled_date(value: str) -> dt.date:
    """'2019-12-31', '31-December-2019', '31-12-19' (strptime's %Y would read '31-12-19' as year 31), and the
    shapes spreadsheets give when they re-save an export ('12/31/2019', '2019-12-31 00:00:00', '31 Dec 2019').

    Slashed dates are read day first, as ACLED writes them, and month first only when the day-first reading is
    impossible (a 13th month)."""
    text = re.sub(r"[T ]00:00(:00(\.0+)?)?$", "", value.strip())
    if re.fullmatch(r"\d{1,2}-\d{1,2}-\d{2}", text):
        return dt.datetime.strptime(text, "%d-%m-%y").date()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {value!r}")


def _read_text(path: Path) -> str:
    """The file as UTF-8 (with or without a byte-order mark) when it decodes as such, else as Windows-1252:
    exports re-saved by spreadsheets on Windows."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read the file ({exc})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """Comma as ACLED exports them; semicolon or tab when a spreadsheet re-saved the file so (the header shows it)."""
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def _column(name: str) -> str:
    """'EVENT_DATE', 'event_date', 'Event Date' -> 'event_date'."""
    return re.sub(r"[\s-]+", "_", name.strip().lower())


def _types(event_type: str, sub_event_type: str, inter1: str, inter2: str) -> tuple[set[str], str | None]:
    legacy = None if sub_event_type else legacy_types().get(norm_name(event_type))
    if legacy is None:
        return {event_type}, sub_event_type or None
    types = legacy["event_type"]
    accepted = set(types) if isinstance(types, list) else {types}
    for column, code in (("by_inter1", inter1), ("by_inter2", inter2)):  # who acted decides before who was hit
        by_inter = legacy.get(column) or {}
        if code.strip().isdigit() and int(code) in by_inter:
            return {by_inter[int(code)]}, legacy.get("sub_event_type")
    return accepted, legacy.get("sub_event_type")


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def read_acled_csv(path: Path) -> list[AcledRow]:
    """Rows of an ACLED export that have notes; raises GoldFormatError naming the file, line and problem."""
    rows: list[AcledRow] = []
    text = _read_text(path)
    with io.StringIO(text, newline="") as handle:
        reader = csv.DictReader(handle, delimiter=_delimiter(text))
        header = {_column(name): name for name in reader.fieldnames or [] if name is not None}
        missing = {"event_date", "event_type", "notes", "actor1", "country"} - set(header)
        if missing:
            raise GoldFormatError(f"{path}: not an ACLED export (no column {', '.join(sorted(missing))})")
        for number, raw in enumerate(reader, 2):
            row = {key: (raw.get(name) or "").strip() for key, name in header.items()}
            if not row["notes"]:
                continue
            try:
                event_date = parse_acled_date(row["event_date"])
            except ValueError as exc:  # one unreadable row is reported and left out, not the whole export
                warnings.warn(f"{path}:{number}: row left out: {exc}", GoldRowWarning, stacklevel=2)
                continue
            types, sub_type = _types(row["event_type"], row.get("sub_event_type", ""), row.get("inter1", ""),
                                     row.get("inter2", ""))
            fatalities = row.get("fatalities", "")
            rows.append(AcledRow(
                row_id=row.get("event_id_cnty") or row.get("data_id") or f"line{number}",
                notes=row["notes"],
                event_date=event_date,
                event_types=types,
                sub_event_type=sub_type,
                actor1=row["actor1"],
                actor2=row.get("actor2", ""),
                country=row["country"],
                admin1=row.get("admin1", ""),
                latitude=_float(row.get("latitude", "")),
                longitude=_float(row.get("longitude", "")),
                fatalities=int(fatalities) if fatalities.isdigit() else 0,
                place_names=tuple(n for n in (row.get(k, "") for k in ("location", "admin3", "admin2")) if n),
            ))
    return rows


def states_date(notes: str, date: dt.date) -> bool:
    """True when the note names the day next to its month ("12 March", "12th of Mar.", "Sept 12") and the year.

    Month names must be capitalised ("March", "MARCH") so that the verb "may" is not read as a month.
    """
    month = _MONTHS[date.month - 1]
    abbreviation = "sept?" if month == "september" else month[:3]
    names = [month.title(), month.upper(), abbreviation.title(), abbreviation.upper()]
    month_re = rf"(?:{'|'.join(names)})\.?"
    day_re = rf"(?<!\d)0?{date.day}(?:st|nd|rd|th)?"
    pattern = rf"{day_re}\s+(?:of\s+)?{month_re}\b|\b{month_re}\s+{day_re}(?!\d)"
    has_year = re.search(rf"(?<!\d){date.year}(?!\d)", notes) is not None
    return has_year and re.search(pattern, notes) is not None


def actor_key(name: str | None) -> str:
    """Comparable actor name: ACLED's period suffix dropped, then the actor KB's normaliser when present.

    A communal militia named by its place keeps the same key with or without the country ACLED's later exports
    add: "Kandi Communal Militia" (older exports) is "Kandi Communal Militia (Bangladesh)"; the place already
    names the community (never so for "Unidentified Communal Militia (X)", whose country is all it says).
    """
    if not name:
        return ""
    name = _ACTOR_PERIOD.sub("", name).strip()
    name = re.sub(r"^(?!Unidentified )(.+ Communal Militia)\s*\([^()]+\)$", r"\1", name, flags=re.IGNORECASE)
    try:
        from sitrep.extract.actors import normalise_actor_name
    except ImportError:  # the actor KB is written alongside; fall back to plain normalisation meanwhile
        return norm_name(name)
    return norm_name(normalise_actor_name(name))


def actors_match(pred1: str | None, pred2: str | None, gold1: str | None, gold2: str | None,
                 ordered: bool) -> tuple[bool, bool]:
    """Whether the prediction names the gold's Actor 1 and its Actor 2.

    ACLED's codebook: "The order of actors has no meaning in the ACLED dataset, barring cases of Violence
    against civilians, in which the target is always recorded as Actor 2." So outside that type the predicted
    pair is read in whichever order names more of the gold's actors (the stated order on a tie), each predicted
    actor standing for one gold actor; a Violence against civilians row (`ordered`) is compared column by column.
    """
    p1, p2, g1, g2 = (actor_key(name) for name in (pred1, pred2, gold1, gold2))
    straight = (p1 == g1, p2 == g2)
    if ordered:
        return straight
    crossed = (p2 == g1, p1 == g2)
    return crossed if sum(crossed) > sum(straight) else straight


def score_rows(rows: list[AcledRow], predictions: Iterable[Event | None]) -> AcledScores:
    """Score one predicted event (or None: nothing read) per row, in the rows' order."""
    fields = {name: FieldScore() for name in ACLED_FIELDS}
    scores = AcledScores(fields=fields, n_notes=len(rows), with_event=0, date_stated=0)
    for row, pred in zip(rows, predictions, strict=True):
        stated = states_date(row.notes, row.event_date)
        scores.date_stated += stated
        row_confusion = scores.confusion.setdefault(" or ".join(sorted(row.event_types)), {})
        predicted_type = pred.event_type if pred is not None else "-"
        row_confusion[predicted_type] = row_confusion.get(predicted_type, 0) + 1
        if names_place(row):
            scores.admin1_place_named.add(pred is not None and admin1_matches(pred.admin1, row, pred.admin2))
        if pred is None:
            for name in ACLED_FIELDS:
                if name == "date" and not stated:
                    continue
                if name != "sub_event_type" or row.sub_event_type:
                    fields[name].add(False)
            continue
        scores.with_event += 1
        if stated:
            fields["date"].add(pred.event_date == row.event_date)
        else:
            scores.undated_null.add(pred.event_date is None)
        fields["event_type"].add(pred.event_type in row.event_types)
        if row.sub_event_type:
            fields["sub_event_type"].add(
                pred.event_type in row.event_types and pred.sub_event_type == row.sub_event_type)
        fields["fatalities"].add((pred.fatalities or 0) == row.fatalities)
        fields["admin1"].add(bool(row.admin1) and admin1_matches(pred.admin1, row, pred.admin2))
        near = None not in (pred.latitude, pred.longitude, row.latitude, row.longitude) and haversine_km(
            pred.latitude, pred.longitude, row.latitude, row.longitude) <= LOCATION_KM  # type: ignore[arg-type]
        fields["location_25km"].add(near)
        actor1_ok, actor2_ok = actors_match(pred.actor1, pred.actor2, row.actor1, row.actor2,
                                            ordered="Violence against civilians" in row.event_types)
        fields["actor1"].add(actor1_ok)
        fields["actor2"].add(actor2_ok)
    return scores


def admin1_matches(predicted: str | None, row: AcledRow, predicted_admin2: str | None = None) -> bool:
    """Whether the predicted first-level area is the row's: the same name once case, accents and punctuation are
    set aside, or two names the gazetteer gives one area of the row's country (Chittagong / Chattogram,
    Barisal / Barishal, Assiut / Asyut: exports and gazetteers spell areas differently), or an area of an
    earlier region table the predicted district or area lay in (Nepal's "Central" development region held
    Kathmandu, Sudan's "Darfur" North Darfur), or the predicted district where exports name districts as
    first-level areas (Uganda)."""
    if norm_name(predicted) == norm_name(row.admin1):
        return True
    from sitrep.geo import get_geocoder
    from sitrep.geo.former import in_former_admin1

    country = countries.iso2(row.country)
    return get_geocoder().same_admin1(country, predicted, row.admin1) or (
        predicted is not None and in_former_admin1(country, row.admin1, predicted_admin2, predicted))


def names_place(row: AcledRow) -> bool:
    """Whether the note names the event's place: its location, admin3, admin2 or admin1, as a whole word."""
    notes = f" {norm_name(row.notes)} "
    return any(f" {norm_name(name)} " in notes for name in (*row.place_names, row.admin1) if norm_name(name))


def sample_rows(rows: list[AcledRow], sample: int | None, seed: int) -> list[AcledRow]:
    """A reproducible sample in file order (all rows when `sample` is None or not smaller)."""
    if sample is None or sample >= len(rows):
        return rows
    chosen = sorted(random.Random(seed).sample(range(len(rows)), sample))
    return [rows[i] for i in chosen]


def predict_rows(rows: list[AcledRow]) -> list[Event | None]:
    """Run extraction on each note (no store), in the export's country, and build the most salient event."""
    from sitrep.pipeline import extract_articles
    from sitrep.resolve import build_event

    # The export's country is what an analyst working on it knows (`sitrep ingest --country`); notes rarely name it.
    articles = [Article(id=f"acled-{i}-{row.row_id}", text=row.notes, published=None, language="en",
                        country=countries.iso2(row.country), source_format="text") for i, row in enumerate(rows)]
    by_id = {a.id: a for a in articles}
    first: dict[str, Event] = {}
    for extraction in extract_articles(articles):
        if extraction.events:
            mention = max(extraction.events, key=lambda m: m.salience)  # ties: the earliest listed
            first[extraction.article_id] = build_event([mention], {extraction.article_id: by_id[extraction.article_id]})
    return [first.get(a.id) for a in articles]


def evaluate_acled(path: Path, sample: int | None = 1000, seed: int = 0) -> AcledScores:
    rows = sample_rows(read_acled_csv(path), sample, seed)
    return score_rows(rows, predict_rows(rows))
