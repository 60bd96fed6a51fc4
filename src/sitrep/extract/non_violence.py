"""News of no political violence: deaths and damage whose cause was no one's use of force.

A coder's rule: a death or damage caused by an accident, a natural hazard, a disease, an animal, a game or a
performance is no event ("Floods kill 22", "A bus overturned, killing 14", "held off a late attack ... their
striker shooting home"), nor are the people a campaign aims at ("250,000 children are targeted"), unless people
used force in it ("angry residents torched the bus after the crash" is a riot). The words live in
`data/non_violence.yaml`. `events.extract_article` drops such clauses before grouping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml
from spacy.tokens import Token

from sitrep.extract.background import compile_patterns
from sitrep.extract.context import ARMED, Report, Unit
from sitrep.extract.dep_labels import SUBJECTS
from sitrep.extract.discourse import toll_only_words
from sitrep.extract.vocabulary import DATA, lang, normalise

PATH = DATA / "non_violence.yaml"
# A harm word that follows a verb ("A bus overturned ..., killing 14"; "Lightning struck a classroom, killing
# three pupils"): that verb and its subject tell the cause.
TRAILING_DEPS = {"advcl", "xcomp", "conj", "dep", "acl"}
# The harm to property a fire does ("A fire destroyed 200 stalls", typed as property destruction).
PROPERTY_HARM = "Looting/property destruction"
ACCIDENT = "accident"
# The French model hangs the noun after a preposition on the word itself, the preposition being the noun's case
# child ("tués par l'effondrement", "morts dans un accident"); the English model hangs the preposition (prep, agent).
FRENCH_OBLIQUES = {"obl:agent", "obl:mod", "obl:arg", "nmod"}
# What qualifies a French noun after it: "un glissement de terrain", "une explosion accidentelle".
FRENCH_QUALIFIERS = {"amod", "nmod", "flat:name", "fixed"}


@dataclass(frozen=True, slots=True)
class Rules:
    causes: dict[str, dict[str, re.Pattern[str]]]  # cause -> language -> pattern
    play_words: dict[str, dict[str, re.Pattern[str]]]  # setting -> language -> its harm words
    settings: dict[str, dict[str, re.Pattern[str]]]  # game / performance / campaign -> language -> pattern
    force: dict[str, re.Pattern[str]]


@cache
def rules() -> Rules:
    raw = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    try:
        return Rules(
            {cause: compile_patterns(words, PATH) for cause, words in raw["causes"].items()},
            {kind: compile_patterns(words, PATH) for kind, words in raw["play_words"].items()},
            {kind: compile_patterns(words, PATH) for kind, words in raw["settings"].items()},
            compile_patterns(raw["force"], PATH),
        )
    except KeyError as exc:
        raise ValueError(f"{PATH}: missing {exc}") from exc


def drop_non_violent(report: Report, units: list[Unit]) -> list[Unit]:
    """The units that are not deaths or damage of a cause other than force (see `no_force_cause`); the figures of
    the others leave `report.counts`. Once a cause is named, a bare toll of a report that tells no force anywhere
    is of the same deaths ("A crocodile killed a fisherman ... The man was killed while fishing")."""
    kept = [u for u in units if no_force_cause(report, u) is None]
    if len(kept) < len(units) and not _force(report, 0, len(report.article.text)):
        kept = [u for u in kept if u.ctype.event_type not in ARMED or not toll_only_words(report, list(u.ctype.hits))]
    # their dead are no event's toll ("a mob torched a vehicle ... which had collided with a motorcycle, killing two")
    dropped = [u.clause for u in units if u not in kept]
    report.counts = [c for c in report.counts if not any(a <= c.start < b for a, b in dropped)]
    return kept


def no_force_cause(report: Report, unit: Unit) -> str | None:
    """What made the clause's harm no political violence ("accident", "natural hazard", "disease", "animal",
    "fire", "game", "performance", "campaign"), or None when the clause reports violence or its sentence tells of
    force."""
    ctype = unit.ctype
    if ctype.event_type not in ARMED and ctype.sub_event_type != PROPERTY_HARM:
        return None  # a protest or a riot is people acting, whatever it is about
    if _force(report, unit.sentence.start, unit.sentence.end):
        return None
    code = lang(report.language)
    r = rules()
    for kind, patterns in r.settings.items():
        if _played(report, unit, patterns[code], r.play_words[kind][code]):
            return kind
    nouns, verbs = _cause_spans(report, unit)
    for cause, patterns in r.causes.items():
        # a verb tells an accident ("overturned", "collapsed"), not a fire ("raiders fire on civilians")
        if any(patterns[code].search(normalise(s)) for s in nouns + (verbs if cause == ACCIDENT else [])):
            return cause
    return None


def _force(report: Report, start: int, end: int) -> bool:
    """The text tells people used force: gunmen, a mob, arson, tear gas, a bomb."""
    return bool(rules().force[lang(report.language)].search(normalise(report.article.text[start:end])))


def _played(report: Report, unit: Unit, setting: re.Pattern[str], play_words: re.Pattern[str]) -> bool:
    """Every harm word of the clause is the language of a game, a show or a campaign, in a report that tells one and
    tells no force anywhere ("Police shoot striker ... shot dead" is no game)."""
    if not all(play_words.match(normalise(h.text)) for h in unit.ctype.hits):
        return False
    text = report.article.text
    return bool(setting.search(normalise(text))) and not _force(report, 0, len(text))


def _cause_spans(report: Report, unit: Unit) -> tuple[list[str], list[str]]:
    """The words that may name what caused the harm: the nouns (with the words before them) that are the harm
    word's subject, agent or object of a preposition, or the verb and subject of the clause it trails or of a
    clause of time under it. A noun's own phrase only: "attacked a cholera treatment centre" names no cause."""
    token = report.token_at(unit.ctype.hit.start)
    if token is None:
        return [], []
    heads = [token]
    if token.dep_ in TRAILING_DEPS and token.head is not token:
        heads.append(_trailed(unit, token))  # "A bus overturned ..., killing 14"
    # the trailed word may be a noun: "A fire that started in a shop destroyed 200 stalls"
    nouns: list[Token] = [h for h in heads[1:] if h.pos_ == "NOUN"]
    # "deadly landslide"; a verb hung on the noun that does it when a headline joins the parse ("landslide buried")
    nouns += [h.head for h in heads if h.dep_ in {"amod", "acl"} and h.head.pos_ == "NOUN"]
    verbs = [h for h in heads[1:] if h.pos_ != "NOUN"]
    # what the noun it hangs on did ("A passenger bus overturned ..., killing 14" parsed as the bus's)
    verbs += [c for n in nouns for c in n.children if c.dep_ in {"acl", "relcl"} and c is not token]
    french = report.language == "fr"
    for head in heads:
        for child in head.children:
            if child.dep_ in SUBJECTS or child.dep_ in {"compound", "npadvmod"}:
                nouns.append(child)
            elif child.dep_ in {"prep", "agent"}:  # English: the noun is the preposition's pobj ("by a landslide")
                nouns += [g for g in child.children if g.dep_ == "pobj"]
            elif french and child.dep_ in FRENCH_OBLIQUES and any(g.dep_ == "case" for g in child.children):
                nouns.append(child)
            elif child.dep_ == "advcl":  # "killed when a gold mine shaft collapsed"
                verbs.append(child)
                nouns += [g for g in child.children if g.dep_ in SUBJECTS]
    text, sentence = report.article.text, unit.sentence
    hit = unit.ctype.hit

    def inside(spans: list[tuple[int, int]]) -> list[str]:  # the harm words are no cause ("an exchange of fire")
        return [text[a:b] for a, b in spans
                if sentence.start <= a < b <= sentence.end and not (a < hit.end and hit.start < b)]

    return (inside([(max(n.left_edge.idx, sentence.start), _phrase_end(n, french)) for n in nouns]),
            inside([(v.idx, v.idx + len(v)) for v in verbs]))  # "overturned", "collapsed"


def _phrase_end(noun: Token, french: bool) -> int:
    """Where a noun's own phrase ends: at the noun in English, whose qualifiers come before it ("a cholera
    outbreak"); in French after the qualifiers that follow it ("un glissement de terrain"), not a clause on it."""
    last = noun
    if french:
        for child in noun.rights:
            if child.dep_ in FRENCH_QUALIFIERS and child.right_edge.i > last.i:
                last = child.right_edge
    return last.idx + len(last)


def _trailed(unit: Unit, token: Token) -> Token:
    """The verb a trailing harm word follows; when the parse joined a headline to the sentence and hung it on the
    headline's verb, the sentence's first verb before it."""
    head = token.head
    if unit.sentence.start <= head.idx < unit.sentence.end:
        return head
    doc = token.doc
    return next((t for t in doc[: token.i] if t.idx >= unit.sentence.start and t.pos_ == "VERB"), head)
