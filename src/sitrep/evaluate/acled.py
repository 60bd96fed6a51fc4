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

import datetime as dt
import random
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep import countries
from sitrep.evaluate.acled_read import AcledRow, GoldRowWarning, parse_acled_date, read_acled_csv
from sitrep.evaluate.common import FieldScore, norm_name
from sitrep.evaluate.metrics import haversine_km
from sitrep.models import Article, ArticleExtraction, Event

__all__ = ["AcledRow", "AcledScores", "GoldRowWarning", "evaluate_acled", "parse_acled_date", "read_acled_csv",
           "score_rows"]

LOCATION_KM = 25.0
PROGRESS_EVERY = 250
ACLED_FIELDS = ("event_type", "sub_event_type", "date", "fatalities", "admin1", "location_25km", "actor1",
                "actor2")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ACTOR_PERIOD = re.compile(r"\s*\(\d{4}\s*-\s*(\d{4})?\)")  # "Police Forces of Kenya (2013-)"
# A state's forces under another of its names: "Military Forces of the United States of America" (2015 exports)
# is today's "Military Forces of the United States".
_FORCES_OF = re.compile(r"^((?:Military|Police) Forces of (?:the )?)([^()]+?)$")
# An identity militia nobody names, under the category's older name: "Unidentified Ethnic Militia (Kenya)" is
# "Unidentified Communal Militia (Kenya)".
_UNIDENTIFIED_ETHNIC = re.compile(r"^Unidentified Ethnic Militia(?= \(|$)", re.IGNORECASE)


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


def states_date(notes: str, date: dt.date) -> bool:
    """True when the note names the day next to its month ("12 March", "12th of Mar.", "Sept 12") and the year.

    A span of days states both its days ("12-13 March", "March 12-13"): ACLED codes it on its first day in one
    row, or on each day in one row a day.
    Month names must be capitalised ("March", "MARCH") so that the verb "may" is not read as a month.
    """
    month = _MONTHS[date.month - 1]
    abbreviation = "sept?" if month == "september" else month[:3]
    names = [month.title(), month.upper(), abbreviation.title(), abbreviation.upper()]
    month_re = rf"(?:{'|'.join(names)})\.?"
    day_re = rf"(?<!\d)0?{date.day}(?:st|nd|rd|th)?"
    other_day = r"\d{1,2}(?:st|nd|rd|th)?"
    span = r"\s*[-–]\s*"
    pattern = (rf"{day_re}(?:{span}{other_day})?\s+(?:of\s+)?{month_re}\b"
               rf"|\b{month_re}\s+(?:{other_day}{span})?{day_re}(?!\d)")
    has_year = re.search(rf"(?<!\d){date.year}(?!\d)", notes) is not None
    return (has_year and re.search(pattern, notes) is not None) or _states_numeric_date(notes, date)


def _states_numeric_date(notes: str, date: dt.date) -> bool:
    """'30/05/2017', '2/24/2015', '2017-05-30': day, month and year in figures, in any order a note writes them
    (a coder reading '05/06/2017' next to a 5 June or a 6 May row finds that row's date stated either way)."""
    day, month = rf"0?{date.day}", rf"0?{date.month}"
    year = rf"(?:{date.year}|{date.year % 100:02d})"
    sep = r"[/.-]"
    forms = (rf"{day}{sep}{month}{sep}{year}", rf"{month}{sep}{day}{sep}{year}", rf"{date.year}{sep}{month}{sep}{day}")
    return any(re.search(rf"(?<![\d/.-]){form}(?![\d/-])", notes) for form in forms)


def actor_key(name: str | None) -> str:
    """Comparable actor name: ACLED's period suffix dropped, then the actor KB's normaliser when present.

    A communal militia named by its place keeps the same key with or without the country ACLED's later exports
    add: "Kandi Communal Militia" (older exports) is "Kandi Communal Militia (Bangladesh)"; the place already
    names the community (never so for "Unidentified Communal Militia (X)", whose country is all it says).

    An identity militia nobody names is one key under either of ACLED's names for it: one export holds "Unidentified
    Ethnic Militia (Kenya)" for events of some years and "Unidentified Communal Militia (Kenya)" for the same kind
    of actor in later ones, and an undated note cannot tell which its event's year would get. Named militias keep
    their own names ("Pokot Ethnic Militia (Kenya)").
    """
    if not name:
        return ""
    name = _ACTOR_PERIOD.sub("", name).strip()
    name = _UNIDENTIFIED_ETHNIC.sub("Unidentified Communal Militia", name)
    name = re.sub(r"^(?!Unidentified )(.+ Communal Militia)\s*\([^()]+\)$", r"\1", name, flags=re.IGNORECASE)
    name = _FORCES_OF.sub(lambda m: m[1] + (countries.acled_name(m[2]) or m[2]), name)
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
        scored = _scored_fields(row, stated)
        if pred is None:
            for name in scored:
                fields[name].add(False)
            continue
        scores.with_event += 1
        if not stated:
            scores.undated_null.add(pred.event_date is None)
        if "date" in scored:
            fields["date"].add(pred.event_date == row.event_date)
        fields["event_type"].add(pred.event_type in row.event_types)
        if "sub_event_type" in scored:
            fields["sub_event_type"].add(pred.event_type in row.event_types
                                         and norm_name(pred.sub_event_type) == norm_name(row.sub_event_type))
        if "fatalities" in scored:
            fields["fatalities"].add((pred.fatalities or 0) == row.fatalities)
        if "admin1" in scored:
            fields["admin1"].add(admin1_matches(pred.admin1, row, pred.admin2))
        if "location_25km" in scored:
            near = None not in (pred.latitude, pred.longitude) and haversine_km(
                pred.latitude, pred.longitude, row.latitude, row.longitude) <= LOCATION_KM  # type: ignore[arg-type]
            fields["location_25km"].add(near)
        actor1_ok, actor2_ok = actors_match(pred.actor1, pred.actor2, row.actor1, row.actor2,
                                            ordered="Violence against civilians" in row.event_types)
        fields["actor1"].add(actor1_ok)
        fields["actor2"].add(actor2_ok)
    return scores


def _scored_fields(row: AcledRow, stated: bool) -> set[str]:
    """The fields a row's coding lets us score: the date only where the note states it, and nothing the export
    leaves blank (a sub-event type before 2019, fatalities, admin1, coordinates)."""
    blank = {"date": not stated, "sub_event_type": not row.sub_event_type, "fatalities": row.fatalities is None,
             "admin1": not row.admin1, "location_25km": None in (row.latitude, row.longitude)}
    return {name for name in ACLED_FIELDS if not blank.get(name, False)}


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


def predict_rows(rows: list[AcledRow], workers: int = 1,
                 progress: Callable[[int, int], None] | None = None,
                 parse_cache: Path | None = None) -> list[Event | None]:
    """Run extraction on each note (no store), in the export's country, and build the most salient event.

    `workers` processes share the extraction (the same events whatever their number: `sitrep.scale`); with one,
    `parse_cache` (a file) keeps the notes' spaCy parses for the next run (`sitrep.evaluate.parse_cache`: same
    events, about half the time). `progress(done, total)` is called every PROGRESS_EVERY notes."""
    from sitrep.resolve import build_event

    # The export's country and period are what an analyst working on it knows (`sitrep extract --country`,
    # `--as-of`); notes rarely name the country and most give no year. The period (the export's last day) only
    # names actors as they were then ("Boko Haram" in mid-2016 is its Wilayat Gharb Ifriqiyyah faction's name);
    # notes still get no publication date, so an undated note's event date stays unknown.
    as_of = max((row.event_date for row in rows), default=None)
    articles = [Article(id=f"acled-{i}-{row.row_id}", text=row.notes, published=None, language="en",
                        country=countries.iso2(row.country), as_of=as_of, source_format="text")
                for i, row in enumerate(rows)]
    by_id = {a.id: a for a in articles}
    first: dict[str, Event] = {}
    extractions = (_extract_cached(articles, parse_cache) if parse_cache is not None and workers == 1
                   else _extract(articles, workers))
    for done, extraction in enumerate(extractions, 1):
        if extraction.events:
            mention = max(extraction.events, key=lambda m: m.salience)  # ties: the earliest listed
            first[extraction.article_id] = build_event([mention], {extraction.article_id: by_id[extraction.article_id]})
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(articles)):
            progress(done, len(articles))
    return [first.get(a.id) for a in articles]


def _extract(articles: list[Article], workers: int) -> Iterator[ArticleExtraction]:
    from sitrep.pipeline import extract_articles

    return extract_articles(articles, workers=workers)


def _extract_cached(articles: list[Article], path: Path) -> Iterator[ArticleExtraction]:
    """Extraction on parses from the cache, a chunk at a time (a whole export's Docs need not fit in memory);
    an article whose rules crash is extracted as having no event, as `sitrep.scale` does."""
    from sitrep.evaluate.parse_cache import ParseCache
    from sitrep.extract import extract_article
    from sitrep.nlp import load_pipeline

    cache = ParseCache(load_pipeline("en"), path)
    try:
        for start in range(0, len(articles), PROGRESS_EVERY):
            chunk = articles[start:start + PROGRESS_EVERY]
            for article, doc in zip(chunk, cache.parse(a.text for a in chunk), strict=True):
                try:
                    yield extract_article(article, doc)
                except Exception as exc:  # one odd note must not end a scoring run of thousands
                    warnings.warn(f"{article.id}: extraction failed: {type(exc).__name__}: {exc}", stacklevel=2)
                    yield ArticleExtraction(article_id=article.id, language="en", skipped=f"failed: {exc}")
    finally:
        cache.close()


def evaluate_acled(path: Path, sample: int | None = 1000, seed: int = 0, workers: int = 1,
                   progress: Callable[[int, int], None] | None = None,
                   parse_cache: Path | None = None) -> AcledScores:
    """Score `sample` notes drawn with `seed` (every note when None) of an ACLED export."""
    rows = sample_rows(read_acled_csv(path), sample, seed)
    return score_rows(rows, predict_rows(rows, workers, progress, parse_cache))
