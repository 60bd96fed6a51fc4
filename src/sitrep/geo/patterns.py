"""The words around place names, from data/patterns.yaml and data/stopwords.txt: the phrases before and after a
name that say what it is ("the village of X", "près de X", "the X region"), the words naming kinds of areas,
compass words, titles before people's names, and the words event extraction reads around a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from sitrep.geo.normalise import name_key

_DATA = resources.files("sitrep.geo") / "data"
_LAST_WORD = re.compile(r"[\w'’]+$")
_FIRST_WORD = re.compile(r"[\w'’]+")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A phrase before or after a name; `rule` names what it says ("near", "region-of"...)."""

    rule: str
    phrase: str


@cache
def pattern_data() -> dict:
    """patterns.yaml, read once (with libyaml's parser when PyYAML has it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((_DATA / "patterns.yaml").read_text(encoding="utf-8"), Loader=loader)  # a safe loader


@cache
def load_patterns(language: str) -> tuple[list[Pattern], list[Pattern]]:
    """Patterns of one language, longest phrase first so "on the outskirts of" wins over "of"."""
    data = pattern_data()
    section = data.get(language) or data["en"]
    before = [Pattern(rule, p.lower()) for rule, phrases in (section.get("before") or {}).items() for p in phrases]
    after = [Pattern(rule, p.lower()) for rule, phrases in (section.get("after") or {}).items() for p in phrases]
    return (sorted(before, key=lambda p: -len(p.phrase)), sorted(after, key=lambda p: -len(p.phrase)))


@cache
def admin_name_templates() -> dict[str, list[str]]:
    """Per hint ("region-of", "district-of"), the spellings admin areas go by: "cercle de {}", "{} region"."""
    data = pattern_data()
    return {hint: list(templates) for hint, templates in (data.get("admin_names") or {}).items()}


@cache
def institution_words() -> re.Pattern[str]:
    data = pattern_data()
    words = sorted(data.get("institution_words") or [], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def _site_words() -> frozenset[str]:
    return frozenset(w.lower() for w in pattern_data().get("site_words") or ())


def names_site(name: str) -> bool:
    """A name whose first or last word says it is a site within a town ("Jeevanjee Gardens", "Place de la Nation":
    `site_words`)."""
    words = name.lower().split()
    return bool(words) and (words[0] in _site_words() or words[-1] in _site_words())


@dataclass(frozen=True, slots=True)
class EventPlaceWords:
    """`event_place_words` of patterns.yaml for one language, lower case."""

    where: frozenset[str]
    elsewhere: frozenset[str]
    office_after: tuple[str, ...]
    group_after: frozenset[str]
    named_after: frozenset[str]  # as written (capitalised)
    road_after: frozenset[str]  # as written
    road_after_lower: frozenset[str]
    not_here_after: tuple[str, ...]
    border_before: tuple[str, ...]  # longest first
    reporting_needs_object: frozenset[str]  # lemmas
    source_before: tuple[str, ...]
    protest: frozenset[str]  # lemmas
    grievance: frozenset[str]


@cache
def event_place_words(language: str) -> EventPlaceWords:
    data = pattern_data()["event_place_words"]
    section = data.get(language) or data["en"]
    borders = data["border_before"].get(language) or data["border_before"]["en"]
    return EventPlaceWords(frozenset(w.lower() for w in section["where"]),
                           frozenset(w.lower() for w in section["elsewhere"]),
                           tuple(sorted((w.lower() for w in data["office_after"]), key=len, reverse=True)),
                           frozenset(w.lower() for w in data.get("group_after") or ()),
                           frozenset(str(w) for w in data.get("named_after") or ()),
                           frozenset(str(w) for w in data.get("road_after") or ()),
                           frozenset(str(w).lower() for w in data.get("road_after") or ()),
                           tuple(w.lower() for w in data.get("not_here_after") or ()),
                           tuple(sorted((w.lower() for w in borders), key=len, reverse=True)),
                           frozenset(w.lower() for w in data.get("reporting_needs_object") or ()),
                           tuple(w.lower() for w in section.get("source_before") or ()),
                           frozenset(w.lower() for w in section.get("protest") or ()),
                           frozenset(w.lower() for w in section.get("grievance") or ()))


_NEXT_NAME = re.compile(r" ([A-Z][a-z]+)(?: [A-Z][a-z]+)?")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def named_after(text: str, end: int, language: str, roads: bool = False) -> bool:
    """The name ending at `end` opens the name of something named after the place ("an Assam Rifles post";
    `named_after` in patterns.yaml), or with `roads`, of a road ("the Thika Superhighway"; `road_after`)."""
    found = event_place_words(language)
    words = found.road_after if roads else found.named_after
    following = _NEXT_NAME.match(text, end)
    return following is not None and (following.group(1) in words or following.group()[1:] in words)


def road_to(text: str, end: int, language: str) -> bool:
    """The name ending at `end` and a road word in lower case name the road that leads there ("blocked the Namanga
    road", "the Mombasa highway"; `road_after`)."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1) in event_place_words(language).road_after_lower


@cache
def outlet_after() -> re.Pattern[str]:
    """`outlet_words` of patterns.yaml after a name, past up to two more capitalised words: the name opens an
    outlet's or a newsroom's ("Great Lakes Wire desk", "Sahel Bureau", "Africa desk"), not a place; but "the
    Sargodha Bureau of Express News" is an outlet's office that stands in Sargodha."""
    words = sorted((str(w) for w in pattern_data().get("outlet_words") or []), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,2}}\s+(?i:{alternation})\b(?!\s+of\b)")


@cache
def _state_forces() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted((str(w) for w in pattern_data().get("state_forces") or []), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return (re.compile(rf"\b(?:{alternation})(?:\s+\w+)?\s*$", re.IGNORECASE),
            re.compile(rf"(?:\s+\w+)?\s+(?:{alternation})\b", re.IGNORECASE))


def names_state_force(text: str, start: int, end: int) -> bool:
    """The demonym at `start:end` names a state's forces: a `state_forces` word of patterns.yaml within one word
    of it ("Malian army", "Kenyan Air Forces", "l'armée malienne")."""
    before, after = _state_forces()
    return before.search(text, max(0, start - 40), start) is not None or after.match(text, end) is not None


def state_force_after(text: str, end: int) -> bool:
    """A `state_forces` word within one word after a name ending at `end`: "United States warplanes", "the US
    military", "Kenya Defence Forces" name a state's forces by their country."""
    return _state_forces()[1].match(text, end) is not None


@cache
def language_after() -> re.Pattern[str]:
    """`language_tails` of patterns.yaml, by a hyphen or a space, at the end of a name: the name is a language's."""
    words = sorted((str(w) for w in pattern_data().get("language_tails") or []), key=len, reverse=True)
    return re.compile(rf"[-\s](?:{'|'.join(re.escape(w) for w in words) or '(?!)'})\b")


@cache
def person_titles(language: str) -> frozenset[str]:
    """Titles before a person's name ("Mr", "M.", "le maire"), as written and with a capital first letter."""
    data = pattern_data()["person_titles"]
    written = {*data.get(language, []), *data["en"]}
    return frozenset(written | {t[0].upper() + t[1:] for t in written})


@cache
def admin_type_words() -> frozenset[str]:
    """Words naming the kind of an admin area or town ("county", "city"), lower case."""
    data = pattern_data()
    return frozenset(str(w).lower() for w in data.get("admin_type_words") or [])


@cache
def area_name_words() -> frozenset[str]:
    """Words of a second-level area's name besides its own and its kind ("Cercle de Kati"), lower case."""
    return frozenset(str(w).lower() for w in pattern_data().get("area_name_words") or [])


@cache
def compass_words() -> frozenset[str]:
    data = pattern_data()
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
    last = _FIRST_WORD.match(stripped[::-1])  # the last word, read backwards: no scan of the whole window
    for pattern in _before_by_last_word(language).get(last.group()[::-1] if last else "", ()):
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


@cache
def route_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`route_words` of patterns.yaml: words after ("road") and before ("l'axe") a route written "X-Y"."""
    data = pattern_data()["route_words"]
    section = data.get(language) or data["en"]

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    return (re.compile(rf"\s+(?:{alternation(section.get('after') or [])})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{alternation(section.get('before') or [])})\s+$", re.IGNORECASE))


@cache
def groups_follow() -> frozenset[str]:
    data = pattern_data()
    return frozenset(str(p).lower() for p in data.get("groups_follow") or [])
