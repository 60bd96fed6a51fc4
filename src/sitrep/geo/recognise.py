"""Finding place names in a text: gazetteer matches over capitalised word runs, the NER model's place
entities, and the words around a name ("the village of X", "près de X", "the X region").

A full Aho-Corasick automaton over the worldwide gazetteer's ~800k names is ~170 MB and takes seconds to load;
looking up the capitalised word runs (at most `MAX_WORDS` long) in the indexed name table finds the same
capitalised names at a fraction of the cost and keeps index load under a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Doc

from sitrep.geo.normalise import name_key

MAX_WORDS = 5
_DATA = resources.files("sitrep.geo") / "data"
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’]*(?:-[\w'’]+)*", re.UNICODE)
_CONNECTORS = {"de", "du", "des", "la", "le", "les", "el", "al", "of", "d'", "sur", "en", "upon", "on", "the",
               "da", "di", "do", "dos", "das", "y", "del", "van", "von", "am", "im"}
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PERSON_LABELS = {"PERSON", "PER"}


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
def stopwords() -> frozenset[str]:
    lines = (_DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))


def pattern_before(text: str, start: int, language: str) -> Pattern | None:
    window = text[max(0, start - 40):start].lower()
    stripped = window.rstrip()
    if len(window) - len(stripped) > 2:
        return None
    for pattern in load_patterns(language)[0]:
        if stripped.endswith(pattern.phrase) and (
            len(stripped) == len(pattern.phrase) or not stripped[-len(pattern.phrase) - 1].isalnum()
        ):
            return pattern
    # French elision: "près d'Ansongo", "la région d'Agadez" (the name starts right after the apostrophe)
    if window.endswith(("d'", "d’")):
        elided = window[:-2] + "de"
        return next((p for p in load_patterns(language)[0] if elided.endswith(p.phrase)), None)
    return None


def pattern_after(text: str, end: int, language: str) -> Pattern | None:
    window = text[end:end + 20].lower()
    for pattern in load_patterns(language)[1]:
        if window.startswith(" " + pattern.phrase) and not window[len(pattern.phrase) + 1:][:1].isalnum():
            return pattern
    return None


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:2].lower() in ("i-", "n'") and word[2:3].isupper())


def find_candidates(text: str, has_name: Callable[[str], bool], language: str, doc: Doc | None) -> list[Candidate]:
    """Spans naming places: longest gazetteer names in runs of capitalised words, plus NER place entities."""
    words = _words(text)
    stop = stopwords()
    found: list[Candidate] = []
    i = 0
    while i < len(words):
        if not _is_capitalised(text[words[i][0]:words[i][1]]):
            i += 1
            continue
        run_end = i + 1  # the run of capitalised words (connectors allowed inside) starting at i
        while run_end < len(words) and words[run_end][0] - words[run_end - 1][1] <= 2 and (
            _is_capitalised(text[words[run_end][0]:words[run_end][1]])
            or text[words[run_end][0]:words[run_end][1]].lower() in _CONNECTORS
        ):
            run_end += 1
        matched = _longest_match(text, words, i, min(run_end, i + MAX_WORDS), has_name, stop)
        if matched is None:
            i += 1
            continue
        start, end = words[i][0], words[matched - 1][1]
        before = text[:start]
        found.append(Candidate(start, end, text[start:end], sentence_start=bool(_SENTENCE_END.search(before))))
        i = matched
    _add_entities(found, text, doc, has_name)
    for candidate in found:
        pattern = pattern_before(text, candidate.start, language) or pattern_after(text, candidate.end, language)
        if pattern is not None:
            candidate.hint = pattern.rule
            candidate.rule = pattern.rule
    return sorted(found, key=lambda c: c.start)


def _longest_match(text: str, words: list[tuple[int, int]], i: int, limit: int,
                   has_name: Callable[[str], bool], stop: frozenset[str]) -> int | None:
    """The end (word index) of the longest gazetteer name starting at word i, or None."""
    for j in range(limit, i, -1):
        last = text[words[j - 1][0]:words[j - 1][1]]
        if last.lower() in _CONNECTORS:
            continue
        key = name_key(text[words[i][0]:words[j - 1][1]])
        if j - i == 1 and (key in stop or len(key) < 2 or (last.isupper() and len(last) <= 2 and last != "US")):
            continue
        if has_name(key):
            return j
    return None


def _add_entities(found: list[Candidate], text: str, doc: Doc | None, has_name: Callable[[str], bool]) -> None:
    """Mark candidates with the NER label over them; add NER place entities the gazetteer run missed."""
    if doc is None:
        return
    for ent in doc.ents:
        overlapping = [c for c in found if c.start < ent.end_char and ent.start_char < c.end]
        for candidate in overlapping:
            if candidate.ner == "" or (ent.start_char <= candidate.start and candidate.end <= ent.end_char):
                candidate.ner = ent.label_
                if (ent.label_ in PERSON_LABELS and (ent.start_char, ent.end_char) != (candidate.start, candidate.end)
                        and " " not in candidate.text):  # "Henry" in "Chiquita Henry"; not "Rapides Parish"
                    candidate.notes.append("inside-person")
        if ent.label_ in PLACE_LABELS and not overlapping:
            start, end = ent.start_char, ent.end_char
            if text[start:end].lower().startswith("the "):
                start += 4
            if end > start and text[start].isupper():
                found.append(Candidate(start, end, text[start:end], rule="ner", ner=ent.label_))
