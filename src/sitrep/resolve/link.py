"""Reports sitrep does not extract (their language) as sources of the events they report, with no claims.

An Italian or Arabic report of an attack still says, in ways that need no reading of its language, which event
it is about: the village's name (in Latin letters, or in another script whose consonants match), the names of
the story (a group, a commune), death tolls in digits or in number words that equal a source's, the day it
appeared. It becomes a source of the event that evidence clearly points to, and of the other events its story
told the same way (an attack on soldiers and townspeople the same morning), and of nothing when two unrelated
events compete or the evidence is thin: a wrong link is worse than none. The rules are in `data/link.yaml`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import product
from typing import TYPE_CHECKING, Any

import yaml
from text_to_num import alpha2digit
from unidecode import unidecode

from sitrep.models import Article
from sitrep.resolve.context import article_context, name_key
from sitrep.resolve.places import distance_km
from sitrep.resolve.similarity import Features, date_interval

if TYPE_CHECKING:
    from sitrep.geo import Geocoder
    from sitrep.resolve.core import InMemoryResolver

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# A number as written: digits in any script, not part of a time, a date or a decimal ("6.30", "14/04").
_NUMBER = re.compile(r"(?<![\d.,:/-])\d+(?![\d:/]|[.,]\d)")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class LinkRules:
    weights: dict[str, float]
    place_km: float
    figure_min: int
    years: tuple[int, int]
    published_days: int
    short_key_length: int
    min_score: float
    min_pieces: int
    min_names: float
    min_margin: float
    sibling_fraction: float
    same_place_sibling_fraction: float
    drop: tuple[str, ...]
    either: dict[str, str]
    arabic_prefixes: tuple[str, ...]


@cache
def link_rules() -> LinkRules:
    """The packaged linking rules (`data/link.yaml`)."""
    raw: dict[str, Any] = yaml.safe_load(
        (resources.files("sitrep.resolve") / "data" / "link.yaml").read_text(encoding="utf-8"))
    transcribe = raw["transcribe"]
    return LinkRules(
        weights={k: float(v) for k, v in raw["weights"].items()}, place_km=float(raw["place_km"]),
        figure_min=int(raw["figure_min"]), years=(int(raw["years"][0]), int(raw["years"][1])),
        published_days=int(raw["published_days"]), short_key_length=int(raw["short_key_length"]),
        min_score=float(raw["min_score"]), min_pieces=int(raw["min_pieces"]),
        min_names=float(raw["min_names"]), min_margin=float(raw["min_margin"]),
        sibling_fraction=float(raw["sibling_fraction"]),
        same_place_sibling_fraction=float(raw["same_place_sibling_fraction"]), drop=tuple(transcribe["drop"]),
        either=dict(transcribe["either"]),
        arabic_prefixes=tuple(sorted(transcribe["arabic_prefixes"], key=len, reverse=True)),
    )


@dataclass(frozen=True, slots=True)
class ReportKeys:
    """What a report says that needs no reading of its language."""

    article_id: str
    names: dict[str, str]  # name key (`context.name_key`) -> the word as written
    figures: frozenset[int]
    points: tuple[tuple[float, float, str], ...]  # (lat, lon, word) of words the gazetteer knows
    countries: frozenset[str]  # ISO alpha-2 of the countries it names (in Latin letters)
    published: dt.date | None
    published_precision: int | None = None
    dates: frozenset[dt.date] = frozenset()  # whole dates it writes in digits ("30 ... 2019", "2019-09-30")


@dataclass(frozen=True, slots=True)
class Link:
    """Events a report was linked to, and why."""

    article_id: str
    event_ids: list[str]
    score: float
    runner_up: float  # the best score of an event outside the linked story
    evidence: dict[str, list[str]] = field(default_factory=dict)  # event id -> what tied the report to it

    def note(self, event_id: str) -> str:
        return (f"score {self.score:.2f}, next event {self.runner_up:.2f}; "
                + ", ".join(self.evidence.get(event_id, [])))


def report_keys(article: Article, geocoder: Geocoder | None = None) -> ReportKeys:
    """Names (every script transcribed to consonants), figures, gazetteer points and countries of a report."""
    text = article.text
    context = article_context(text, article.country, article.language, article.title)
    names: dict[str, str] = {}
    for word in sorted({m.group() for m in _WORD.finditer(text)}):
        if not _LATIN.search(word):
            for key in _foreign_keys(word):
                names.setdefault(key, word)
        elif (key := name_key(unidecode(word).lower())) in context.names:
            names.setdefault(key, word)
    return ReportKeys(
        article.id, names, _figures(text, article.language), _gazetteer_points(text, geocoder),
        frozenset(context.countries) | ({context.hint} if context.hint else set()), article.published,
        article.published_precision, _dates(text),
    )


class EventIndex:
    """The resolver's events by their names and precise points: a report is scored against the few events that
    share a name or a place with it, not against every event (built once per linking pass)."""

    def __init__(self, resolver: InMemoryResolver) -> None:
        self.events = dict(resolver.features())
        self.df: Counter[str] = Counter()  # in how many events each name occurs
        self._by_name: dict[str, list[str]] = defaultdict(list)
        self._by_cell: dict[tuple[int, int], list[str]] = defaultdict(list)
        for event_id, features in self.events.items():
            names = _event_names(features)
            self.df.update(names)
            for name in names:
                self._by_name[name].append(event_id)
            for lat, lon, precision, _ in features.points:
                if precision == 1:
                    self._by_cell[_cell(lat, lon)].append(event_id)

    def candidates(self, keys: ReportKeys) -> set[str]:
        found = {event_id for name in keys.names for event_id in self._by_name.get(name, ())}
        for lat, lon, _ in keys.points:
            row, column = _cell(lat, lon)
            found.update(event_id for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                         for event_id in self._by_cell.get((row + dr, column + dc), ()))
        return found

    def find_link(self, keys: ReportKeys) -> Link | None:
        """The events the report clearly reports, or None (nothing clear, or two unrelated events compete)."""
        r = link_rules()
        scored: list[tuple[float, str, list[str], bool]] = []
        for event_id in self.candidates(keys):
            result = _score(keys, self.events[event_id], self.df)
            if result is not None:
                scored.append((result[0], event_id, result[1], result[2]))
        if not scored:
            return None
        scored.sort(key=lambda item: (-item[0], item[1]))
        best, best_id, why, specific = scored[0]
        if best < r.min_score or len(why) < r.min_pieces or not specific:
            return None
        best_features = self.events[best_id]
        siblings = {e for _, e, _, _ in scored[1:] if _siblings(best_features, self.events[e])}
        story = {best_id} | {e for score, e, _, _ in scored if e in siblings and score >= r.sibling_fraction * best}
        placed = [e for _, e, why, _ in scored if e in story and _has_place(why)]
        story |= {e for score, e, why, _ in scored if e in siblings and score >= r.same_place_sibling_fraction * best
                  and _has_place(why) and any(_same_day(self.events[p], self.events[e]) for p in placed)}
        # the story's other events may trail: they are the same story, not a rival
        runner_up = max((score for score, e, _, _ in scored[1:] if e not in siblings), default=0.0)
        if round(best - runner_up, 9) < r.min_margin:  # sums of 1/n: 3.8333 - 2.3333 is a margin of 1.5
            return None
        linked = [e for _, e, _, _ in scored if e in story]
        evidence = {e: why for _, e, why, _ in scored if e in story}
        return Link(keys.article_id, linked, round(best, 3), round(runner_up, 3), evidence)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """A grid cell of a tenth of a degree (11 km of latitude): points within `place_km` share or touch one."""
    return math.floor(lat * 10), math.floor(lon * 10)


def _score(keys: ReportKeys, e: Features, df: Counter[str]) -> tuple[float, list[str], bool] | None:
    """The evidence score of one event, what made it, and whether it is specific; None when ruled out."""
    r = link_rules()
    w = r.weights
    if keys.countries and e.country and e.country not in keys.countries:
        return None  # the report names countries, not this event's
    span = e.dated or e.published
    published_fits = False
    if keys.published and span:
        first, last = date_interval(keys.published, keys.published_precision)
        if last < span[0] - 1 or first > span[1] + r.published_days:
            return None  # appeared before the event, or too long after it to be news of it
        published_fits = True
    score, why = 0.0, []
    place = _place_evidence(keys, e, r)
    if place:
        score += w["place"]
        why.append(f"place {place}")
    names = 0.0
    for key in sorted(_event_names(e) - e.place_names):
        word = keys.names.get(key)
        # another script's short consonant skeletons are mostly ordinary words (Arabic roots have three)
        if word is None or (len(key) <= r.short_key_length and not _LATIN.search(word)):
            continue
        names += 1.0 / df[key]
        why.append(f"name {word}")
    if not place and not names:
        return None  # a figure or a day alone does not say which event
    score += w["name"] * names
    figures = sorted(f for f in keys.figures & e.killed if f >= r.figure_min)
    score += w["figure"] * len(figures)
    why += [f"toll {figure}" for figure in figures]
    if published_fits:
        score += w["published"]
        why.append("published within days of it" if keys.published_precision in (None, 1)
                   else "published within its month")
    if e.precise_day is not None and dt.date.fromordinal(e.precise_day) in keys.dates:
        score += w["date"]
        why.append(f"date {dt.date.fromordinal(e.precise_day).isoformat()} in digits")
    return score, why, bool(place) or names >= r.min_names


def _place_evidence(keys: ReportKeys, e: Features, r: LinkRules) -> str | None:
    """The report's word naming the event's place (by its name's consonants, or by the gazetteer), if any: the
    gazetteer's place or the village the event's reports name where the gazetteer lacks it."""
    for key in sorted(e.place_names):
        if key in keys.names:
            return keys.names[key]
    for key in sorted(e.villages):
        # a village is a name an extraction read, not a gazetteer's: another script's short skeleton is more
        # likely an ordinary word ("مدني", civilian, is "mdn" as "Medina" is)
        word = keys.names.get(key)
        if word is not None and (len(key) > r.short_key_length or _LATIN.search(word)):
            return word
    for lat, lon, word in keys.points:
        for point in e.points:
            if point[2] == 1 and distance_km(lat, lon, point[0], point[1]) <= r.place_km:
                return word
    return None


def _event_names(e: Features) -> set[str]:
    return set().union(*e.names, e.place_names)


def _siblings(a: Features, b: Features) -> bool:
    """Two events told by one report, on days at most a day apart (a night attack runs past midnight): parts
    of one story."""
    return bool(a.article_ids & b.article_ids) and (
        a.dated is None or b.dated is None or (a.dated[0] <= b.dated[1] + 1 and b.dated[0] <= a.dated[1] + 1))


def _same_day(a: Features, b: Features) -> bool:
    return a.dated is not None and b.dated is not None and a.dated[0] <= b.dated[1] and b.dated[0] <= a.dated[1]


def _has_place(why: list[str]) -> bool:
    return any(piece.startswith("place ") for piece in why)


def _foreign_keys(word: str) -> set[str]:
    """Consonant keys of a word in a script without Latin letters, every reading its letters allow."""
    r = link_rules()
    forms = {word}
    if _ARABIC.search(word):
        forms |= {word[len(p):] for p in r.arabic_prefixes if word.startswith(p) and len(word) - len(p) >= 3}
    keys = set()
    for form in forms:
        latin = unidecode(form).lower()
        for letter in r.drop:
            latin = latin.replace(letter, "")
        swaps = [(a, b) for a, b in r.either.items() if a in latin]
        for choice in product((False, True), repeat=len(swaps)):
            variant = latin
            for (a, b), swap in zip(swaps, choice, strict=True):
                if swap:
                    variant = variant.replace(a, b)
            if len(variant) >= 3:
                keys.add(name_key(variant))
    return keys


def _figures(text: str, language: str | None) -> frozenset[int]:
    """Numbers the report writes in digits (any script) or, in a language Text2num reads, in words."""
    r = link_rules()
    texts = [text]
    if language:
        with suppress(ValueError):  # a language Text2num cannot read: its digits only
            texts.append(alpha2digit(text, language))
    figures = set()
    for each in texts:
        for match in _NUMBER.finditer(each):
            value = int(match.group())
            if not r.years[0] <= value <= r.years[1]:
                figures.add(value)
    return frozenset(figures)


_DATES = (  # (pattern, group of the year, of the month or 0 when a word names it, of the day)
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), 1, 2, 3),
    (re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)"), 3, 2, 1),
    (re.compile(r"(?<![\d/.])(\d{1,2})\s+[^\W\d_]+\.?,?\s+(\d{4})(?!\d)"), 2, 0, 1),
)


def _dates(text: str) -> frozenset[dt.date]:
    """Dates a report writes in digits; with the month in words, every month of that day and year (which
    month the word is does not matter: the day and the year must both fit the event's)."""
    found = set()
    for pattern, year, month, day in _DATES:
        for match in pattern.finditer(text):
            months = [int(match.group(month))] if month else range(1, 13)
            for each in months:
                try:
                    found.add(dt.date(int(match.group(year)), each, int(match.group(day))))
                except ValueError:  # not a date (31 April, month 13): skip it
                    continue
    return frozenset(found)


def _gazetteer_points(text: str, geocoder: Geocoder | None) -> tuple[tuple[float, float, str], ...]:
    """Where the gazetteer puts the report's words: its names in Latin letters, every word of other scripts
    (a gazetteer holds some places' Arabic or Cyrillic names)."""
    if geocoder is None:
        return ()
    words = {m.group() for m in _WORD.finditer(text)}
    names = article_context(text).names  # keys only: the words as written are needed for the gazetteer
    wanted = sorted(w for w in words if not _LATIN.search(w) or (w[0].isupper() and name_key(
        unidecode(w).lower()) in names))
    points = []
    for word in wanted:
        for place in geocoder.search(word)[:1]:
            if not (place.feature_code or "").startswith("PCL"):
                points.append((place.latitude, place.longitude, word))
    return tuple(points)
