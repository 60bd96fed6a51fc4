"""The ACLED typing vocabulary: data/event_types.yaml compiled once per process.

Sub-types with their codebook definitions, precedence and trigger patterns in English and French, the words
that name who was hit, protest modifiers and the word lists the typing rules read (crowds, mobs, organised
sides). triggers.py applies them to clauses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from sitrep.nlp import load_pipeline

DATA = Path(__file__).parent / "data"
# Curly apostrophes become straight ones, no-break or thin spaces plain ones ("Air Force\u00a0strikes"), and the
# Windows-1252 quotes and dashes a mis-decoded export leaves as control characters ("January\x92s") what they
# were, so the patterns' spaces and apostrophes match; one character for one, so offsets stay valid.
PLAIN_CHARACTERS = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ",
    "\x91": "'", "\x92": "'", "\x93": '"', "\x94": '"', "\x96": "-", "\x97": "-",
})
FRONTED = re.compile(r"\W*(?:in|during|dans|lors|au cours)(?!\w)", re.IGNORECASE)  # "In a separate raid, ..."
ANTI = re.compile(r"\banti[- ]?$", re.IGNORECASE)  # the prefix of what people stand against ("anti-abduction")
# A crowd's message quoted off its placards or chants ('placards that read "Stop the demolitions"', 'chanting "No
# more killings"', 'des pancartes où on pouvait lire « Non aux enlèvements »'): what it stands against, no event.
QUOTED = r'["\u201c\u00ab][^"\u201c\u201d\u00ab\u00bb]{1,150}["\u201d\u00bb]'
MESSAGE = re.compile(
    r"\b(?:placards?|banners?|signs?|posters?|t-?shirts?|slogans?|chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|sang|singing"
    r"|pancartes?|banderoles?|scand(?:ant|aient|ait|é|er)|lire)\b"
    rf"[^\"\u201c\u201d\u00ab\u00bb.;]{{0,40}}?({QUOTED}(?:\s*(?:,|and|or|et|ou)\s*{QUOTED})*)",
    re.IGNORECASE,
)
NOTE_LABEL_PRIORITY = 95  # a label naming the kind of event outranks every trigger of its sentence
WORD_LISTS = (
    "anaphora", "crowd_anaphora", "new_event", "elsewhere", "another_time", "not_people", "crowd", "mob", "mob_victims",
    "partisans", "organised", "crowd_attack", "group_members", "unnamed_attackers", "vehicles", "hurt", "fought_back",
    "forces_fired", "arrest_setting", "political_violence", "post_election_violence", "killing", "passing_mention",
    "carried_by_air", "aircraft_holds", "air_support", "arrest_denied", "violence_denied", "disarmed", "unhurt",
    "force_in_raid", "suspected", "supporters",
    "brawl_means", "weapons", "arson", "politicians", "gatherings", "taken_by_force",
)


@dataclass(frozen=True, slots=True)
class SubType:
    event_type: str
    sub_event_type: str  # what gets coded (a pseudo sub-type such as "Generic explosion" maps to a real one)
    name: str
    priority: int
    strength: str  # "strong" | "weak" | "modifier" | "generic"
    standalone: bool

    @property
    def protest(self) -> bool:
        """A protest told by its own words, not a modifier (which only sub-types a protest told elsewhere)."""
        return self.event_type == "Protests" and self.strength != "modifier"


@dataclass(frozen=True, slots=True)
class Hit:
    """Words in a sentence matching a trigger pattern (offsets into the article text)."""

    start: int
    end: int
    text: str
    sub: SubType
    rule: str


@dataclass(frozen=True, slots=True)
class Vocabulary:
    patterns: dict[str, list[tuple[re.Pattern[str], SubType]]]  # language -> compiled triggers
    targets: dict[str, dict[str, re.Pattern[str]]]  # language -> target class -> pattern
    modifiers: dict[str, dict[str, re.Pattern[str]]]  # language -> protest sub-type -> pattern
    sub_types: dict[str, SubType]
    definitions: dict[str, str]  # "Battles" / "Battles|Armed clash" -> codebook definition
    words: dict[str, dict[str, re.Pattern[str]]]  # anaphora / new_event / not_people -> language -> pattern
    typo_targets: dict[str, tuple[str, ...]]  # language -> trigger words a misspelling is read as


def _compile(words: list[str], source: str) -> re.Pattern[str]:
    try:
        return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"{DATA / 'event_types.yaml'}: bad pattern in {source}: {exc}") from exc


@cache
def vocabulary() -> Vocabulary:
    """The compiled contents of data/event_types.yaml (loaded once per process)."""
    raw = yaml.safe_load((DATA / "event_types.yaml").read_text(encoding="utf-8"))
    patterns: dict[str, list[tuple[re.Pattern[str], SubType]]] = {"en": [], "fr": []}
    sub_types: dict[str, SubType] = {}
    definitions: dict[str, str] = {}
    for event_type, spec in raw["types"].items():
        definitions[event_type] = spec["definition"]
        for name, sub in spec["sub_types"].items():
            coded = sub.get("code_as", name)
            definitions.setdefault(f"{event_type}|{coded}", sub["definition"])
            sub_type = SubType(
                event_type, coded, name, int(sub["priority"]), sub["strength"], bool(sub.get("standalone"))
            )
            sub_types[name] = sub_type
            for language in ("en", "fr"):
                if sub.get(language):
                    pattern = _compile(sub[language], f"{event_type}/{name}/{language}")
                    patterns[language].append((pattern, sub_type))
    for label in raw.get("note_labels", []):
        sub_type = SubType(
            label["event_type"], label["sub_event_type"], f"Note label ({label['sub_event_type']})",
            NOTE_LABEL_PRIORITY, "strong", False,
        )
        sub_types[sub_type.name] = sub_type
        for language in ("en", "fr"):
            if label.get(language):
                labels = [r"^\s*(?:" + "|".join(label[language]) + r")\s*:"]
                patterns[language].append((_compile(labels, f"note_labels/{language}"), sub_type))
    generic = SubType("", "", "generic", int(raw["generic"]["priority"]), "generic", False)
    for language in ("en", "fr"):
        patterns[language].append((_compile(raw["generic"][language], f"generic/{language}"), generic))
    targets = {
        language: {cls: _compile(words[language], f"targets/{cls}") for cls, words in raw["targets"].items()}
        for language in ("en", "fr")
    }
    modifiers = {
        language: {name: _compile(words[language], f"modifiers/{name}") for name, words in raw["modifiers"].items()}
        for language in ("en", "fr")
    }
    words = {
        name: {language: _compile(raw[name][language], f"{name}/{language}") for language in ("en", "fr")}
        for name in WORD_LISTS
    }
    typo_targets = {language: tuple(w.lower() for w in raw["typos"][language]) for language in ("en", "fr")}
    return Vocabulary(patterns, targets, modifiers, sub_types, definitions, words, typo_targets)


TYPO_MIN_LETTERS = 6  # shorter words have too many real neighbours one edit away ("kill"/"mill")
TYPO_MAX_CHARS = 400  # sentence-sized segments only: a typo is read in a short note, not across a long report
WORD = re.compile(rf"[^\W\d_]{{{TYPO_MIN_LETTERS},}}")


@cache
def known_words(language: str) -> frozenset[str]:
    """The words the language's spaCy model was shipped with (its vocab/strings.json, read once: the loaded
    pipeline's string store also holds every word of every text it has parsed since, typos included)."""
    folder = load_pipeline(language).path
    strings = folder / "vocab" / "strings.json" if folder else None
    if strings is None or not strings.is_file():
        return frozenset()
    return frozenset(json.loads(strings.read_text(encoding="utf-8")))


def respelt(segment: str, language: str) -> tuple[str, list[int]] | None:
    """The segment with misspelt trigger words ("protestd", "attakced", "dismantelled", "violecne") written as
    the trigger word one edit away (a transposition counts as one edit), and for each character of the result
    the offset of the character it came from; None when nothing is misspelt.

    Only lower-case words of TYPO_MIN_LETTERS letters or more (a capitalised word may be a name) that the
    language's spaCy model does not know as a word: "skilled", "attached" and "protecting" stay as they are.
    """
    if len(segment) > TYPO_MAX_CHARS or not known_words(lang(language)):
        return None  # too long, or no list of the language's words to tell a typo from a word
    vocab = vocabulary()
    code = lang(language)
    targets = vocab.typo_targets[code]
    pieces: list[str] = []
    offsets: list[int] = []
    done = 0
    for m in WORD.finditer(segment):
        word = m.group(0)
        if not word.islower() or word in targets:
            continue
        best = extractOne(word, targets, scorer=OSA.distance, score_cutoff=1)
        if best is None or word in known_words(code):
            continue
        pieces.append(segment[done : m.start()])
        offsets.extend(range(done, m.start()))
        pieces.append(best[0])
        offsets.extend(min(m.start() + i, m.end() - 1) for i in range(len(best[0])))
        done = m.end()
    if not pieces:
        return None
    pieces.append(segment[done:])
    offsets.extend(range(done, len(segment)))
    return "".join(pieces), offsets


def find_hits(text: str, start: int, end: int, language: str) -> list[Hit]:
    """Every trigger in text[start:end], leftmost first; a longer match hides the shorter ones inside it."""
    segment = normalise(text[start:end])
    hits = _pattern_hits(segment, start, language)
    if not hits and (fixed := respelt(segment, language)):
        # A note that reports nothing may misspell its verb ("protestd", "attakced"): read it respelt.
        spelt, origin = fixed
        for h in _pattern_hits(spelt, 0, language):
            a, b = start + origin[h.start], start + origin[h.end - 1] + 1
            hits.append(Hit(a, b, text[a:b], h.sub, f"{h.rule}~typo"))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), -h.sub.priority))
    kept: list[Hit] = []
    for hit in hits:
        if not any(k.start <= hit.start and hit.end <= k.end for k in kept):
            kept.append(hit)
    return kept


def _pattern_hits(segment: str, start: int, language: str) -> list[Hit]:
    """The vocabulary's matches in `segment`, with offsets shifted by `start`. Not a word after "anti" nor one of a
    crowd's quoted message: it names what people stand against ("anti-abduction marchers", "une marche
    anti-enlèvements", "anti-riot police", placards reading "Stop the demolitions"), not an event."""
    hits: list[Hit] = []
    messages = message_spans(segment)
    for pattern, sub in vocabulary().patterns[lang(language)]:
        for m in pattern.finditer(segment):
            if ANTI.search(segment, max(0, m.start() - len("anti- ")), m.start()):
                continue
            if any(a <= m.start() < b for a, b in messages):
                continue
            hits.append(
                Hit(start + m.start(), start + m.end(), m.group(0), sub, f"type:{sub.name}:{m.group(0).lower()}")
            )
    return hits


def message_spans(segment: str) -> list[tuple[int, int]]:
    """Where the words quote a crowd's placards, banners or chants (`MESSAGE`)."""
    return [m.span(1) for m in MESSAGE.finditer(segment)]


def word_pattern(name: str, language: str) -> re.Pattern[str]:
    """One of the word lists of event_types.yaml ("anaphora", "new_event", "not_people", "crowd", "mob", ...)."""
    return vocabulary().words[name][lang(language)]


def opens_another_incident(head: str, language: str) -> bool:
    """The words open the telling of another incident than the one told before them: a phrase heading them and
    closed by a comma, whose `new_event` word qualifies an event noun of `anaphora` ("In a separate incident on
    Tuesday, ...", "Dans une autre attaque, ..."), or an `elsewhere` word ("Separately, ...", "Par ailleurs, ...")."""
    head = normalise(head)
    comma = head.find(",")
    if comma < 0:
        return False
    if word_pattern("elsewhere", language).fullmatch(head[:comma].strip()):
        return True
    if not FRONTED.match(head):
        return False
    anaphora = word_pattern("anaphora", language)
    return any(
        any(anaphora.fullmatch(w) for w in head[m.end() : comma].split()[:2])
        for m in word_pattern("new_event", language).finditer(head, 0, comma)
    )


def normalise(text: str) -> str:
    """Same length as `text`, so offsets stay valid: curly apostrophes become straight ones, odd spaces plain."""
    return text.translate(PLAIN_CHARACTERS)


def skip_space(text: str, at: int) -> int:
    """Where the text after any white space from `at` on starts."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each span turned into as many spaces, so offsets into it stay valid (words read without them)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def definition(event_type: str, sub_event_type: str | None = None) -> str:
    """The codebook definition sitrep codes by (for notes, docs and the UI)."""
    key = f"{event_type}|{sub_event_type}" if sub_event_type else event_type
    return vocabulary().definitions.get(key, "")


def lang(language: str | None) -> str:
    """The vocabulary's language for a report's: French, else English."""
    return "fr" if language == "fr" else "en"
