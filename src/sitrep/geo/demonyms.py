"""Adjectival and demonym place mentions: "Russian troops", "two Sudanese nationals", "South Ossetian forces",
"les soldats maliens".

Geoparsing corpora (LGL, GeoWebNews, TR-News) annotate these as toponyms of their place, so the end-to-end
geoparse evaluation adds them where no recognised place name overlaps. The forms come from the one country table
(`sitrep.countries`: `demonyms_en`/`demonyms_fr`) and `geo/data/demonyms.yaml` (forms the table lacks, continents,
regions, states, towns). Each toponym carries `rule="demonym"`: "Malian soldiers were killed" does not say the
event happened at Mali's centroid, and event extraction must be able to tell.

Recognition is one Aho-Corasick pass over the text (~0.15 ms a report, far below the geocoder's own cost); a form
is found only as whole words, the longest where forms overlap ("South Sudanese", not "Sudanese").
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import accumulate
from typing import TYPE_CHECKING, Any

import ahocorasick
import yaml

from sitrep import countries
from sitrep.geo.patterns import language_after
from sitrep.models import Place, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.geo.geocoder import Geocoder

RULE = "demonym"
_DATA_FILE = "sitrep/geo/data/demonyms.yaml"
_WORD = re.compile(r"[^\W\d_]+")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")
_NO_PLURAL = ("s", "x", "z", "sh", "ch", "ese")
# After a form, what shows a language rather than a place when the word before was a language word.
_LANGUAGE_AFTER = re.compile(r"\s*(?:$|[.,;:!?)\"”’]|(?:and|or|but|with|to|as|at|for|well)\b)")
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote)\b")  # "French said": a surname, or a person
_NOT_PLACE_ENTITIES = {"PERSON", "PER"}
_WATER = {"SEA", "OCN", "GULF", "BAY", "LK"}  # GeoNames feature codes of class H a form may stand for


class DemonymDataError(ValueError):
    """demonyms.yaml (or the country table's demonyms) is malformed."""


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: a cheap key of the resolution cache
class Demonym:
    """What a form stands for: a country (`country` only) or a named place, looked up in the gazetteer within
    `country` and with GeoNames `feature`, placed at `point` when the gazetteer lacks it."""

    place: str
    country: str | None = None
    feature: str | None = None
    point: tuple[float, float] | None = None

    @property
    def is_country(self) -> bool:
        return self.country is not None and self.place == self.country


@dataclass(frozen=True, slots=True)
class DemonymMention:
    """A form found in a text, before resolution."""

    start: int
    end: int
    text: str
    demonym: Demonym


@dataclass(frozen=True, slots=True, eq=False)
class DemonymTable:
    """The forms of one language (each spelling the text may show; None for a phrase to ignore) in an
    Aho-Corasick automaton, and the words that make a following form a language."""

    forms: dict[str, Demonym | None]
    automaton: ahocorasick.Automaton
    language_before: frozenset[str]

    def find(self, text: str) -> list[DemonymMention]:
        """Every form in `text` as whole words, the leftmost and then the longest first, without overlaps."""
        found = []
        for last, (length, demonym) in self.automaton.iter_long(text):
            start, end = last + 1 - length, last + 1
            if (demonym is not None and (start == 0 or not text[start - 1].isalnum())
                    and (end == len(text) or not text[end].isalnum()) and not self._not_a_place(text, start, end)):
                found.append(DemonymMention(start, end, text[start:end], demonym))
        return found

    def _not_a_place(self, text: str, start: int, end: int) -> bool:
        """"in French.", "speaks Spanish and English", "Russian-language media": a language, not a place; also
        "French said", "the Egyptian told": a surname or a person."""
        if language_after().match(text, end) or _SPEECH_AFTER.match(text, end):
            return True
        if _LANGUAGE_AFTER.match(text, end) is None:
            return False
        before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
        return before is not None and before.group(1).lower() in self.language_before


def _plural(form: str) -> str | None:
    return None if form.endswith(_NO_PLURAL) or not form[-1].isalpha() else form + "s"


def _spellings(form: str, language: str) -> set[str]:
    """How a form may appear: as written, in capitals (headlines), and for French lower-case adjectives also
    capitalised (the nouns: "les Maliens")."""
    spellings = {form}
    if len(form) > 3:
        spellings.add(form.upper())
    if language == "fr" and form[:1].islower():
        spellings.add(form[:1].upper() + form[1:])
    return spellings


def _key(form: str) -> str:
    """A form as the matcher joins its words: one space between them ("Bissau-Guinean" -> "Bissau Guinean")."""
    return " ".join(_WORD.findall(form))


def _usable(form: str) -> bool:
    """Abbreviations the country table lists as demonyms ("US", "U.S.", "UK") are names the geocoder recognises
    itself; here they would only catch the pronoun "us" in headlines."""
    return not (form.isupper() or "." in form)


def build_table(data: Any, country_table: Iterable[countries.Country], language: str,
                where: str = _DATA_FILE) -> DemonymTable:
    """The table of one language from parsed demonyms.yaml and the country table; a malformed row raises
    DemonymDataError naming `where` and the row."""
    if not isinstance(data, dict):
        raise DemonymDataError(f"{where}: expected a mapping with countries, places, ignore, language_before")
    entries: list[tuple[str, Demonym]] = []  # first wins: this file's places and countries, then the table's
    for number, row in enumerate(data.get("places") or [], start=1):
        demonym = _place(row, where, number)
        entries += [(f, demonym) for f in _forms(row, language, where, f"places #{number}")]
    for code, row in (data.get("countries") or {}).items():
        if countries.get(str(code)) is None or not isinstance(row, dict):
            raise DemonymDataError(f"{where}: countries: {code!r} is no country of the country table "
                                   "(expected an ISO alpha-2 code with en/fr lists)")
        demonym = Demonym(code, code)
        entries += [(f, demonym) for f in _forms(row, language, where, code)]
    for country in country_table:  # in ISO order: "Congolese" is CD's before CG's, as countries.lookup says
        forms = country.demonyms_en if language == "en" else country.demonyms_fr if language == "fr" else ()
        demonym = Demonym(country.iso2, country.iso2)
        entries += [(f, demonym) for f in forms if _usable(f)]
    forms: dict[str, Demonym | None] = {}
    for form, demonym in entries:
        for written in (form, *([p] if language == "en" and (p := _plural(form)) else [])):
            for spelling in _spellings(written, language):
                forms.setdefault(_key(spelling), demonym)
    for phrase in (data.get("ignore") or {}).get(language) or []:
        for written in (phrase, *([p] if language == "en" and (p := _plural(phrase)) else [])):
            for spelling in _spellings(str(written), language):
                forms[_key(spelling)] = None
    automaton = ahocorasick.Automaton()
    for key, demonym in forms.items():  # "Bissau-Guinean" and "Bissau Guinean" alike
        for written in {key, key.replace(" ", "-")}:
            automaton.add_word(written, (len(written), demonym))
    automaton.make_automaton()
    language_before = frozenset(str(w).lower() for w in (data.get("language_before") or {}).get(language) or [])
    return DemonymTable(forms, automaton, language_before)


def _forms(row: dict[str, Any], language: str, where: str, what: object) -> list[str]:
    forms = row.get(language) or []
    if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
        raise DemonymDataError(f"{where}: {what}: `{language}` must be a list of forms")
    return forms


def _place(row: Any, where: str, number: int) -> Demonym:
    if not isinstance(row, dict) or not isinstance(row.get("place"), str):
        raise DemonymDataError(f"{where}: places #{number} needs a `place` name")
    point = row.get("point")
    if point is not None and not (isinstance(point, list) and len(point) == 2
                                  and all(isinstance(v, int | float) for v in point)
                                  and -90 <= point[0] <= 90 and -180 <= point[1] <= 180):
        raise DemonymDataError(f"{where}: places #{number} ({row['place']}): `point` must be [latitude, longitude]")
    code = row.get("country")
    if code is not None and countries.get(str(code)) is None:
        raise DemonymDataError(f"{where}: places #{number} ({row['place']}): unknown country {code!r}")
    return Demonym(row["place"], code, row.get("feature"), (float(point[0]), float(point[1])) if point else None)


@cache
def _data() -> Any:
    text = (resources.files("sitrep.geo") / "data" / "demonyms.yaml").read_text(encoding="utf-8")
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # a safe loader, libyaml's if any
    except yaml.YAMLError as exc:
        raise DemonymDataError(f"{_DATA_FILE}: not valid YAML ({exc})") from exc


@cache
def demonym_table(language: str = "en") -> DemonymTable:
    """The packaged table of one language ("en", "fr"; others get English), built once."""
    return build_table(_data(), countries.all_countries(), language if language in ("en", "fr") else "en")


# Each geocoder's resolution of each Demonym (a gazetteer lookup), kept as long as the geocoder lives.
_resolved: weakref.WeakKeyDictionary[Geocoder, dict[Demonym, Place | None]] = weakref.WeakKeyDictionary()


def resolve_demonym(demonym: Demonym, geocoder: Geocoder) -> Place | None:
    """The place a demonym stands for in this geocoder's gazetteer; its `point` when the gazetteer lacks it."""
    cache_ = _resolved.setdefault(geocoder, {})
    if demonym not in cache_:
        cache_[demonym] = _lookup(demonym, geocoder)
    return cache_[demonym]


def _lookup(demonym: Demonym, geocoder: Geocoder) -> Place | None:
    if demonym.is_country:
        return geocoder.country(demonym.place)
    places = [p for p in geocoder.search(demonym.place, demonym.country)
              if demonym.feature is None or p.feature_code == demonym.feature]
    if places:
        return places[0]
    if demonym.point is None:
        return None
    country = countries.get(demonym.country) if demonym.country else None
    feature = demonym.feature or "RGN"
    return Place(name=demonym.place, latitude=demonym.point[0], longitude=demonym.point[1],
                 country=country.iso_name if country else None, country_code=demonym.country,
                 iso=country.isonum if country else None, feature_code=feature,
                 feature_class="A" if feature.startswith(("ADM", "PCL")) else "H" if feature in _WATER else "L")


def find_demonyms(text: str, geocoder: Geocoder, language: str = "en", doc: Doc | None = None) -> list[Toponym]:
    """Demonym toponyms in `text` (rule "demonym"), resolved to their place. With the spaCy `doc` of the text,
    a form inside a person's name ("Percy French") is left out."""
    mentions = demonym_table(language).find(text)
    if doc is not None and mentions:
        mentions = [m for m in mentions if not _in_person_name(doc, m)]
    toponyms = []
    for mention in mentions:
        place = resolve_demonym(mention.demonym, geocoder)
        toponyms.append(Toponym(start=mention.start, end=mention.end, text=mention.text, place=place,
                                score=1.0 if place else 0.0, rule=RULE))
    return toponyms


def _in_person_name(doc: Doc, mention: DemonymMention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(token.ent_type_ in _NOT_PLACE_ENTITIES for token in span)


def add_demonyms(text: str, toponyms: list[Toponym], geocoder: Geocoder, language: str = "en",
                 doc: Doc | None = None) -> list[Toponym]:
    """`toponyms` with the text's demonym toponyms added where none of them overlaps, in text order."""
    found = find_demonyms(text, geocoder, language, doc)
    if not found:
        return toponyms
    taken = sorted((t.start, t.end) for t in toponyms)
    starts = [start for start, _ in taken]
    reach = list(accumulate((end for _, end in taken), max))  # the furthest end of the spans starting so far
    extra = [d for d in found if (i := bisect_left(starts, d.end)) == 0 or reach[i - 1] <= d.start]
    return sorted([*toponyms, *extra], key=lambda t: (t.start, t.end)) if extra else toponyms
