"""`sitrep eval news`: score the whole pipeline against a coded news set (format: eval/FORMAT.md).

Predicted events are matched one-to-one to gold events (Hungarian, `match_events`). A pair may match only when
  - the country is the same,
  - the dates are compatible: within each side's uncertainty (1 day when exact, 7 days for time precision 2,
    31 days for 3 or when the gold says the text does not fix the date); an undated prediction matches only a
    gold event whose date is itself imprecise,
  - the places are within 50 km, or in the same admin1 when either side has geo_precision 3.
Among allowed pairs the match prefers the gold event most of the prediction's articles report as news (those
that only mention it in passing count half), then nearness and the same date.

Event detection counts matched gold events that some article reports as news as true positives; a prediction
matched to an event that articles only mention in passing (`background_in`) counts neither way. Fields are scored
on the true-positive pairs. The pipeline reads the set's `articles.jsonl` as report metadata (publication date,
outlet, address: what a feed hands over with a page), never its `kind` or any coding.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.evaluate.common import FieldScore, GoldFormatError, names_match, norm_name, split_type
from sitrep.evaluate.metrics import PRF, b_cubed, haversine_km, hungarian_match, prf
from sitrep.models import Event

MATCH_KM = 50.0
LOCATION_KM = 25.0
WINDOW_DAYS = {1: 1, 2: 7, 3: 31}
NEWS_FIELDS = ("date", "admin1", "location_25km", "event_type", "sub_event_type", "actor1", "actor2",
               "fatalities_acled", "fatalities_in_range")


@dataclass(slots=True)
class GoldArticle:
    id: str
    language: str | None
    kind: str  # "news" | "noise"
    published: dt.date | None


@dataclass(slots=True)
class GoldEvent:
    event_id: str
    articles: set[str]
    background_in: set[str]
    event_date: dt.date | None
    time_precision: int
    date_in_text: bool
    country: str
    admin1: str | None
    location: str | None
    location_names: list[str]  # the coded place name, then the alternatives a careful coder could pick
    latitude: float | None
    longitude: float | None
    geo_precision: int
    types: list[tuple[str, str | None]]  # the coded (type, sub-type) first, then the defensible alternatives
    actor1: list[str]  # canonical name first, then accepted aliases and alternatives
    actor2: list[str]
    fatalities: dict[str, int | None]

    @property
    def is_news(self) -> bool:
        return bool(self.articles)


@dataclass(slots=True)
class NewsGold:
    articles: dict[str, GoldArticle]
    events: list[GoldEvent]


@dataclass(slots=True)
class PredictedEvent:
    """A system event with its sources translated to the gold set's article ids."""

    event: Event
    articles: set[str]


@dataclass(slots=True)
class NewsScores:
    detection: PRF
    links: PRF
    fields: dict[str, FieldScore]
    n_gold: int
    n_predicted: int
    ignored_background: int = 0
    matches: list[tuple[str, str]] = field(default_factory=list)  # (predicted event id, gold event id)
    pairs: list[dict[str, Any]] = field(default_factory=list)  # each scored pair's values side by side
    noise_events: dict[str, int] = field(default_factory=dict)  # noise article -> events predicted from it
    unsupported_only_events: int = 0  # predictions whose every source is in an unsupported language
    per_language: dict[str, NewsScores] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "detection": self.detection.as_dict(),
            "links_b_cubed": self.links.as_dict(),
            "fields": {name: score.as_dict() for name, score in self.fields.items()},
            "n_gold": self.n_gold,
            "n_predicted": self.n_predicted,
            "ignored_background": self.ignored_background,
            "matches": [list(m) for m in self.matches],
            "pairs": self.pairs,
            "noise_events": self.noise_events,
            "unsupported_only_events": self.unsupported_only_events,
            "per_language": {lang: s.as_dict() for lang, s in self.per_language.items()},
        }


# ---------------------------------------------------------------- gold


def _jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise GoldFormatError(f"{path}:{number}: expected a JSON object per line")
            yield number, row


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    text = str(value)
    try:
        return dt.date.fromisoformat(text if len(text) > 7 else text + "-01")
    except ValueError as exc:
        raise GoldFormatError(f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from exc


def _types(row: dict[str, Any], where: str) -> list[tuple[str, str | None]]:
    types: list[tuple[str, str | None]] = [(row["event_type"], row.get("sub_event_type"))]
    for alt in row.get("event_type_alt") or []:
        try:
            types.append(split_type(alt))
        except ValueError as exc:
            raise GoldFormatError(f"{where}: event_type_alt {exc}") from exc
    return types


def load_news_gold(directory: Path) -> NewsGold:
    """Read articles.jsonl, events.jsonl and the optional events_links.jsonl of a gold set."""
    articles: dict[str, GoldArticle] = {}
    for path in (directory / "articles.jsonl", directory / "events.jsonl"):
        if not path.is_file():
            raise GoldFormatError(f"{path}: missing (a news gold set needs articles.jsonl and events.jsonl)")
    articles_path = directory / "articles.jsonl"
    for number, row in _jsonl(articles_path):
        where = f"{articles_path}:{number}"
        if "id" not in row:
            raise GoldFormatError(f"{where}: article without 'id'")
        articles[row["id"]] = GoldArticle(row["id"], row.get("language"), row.get("kind", "news"),
                                          _date(row.get("published"), where))
    events: dict[str, GoldEvent] = {}
    events_path = directory / "events.jsonl"
    for number, row in _jsonl(events_path):
        where = f"{events_path}:{number}"
        try:
            events[row["event_id"]] = GoldEvent(
                event_id=row["event_id"],
                articles=set(row.get("articles") or []),
                background_in=set(row.get("background_in") or []),
                event_date=_date(row.get("event_date"), where),
                time_precision=int(row.get("time_precision") or 1),
                date_in_text=bool(row.get("date_in_text", True)),
                country=row["country"],
                admin1=row.get("admin1"),
                location=row.get("location"),
                location_names=[n for n in [row.get("location"), *(row.get("location_alt") or [])] if n],
                latitude=row.get("latitude"),
                longitude=row.get("longitude"),
                geo_precision=int(row.get("geo_precision") or 1),
                types=_types(row, where),
                actor1=list(row.get("actor1") or []) + list(row.get("actor1_alt") or []),
                actor2=list(row.get("actor2") or []) + list(row.get("actor2_alt") or []),
                fatalities=dict(row.get("fatalities") or {}),
            )
        except KeyError as exc:
            raise GoldFormatError(f"{where}: missing field {exc.args[0]!r}") from exc
    links_path = directory / "events_links.jsonl"
    if links_path.is_file():
        for number, row in _jsonl(links_path):
            gold = events.get(row.get("event_id", ""))
            if gold is None:
                raise GoldFormatError(f"{links_path}:{number}: links unknown event {row.get('event_id')!r}")
            gold.articles |= set(row.get("articles") or [])
            gold.background_in |= set(row.get("background_in") or [])
    for gold in events.values():
        unknown = (gold.articles | gold.background_in) - set(articles)
        if unknown:
            raise GoldFormatError(f"{events_path}: event {gold.event_id} cites unknown articles {sorted(unknown)}")
    return NewsGold(articles, list(events.values()))


# ---------------------------------------------------------------- matching


def _window(precision: int | None, known: bool) -> int:
    return WINDOW_DAYS.get(precision or 1, 31) if known else 31


def dates_compatible(gold: GoldEvent, pred: Event) -> bool:
    gold_exact = gold.date_in_text and gold.time_precision == 1 and gold.event_date is not None
    if pred.event_date is None or gold.event_date is None:
        return not gold_exact
    gap = abs((pred.event_date - gold.event_date).days)
    return gap <= max(_window(gold.time_precision, gold.date_in_text), _window(pred.time_precision, True))


def _km(gold: GoldEvent, pred: Event) -> float | None:
    if None in (gold.latitude, gold.longitude, pred.latitude, pred.longitude):
        return None
    return haversine_km(gold.latitude, gold.longitude, pred.latitude, pred.longitude)  # type: ignore[arg-type]


def places_compatible(gold: GoldEvent, pred: Event) -> bool:
    km = _km(gold, pred)
    if km is not None and km <= MATCH_KM:
        return True
    coarse = gold.geo_precision == 3 or pred.geo_precision == 3
    return coarse and bool(gold.admin1) and norm_name(gold.admin1) == norm_name(pred.admin1)


def can_match(gold: GoldEvent, pred: Event) -> bool:
    same_country = bool(pred.country) and norm_name(pred.country) == norm_name(gold.country)
    return same_country and dates_compatible(gold, pred) and places_compatible(gold, pred)


def match_score(gold: GoldEvent, pred: PredictedEvent) -> float:
    """Prefer the gold event the prediction's articles report as news, then one they mention in passing: the
    share of the prediction's articles that cite it (a small gold event must not win over the one all of them
    report because fewer articles cite it)."""
    reported = len(gold.articles & pred.articles) + 0.5 * len(gold.background_in & pred.articles)
    overlap = reported / len(pred.articles) if pred.articles else 0.0
    km = _km(gold, pred.event)
    near = 1 - min(km, MATCH_KM) / MATCH_KM if km is not None else 0.0
    same_day = float(pred.event.event_date is not None and pred.event.event_date == gold.event_date)
    return 1 + 2 * overlap + 0.5 * near + 0.5 * same_day + 0.5 * same_place_name(gold, pred.event)


def same_place_name(gold: GoldEvent, pred: Event) -> bool:
    """The prediction names the gold event's place: its gazetteer place, or the village its sources name when the
    gazetteer lacks it (two events placed at one region's point are told apart by the names the reports give)."""
    names = {norm_name(n) for n in gold.location_names}
    return any(norm_name(n) in names for n in (pred.location, pred.location_reported) if n)


def match_events(gold: list[GoldEvent], predicted: list[PredictedEvent]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs of the best one-to-one matching under `can_match`."""
    scores = [[match_score(g, p) for g in gold] for p in predicted]
    allowed = [[can_match(g, p.event) for g in gold] for p in predicted]
    return hungarian_match(scores, allowed) if predicted and gold else []


# ---------------------------------------------------------------- scoring


def _in(value: str | None, aliases: Iterable[str]) -> bool:
    return any(names_match(value, alias) for alias in aliases)


def score_fields(gold: GoldEvent, pred: Event, fields: dict[str, FieldScore]) -> None:
    """Add one matched pair's per-field outcomes to `fields`."""
    if gold.date_in_text and gold.time_precision == 1 and gold.event_date:
        fields["date"].add(pred.event_date == gold.event_date)
    if gold.admin1:
        fields["admin1"].add(norm_name(pred.admin1) == norm_name(gold.admin1))
    km = _km(gold, pred)
    if gold.latitude is not None:
        fields["location_25km"].add(km is not None and km <= LOCATION_KM)
    fields["event_type"].add(pred.event_type in {t for t, _ in gold.types})
    fields["sub_event_type"].add((pred.event_type, pred.sub_event_type) in set(gold.types))
    fields["actor1"].add(_in(pred.actor1, gold.actor1))
    fields["actor2"].add(_in(pred.actor2, gold.actor2) if gold.actor2 else not pred.actor2)
    acled = gold.fatalities.get("acled")
    fields["fatalities_acled"].add((pred.fatalities or 0) == acled if acled is not None else not pred.fatalities)
    low, high = gold.fatalities.get("low"), gold.fatalities.get("high")
    # the best figure as the UCDP export writes it: 0 when no source gave a toll, as for ACLED's field above
    best = pred.fatalities_best if pred.fatalities_best is not None else (pred.fatalities or 0)
    if low is not None and high is not None:
        fields["fatalities_in_range"].add(low <= best <= high)


def _links(events: list[GoldEvent], predicted: list[PredictedEvent], articles: set[str]) -> PRF:
    """Extended B³ over article -> event links; an article linked to nothing is its own singleton cluster."""
    gold_links: dict[str, set[str]] = {a: set() for a in articles}
    pred_links: dict[str, set[str]] = {a: set() for a in articles}
    for event in events:
        for article in event.articles & articles:
            gold_links[article].add(event.event_id)
    for index, pred in enumerate(predicted):
        for article in pred.articles & articles:
            pred_links[article].add(f"p{index}")
    for article in articles:
        gold_links[article] = gold_links[article] or {f"none:{article}"}
        pred_links[article] = pred_links[article] or {f"none:{article}"}
    return b_cubed(gold_links, pred_links)


def score_news(gold: NewsGold, predicted: list[PredictedEvent], supported: Iterable[str] = ("en", "fr"),
               languages: Iterable[str] = ("en", "fr")) -> NewsScores:
    """Score predicted events (sources already in gold article ids) against a gold set; per language too."""
    scores = _score(gold.events, predicted, set(gold.articles))
    supported = set(supported)
    for noise in sorted(a.id for a in gold.articles.values() if a.kind == "noise"):
        scores.noise_events[noise] = sum(noise in p.articles for p in predicted)
    scores.unsupported_only_events = sum(
        1 for p in predicted
        if p.articles and all(_language(gold, a) not in supported for a in p.articles))
    for language in languages:
        in_language = {a.id for a in gold.articles.values() if a.language == language}
        events = [g for g in gold.events if (g.articles | g.background_in) & in_language]
        preds = [p for p in predicted if p.articles & in_language]
        scores.per_language[language] = _score(events, preds, in_language)
    return scores


def _language(gold: NewsGold, article_id: str) -> str:
    article = gold.articles.get(article_id)
    return (article.language if article else None) or "en"


def _score(events: list[GoldEvent], predicted: list[PredictedEvent], articles: set[str]) -> NewsScores:
    fields = {name: FieldScore() for name in NEWS_FIELDS}
    pairs = match_events(events, predicted)
    tp = ignored = 0
    matches: list[tuple[str, str]] = []
    details: list[dict[str, Any]] = []
    for p, g in pairs:
        matches.append((predicted[p].event.event_id, events[g].event_id))
        if not events[g].is_news:
            ignored += 1
            continue
        tp += 1
        score_fields(events[g], predicted[p].event, fields)
        details.append(_pair_detail(events[g], predicted[p]))
    n_news = sum(g.is_news for g in events)
    return NewsScores(
        detection=prf(tp, len(predicted) - tp - ignored, n_news - tp),
        links=_links(events, predicted, articles),
        fields=fields,
        n_gold=n_news,
        n_predicted=len(predicted),
        ignored_background=ignored,
        matches=matches,
        pairs=details,
    )


def _pair_detail(gold: GoldEvent, pred: PredictedEvent) -> dict[str, Any]:
    """Gold and predicted values of one matched pair, for reading why a field was wrong."""
    e = pred.event
    return {
        "gold": gold.event_id, "predicted": e.event_id, "articles": sorted(pred.articles),
        "date": [str(gold.event_date), str(e.event_date)],
        "location": [gold.location, e.location], "admin1": [gold.admin1, e.admin1],
        "type": [f"{gold.types[0][0]}/{gold.types[0][1]}", f"{e.event_type}/{e.sub_event_type}"],
        "actor1": [gold.actor1[0] if gold.actor1 else None, e.actor1],
        "actor2": [gold.actor2[0] if gold.actor2 else None, e.actor2],
        "fatalities": [gold.fatalities, {"acled": e.fatalities, "low": e.fatalities_low,
                                         "best": e.fatalities_best, "high": e.fatalities_high}],
    }


# ---------------------------------------------------------------- running the pipeline


def predict_news(directory: Path, keep_db: Path | None = None) -> list[PredictedEvent]:
    """Ingest the set's article files into a fresh store with the real pipeline; return its events.

    The store is temporary unless `keep_db` names a new file to keep it in (to inspect with `sitrep show`).
    """
    from sitrep.ingest.sidecar import MetadataError, read_metadata
    from sitrep.pipeline import ingest
    from sitrep.store import Store

    files = sorted((directory / "articles").glob("*.txt"))
    if not files:
        raise GoldFormatError(f"{directory / 'articles'}: no *.txt article files")
    if keep_db is not None and keep_db.exists():
        raise GoldFormatError(f"{keep_db}: already exists; the evaluation needs a fresh store")
    # articles.jsonl holds what is known of each page from outside its text (its publication date, outlet,
    # address): the metadata a feed or a crawl hands over with the page, read as `sitrep ingest --metadata` reads it
    metadata_file = directory / "articles.jsonl"
    try:
        metadata = read_metadata(metadata_file) if metadata_file.exists() else None
    except MetadataError as exc:
        raise GoldFormatError(str(exc)) from exc
    with tempfile.TemporaryDirectory(prefix="sitrep-eval-") as tmp:
        store = Store(keep_db or Path(tmp) / "eval.sqlite")
        ingest(files, store, metadata=metadata)
        to_gold = {row.article.id: Path(row.article.source_path).stem
                   for row in store.articles() if row.article.source_path}
        events = store.events()
        store.close()
    return [PredictedEvent(e, {to_gold.get(s.article_id, s.article_id) for s in e.sources}) for e in events]


def evaluate_news(directory: Path, keep_db: Path | None = None) -> NewsScores:
    """Load the gold set, run the pipeline on its articles and score the result."""
    from sitrep.nlp import supported_languages

    gold = load_news_gold(directory)
    return score_news(gold, predict_news(directory, keep_db), supported=supported_languages())
