"""Finding place names in a text: gazetteer matches over capitalised word runs, the NER model's place
entities, and the words around a name ("the village of X", "près de X", "the X region").

A full Aho-Corasick automaton over the worldwide gazetteer's ~800k names is ~170 MB and takes seconds to load;
looking up the capitalised word runs (at most `MAX_WORDS` long) in the indexed name table finds the same
capitalised names at a fraction of the cost and keeps index load under a second.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from sitrep.geo.normalise import name_key

if TYPE_CHECKING:  # spaCy is imported only by callers that parse text
    from spacy.tokens import Doc

MAX_WORDS = 5
_LAST_WORD = re.compile(r"[\w'’]+$")
_BRACKET = re.compile(r"[()\[\]]")
_DATA = resources.files("sitrep.geo") / "data"
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’]*(?:-[\w'’]+)*", re.UNICODE)
_CONNECTORS = {"de", "du", "des", "la", "le", "les", "el", "al", "of", "d'", "sur", "en", "upon", "on", "the",
               "da", "di", "do", "dos", "das", "y", "del", "van", "von", "am", "im"}
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$")  # applied to the few characters before a name
_CONTRACTION = re.compile(r"['’](?:re|ve|ll|d|t|m)$", re.IGNORECASE)
_ARTICLES = {"the", "le", "la", "les", "l'", "l’"}  # never the first word of a match: "The IS" is not Is
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NON_PLACE_LABELS = {"PERSON", "PER", "ORG", "NORP"}


@dataclass(frozen=True, slots=True)
class Pattern:
    """A phrase before or after a name; `rule` names what it says ("near", "region-of"...)."""

    rule: str
    phrase: str


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, before resolution."""

    start: int
    end: int
    text: str
    rule: str = "gazetteer"
    hint: str = ""  # what the surrounding words say the place is: "region-of", "village-of", "near"...
    ner: str = ""  # the NER label covering the span, if any
    sentence_start: bool = False
    given: bool = False  # the caller says this span is a place name (demonyms and abbreviations may resolve)
    notes: list[str] = field(default_factory=list)


@cache
def load_patterns(language: str) -> tuple[list[Pattern], list[Pattern]]:
    """Patterns of one language, longest phrase first so "on the outskirts of" wins over "of"."""
    data = yaml.safe_load((_DATA / "patterns.yaml").read_text(encoding="utf-8"))
    section = data.get(language) or data["en"]
    before = [Pattern(rule, p.lower()) for rule, phrases in (section.get("before") or {}).items() for p in phrases]
    after = [Pattern(rule, p.lower()) for rule, phrases in (section.get("after") or {}).items() for p in phrases]
    return (sorted(before, key=lambda p: -len(p.phrase)), sorted(after, key=lambda p: -len(p.phrase)))


@cache
def admin_name_templates() -> dict[str, list[str]]:
    """Per hint ("region-of", "district-of"), the spellings admin areas go by: "cercle de {}", "{} region"."""
    data = yaml.safe_load((_DATA / "patterns.yaml").read_text(encoding="utf-8"))
    return {hint: list(templates) for hint, templates in (data.get("admin_names") or {}).items()}


@cache
def institution_words() -> re.Pattern[str]:
    data = yaml.safe_load((_DATA / "patterns.yaml").read_text(encoding="utf-8"))
    words = sorted(data.get("institution_words") or [], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class EventPlaceWords:
    """`event_place_words` of patterns.yaml for one language, lower case."""

    where: frozenset[str]
    elsewhere: frozenset[str]
    office_after: tuple[str, ...]


@cache
def event_place_words(language: str) -> EventPlaceWords:
    data = yaml.safe_load((_DATA / "patterns.yaml").read_text(encoding="utf-8"))["event_place_words"]
    section = data.get(language) or data["en"]
    return EventPlaceWords(frozenset(w.lower() for w in section["where"]),
                           frozenset(w.lower() for w in section["elsewhere"]),
                           tuple(sorted((w.lower() for w in data["office_after"]), key=len, reverse=True)))


@cache
def admin_type_words() -> frozenset[str]:
    """Words naming the kind of an admin area or town ("county", "city"), lower case."""
    data = yaml.safe_load((_DATA / "patterns.yaml").read_text(encoding="utf-8"))
    return frozenset(str(w).lower() for w in data.get("admin_type_words") or [])


@cache
def compass_words() -> frozenset[str]:
    data = yaml.safe_load((_DATA / "patterns.yaml").read_text(encoding="utf-8"))
    return frozenset(str(w).lower() for w in data.get("compass_words") or [])


@cache
def stopwords() -> frozenset[str]:
    lines = (_DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))


@cache
def _before_by_last_word(language: str) -> dict[str, list[Pattern]]:
    """The `before` patterns by their last word (longest phrase first): a window is tried only against the
    phrases ending in its own last word."""
    index: dict[str, list[Pattern]] = {}
    for pattern in load_patterns(language)[0]:
        last = _LAST_WORD.search(pattern.phrase)
        index.setdefault(last.group() if last else pattern.phrase, []).append(pattern)
    return index


def _ending_phrase(stripped: str, language: str) -> Pattern | None:
    last = _LAST_WORD.search(stripped)
    for pattern in _before_by_last_word(language).get(last.group() if last else "", ()):
        if stripped.endswith(pattern.phrase) and (
            len(stripped) == len(pattern.phrase) or not stripped[-len(pattern.phrase) - 1].isalnum()
        ):
            return pattern
    return None


def pattern_before(text: str, start: int, language: str) -> Pattern | None:
    window = text[max(0, start - 40):start].lower()
    stripped = window.rstrip()
    if len(window) - len(stripped) > 2:
        return None
    found = _ending_phrase(stripped, language)
    # French elision: "près d'Ansongo", "la région d'Agadez" (the name starts right after the apostrophe)
    if found is None and window.endswith(("d'", "d’")):
        return _ending_phrase(window[:-2] + "de", language)
    return found


def pattern_after(text: str, end: int, language: str) -> Pattern | None:
    window = text[end:end + 20].lower()
    for pattern in load_patterns(language)[1]:
        if window.startswith(" " + pattern.phrase) and not window[len(pattern.phrase) + 1:][:1].isalnum():
            return pattern
    return None


def _words(text: str) -> list[tuple[int, int]]:
    """Word spans; a possessive 's is left out ("Mali's" -> "Mali")."""
    spans = []
    for match in _WORD.finditer(text):
        end = match.end()
        if text[end - 2:end] in ("'s", "’s") and end - match.start() > 3:
            end -= 2
        spans.append((match.start(), end))
    return spans


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:2].lower() in ("i-", "n'") and word[2:3].isupper())


def find_candidates(text: str, known_names: Callable[[list[str]], dict[str, bool]], language: str,
                    doc: Doc | None) -> list[Candidate]:
    """Spans naming places: longest gazetteer names in runs of capitalised words, plus NER place entities.
    `known_names` maps those of a list of name keys the gazetteer holds to whether they may be recognised
    (False: a demonym such as "Sri Lankan", which blocks the names inside it); one call per run of words."""
    words = _words(text)
    texts = [text[s:e] for s, e in words]
    stop = stopwords()
    found: list[Candidate] = []
    i = 0
    while i < len(words):
        if not _is_capitalised(texts[i]) or texts[i].lower() in _ARTICLES:
            i += 1
            continue
        run_end = i + 1  # the run of capitalised words (connectors allowed inside) starting at i
        while run_end < len(words) and text[words[run_end - 1][1]:words[run_end][0]] in (" ", "-") and (
            _is_capitalised(texts[run_end]) or texts[run_end].lower() in _CONNECTORS
        ):
            run_end += 1
        grams = _ngrams(text, words, texts, i, run_end, stop)
        present = known_names(list(set(grams.values())))
        while i < run_end:
            ends = [j for j in range(min(run_end, i + MAX_WORDS), i, -1) if grams.get((i, j)) in present]
            if not ends or texts[i].lower() in _ARTICLES:
                i += 1
                continue
            if not present[grams[(i, ends[0])]]:  # "Sri Lankan": a demonym, and no "Sri" inside it either
                i = ends[0]
                continue
            start, end = words[i][0], words[ends[0] - 1][1]
            at_start = bool(_SENTENCE_END.search(text[max(0, start - 3):start]))
            found.append(Candidate(start, end, text[start:end], sentence_start=at_start))
            i = ends[0]
    _add_entities(found, text, doc)
    found += unknown_names_after_patterns(text, found, language)
    for candidate in found:
        pattern = pattern_before(text, candidate.start, language) or pattern_after(text, candidate.end, language)
        if pattern is not None:
            candidate.hint = pattern.rule
            candidate.rule = pattern.rule
    return sorted(found, key=lambda c: c.start)


def _ngrams(text: str, words: list[tuple[int, int]], texts: list[str], first: int, last: int,
            stop: frozenset[str]) -> dict[tuple[int, int], str]:
    """Name keys of every word sequence of the run that could be a name: (start word, end word) -> key."""
    grams = {}
    for i in range(first, last):
        if texts[i].lower() in _CONNECTORS and not (texts[i][:1].isupper() and i + 1 < last):
            continue  # a connector starts a name only written capitalised: "El Wak", "La Paz", not "of Gao"
        if (texts[i][:2].isupper() and not texts[i].isupper()) or _CONTRACTION.search(texts[i]):
            continue  # "FAMa": an acronym; "We're": a contraction; not names
        for j in range(i + 1, min(last, i + MAX_WORDS) + 1):
            word = texts[j - 1]
            if word.lower() in _CONNECTORS:
                continue
            key = name_key(text[words[i][0]:words[j - 1][1]])
            if j - i == 1 and (key in stop or len(key) < 2 or (word.isupper() and len(word) <= 2 and word != "US")):
                continue
            grams[(i, j)] = key
    return grams


def _add_entities(found: list[Candidate], text: str, doc: Doc | None) -> None:
    """Mark candidates with the NER label over them; add NER place entities the gazetteer run missed."""
    if doc is None:
        return
    for candidate in found:
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].pos_ not in ("PROPN", "X", ""):
            candidate.notes.append("common-word")  # "Commissioner", "Much", "Area" tagged as nouns etc.
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ in ("PERSON", "PER") and len(ent) > 1}
    for candidate in found:
        if candidate.text in surnames:
            candidate.notes.append("surname")  # "Smith said" after "John Smith"
    for ent in doc.ents:
        if _BRACKET.search(ent.text):
            continue  # an entity across a bracket is mis-cut ("Kapkwen (Bomet"): it says nothing of the names in it
        overlapping = [c for c in found if c.start < ent.end_char and ent.start_char < c.end]
        if ent.label_ in ("ORG", "FAC") and institution_words().search(ent.text):
            for candidate in overlapping:  # "University of Nairobi": the institution stands in Nairobi
                candidate.notes.append("institution")
            continue
        for candidate in overlapping:
            if candidate.ner == "" or (ent.start_char <= candidate.start and candidate.end <= ent.end_char):
                candidate.ner = ent.label_
                if ent.label_ in NON_PLACE_LABELS and not _is_list(overlapping, text):
                    # a name in a person's or organisation's name; but a list of names joined by "and" or
                    # commas is a list of places the model mis-tagged ("Tillabéri and Ayorou" as ORG)
                    candidate.notes.append("tagged-other")
                if not _is_list(overlapping, text) and _inside_name(candidate, ent.label_, ent.start_char,
                                                                     ent.end_char, text):
                    candidate.notes.append("inside-name")
        if ent.label_ in PLACE_LABELS and not overlapping:
            start, end = ent.start_char, ent.end_char
            if text[start:end].lower().startswith("the "):
                start += 4
            if end > start and text[start].isupper():
                found.append(Candidate(start, end, text[start:end], rule="ner", ner=ent.label_))


def _is_list(candidates: list[Candidate], text: str) -> bool:
    """Several names joined only by "and", "or", "et", "ou" or commas."""
    if len(candidates) < 2:
        return False
    ordered = sorted(candidates, key=lambda c: c.start)
    gaps = [text[a.end:b.start] for a, b in zip(ordered, ordered[1:], strict=False)]
    return all(gap.strip(" ,").lower() in ("and", "or", "et", "ou") or gap.strip(" ") == "," for gap in gaps)


def _inside_name(candidate: Candidate, label: str, start: int, end: int, text: str) -> bool:
    """One word inside a longer person's name ("Henry" in "Chiquita Henry"), or inside an organisation's name
    after its first word ("Florence" in "the Armed Forces Florence Parly"; but "Alexandria Police" keeps it)."""
    if " " in candidate.text or (start, end) == (candidate.start, candidate.end):
        return False
    if label in ("PERSON", "PER"):
        return True
    if label == "ORG":
        first = start + 4 if text[start:end].lower().startswith("the ") else start
        return candidate.start > first
    return False


def unknown_names_after_patterns(text: str, found: list[Candidate], language: str) -> list[Candidate]:
    """Capitalised names the gazetteer lacks, after words that say a place follows ("the village of X",
    "near X", "la commune de X"): recognised, left for resolution to place by their region."""
    taken = sorted((c.start, c.end) for c in found)
    starts = [s for s, _ in taken]
    extra = []
    for match in _CAPITALISED_NAME.finditer(text):
        start, end = match.span()
        nearest = bisect_left(starts, end) - 1  # the last name starting before this one ends
        if (nearest >= 0 and taken[nearest][1] > start) or name_key(match.group()) in stopwords():
            continue
        pattern = pattern_before(text, start, language)
        if pattern is not None and pattern.rule in _STRONG_RULES and pattern.phrase not in _groups_follow():
            extra.append(Candidate(start, end, match.group(), rule=pattern.rule, hint=pattern.rule))
    return extra


@cache
def _groups_follow() -> frozenset[str]:
    data = yaml.safe_load((_DATA / "patterns.yaml").read_text(encoding="utf-8"))
    return frozenset(str(p).lower() for p in data.get("groups_follow") or [])


_STRONG_RULES = {"village-of", "region-of", "district-of", "near"}
_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’]*(?:-[\w'’]+)*)(?: [A-Z][\w'’]*(?:-[\w'’]+)*){0,2}",
                               re.UNICODE)
