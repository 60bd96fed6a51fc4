"""The parsed report as extraction sees it: sentences, clauses with their triggers, and role vocabulary.

`Report` is built once per article and holds everything the field pickers share (sentences, the spaCy doc, the
dates, places, figures and actors other modules found), so each picker is a small function of (report, group).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

import yaml
from spacy.tokens import Doc, Token

from sitrep.extract.actors import get_actor_kb
from sitrep.extract.attribution import clause_starts
from sitrep.extract.counts import CountMention
from sitrep.extract.dates import date_rules
from sitrep.extract.dep_labels import OBJECTS, PASSIVE_AUX, PASSIVE_SUBJECTS, RELATIVE_CLAUSES, SUBJECTS
from sitrep.extract.triggers import DATA, ClauseType, normalise
from sitrep.models import Article, Evidence, PartialDate, Toponym

ACTOR_CLASS = {1: "military", 8: "military", 2: "armed_group", 3: "armed_group", 4: "armed_group", 7: "civilian"}
NON_STATE_ARMED = (2, 3, 4)  # ACLED inter codes of non-state armed actors: rebels, political and identity militias
ARMED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEMONSTRATIONS = {"Protests", "Riots"}
VIOLENT = ARMED | DEMONSTRATIONS
# Every sub-type in which territory changes hands, with or without fighting (main_act.TERRITORY is the two won by
# force): a change told in passing never decides the type of the attack it followed.
TERRITORY_CHANGES = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}
LINE = re.compile(r"[^\n]+")
# Quoted speech on one line: "...", “...”, « ... » (a statement's own words, dated and placed by itself).
QUOTED = re.compile(r'"[^"\n]{3,}"|“[^”\n]{3,}”|«[^»\n]{3,}»')
LEAD_SENTENCES = 3  # the lead: where a report says what happened, when and where
# A piece the parser cut off that only opens the line: a wire dateline ending in a dash ("ADDIS ABABA, Aug 14
# (Reuters) -", "NIAMEY (AFP) —"), a capitalised city cut in two ("ADDIS" | "ABABA, Aug 14 ...") or a time stamp
# ("10:42 GMT -", "14h05 :") introduces the sentence after it.
OPENER = re.compile(r"(?:\s[-–—]|\d{1,2}(?::|h)\d\d(?:\s*[A-Z]{2,4})?\s*[:-])\s*$|^[A-Z][A-Z' -]{1,30},?\s*$")

# A short line of its own wholly in brackets is an editor's note ("(Adds toll, background)", "(Reporting by ...)"), no
# sentence of the story: it neither tells an event nor pushes the lead out of the report's opening.
STOP = re.compile(r"[.!?…][\"'”»)\]]*\s*$")
EDITOR_NOTE = re.compile(r"\s*[(\[][^()\[\]\n]{1,120}[)\]]\s*")

TARGET_PREPOSITIONS = {"on", "against", "targeting", "at", "contre", "visant", "sur"}
# Prepositions that place the people hit rather than name them ("a fisherman at a checkpoint").
PLACE_PREPOSITIONS = {"at", "near", "outside", "inside", "in", "behind", "beside", "opposite", "along", "around",
                      "à", "près", "devant", "dans", "derrière"}
# What is fired or thrown: the object of "fired shots at police" is no side; the phrase after it names the side.
FIRED = {"shot", "gunshot", "fire", "bullet", "round", "volley", "grenade", "bomb", "stone", "rock", "arrow", "missile",
         "rocket", "shell", "mortar", "teargas", "gas", "projectile", "tir", "balle", "obus", "roquette", "pierre"}


def _editor_note(text: str, start: int, end: int) -> bool:
    """The piece is on a line of its own wholly in brackets ("(Adds toll, background)", which the parser may cut
    after its bracket); not a bracket closing a sentence's line ("... land dispute. (Clan violence)")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return EDITOR_NOTE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end) is not None


def _continued(last: str, piece: str) -> bool:
    """The piece goes on with the one before on its line: that one ends as a dateline or a time stamp does, or the
    parser cut a sentence with no stop before a lower-case word ("attaqué lundi | près de Dori,") or before a comma or
    colon, which no sentence opens with ("Samedi | , des hommes armés ont attaqué", "Burkina | : deux attaques")."""
    first = piece.lstrip()[:1]
    return _opener(last) or (STOP.search(last) is None and (first.islower() or first in ",;:"))


def _name_cut(doc: Doc, start: int, end: int, piece: str) -> bool:
    """The parser cut a name in two ("Samedi, des soldats et des militaires russes de l'Africa | Corps ont exécuté
    ..."): the piece before, with no stop and no verb of its own, ends in a capitalised word and the piece after
    opens with one."""
    span, first = doc.char_span(start, end, alignment_mode="expand"), piece.split()[:1]
    if span is None or not len(span) or not first or not first[0].istitle():
        return False
    if not (span[-1].is_title and span[-1].is_alpha):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in span)


def _opener(text: str) -> bool:
    """The piece ends as a dateline or a time stamp does: it is no sentence but the start of the next one."""
    return OPENER.search(text) is not None


def _light_verb(noun: Token, objects: dict[str, frozenset[str]]) -> Token | None:
    """The verb of a telling phrase the parse made the noun's child ("a fait état mardi de trente et un morts":
    "état" the root, "fait" hanging off it), when the noun is that verb's object of telling (roles.yaml
    reporting_objects)."""
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    return next(
        (c for c in noun.children if c.pos_ == "VERB" and c.i < noun.i and lemma in objects.get(c.lemma_.lower(), ())),
        None,
    )


def _says_who(verb: Token) -> bool:
    """ "Gunmen believed to be members of Boko Haram", "were said to be herders": a reporting verb whose complement
    is "to be" says who someone is, no statement with a day or place of its own (the parse may hang the sentence's
    opening "On Tuesday" off it)."""
    return any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in verb.children)


# The verb of a claim of responsibility and the determiners that make its object the event already told.
CLAIM_VERBS = {"en": "claim", "fr": "revendiquer"}
DEFINITE = {"the", "this", "that", "le", "la", "l'", "les", "ce", "cet", "cette", "ces"}
OF_THE_DAY = {"of", "de", "du", "d'"}


def _claimed_as_told(token: Token, below: Token | None) -> bool:
    """The event word is what a claim names, with a definite article: the event already told ("claimed the
    attack", "claimed this bombing", "a revendiqué l'attaque lundi"). Not when the day below it is the event's own
    ("a revendiqué l'attaque de lundi")."""
    return (
        token.dep_ in OBJECTS
        and token.head.lemma_.lower() in CLAIM_VERBS.values()
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
        and not (below is not None and any(c.dep_ == "case" and c.lower_ in OF_THE_DAY for c in below.children))
    )


def _subtree_span(token: Token) -> tuple[int, int]:
    tokens = list(token.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _hit_span(token: Token) -> tuple[int, int]:
    """The words naming who was hit: the noun's subtree up to a phrase telling where they were ("a fisherman at a
    checkpoint", "a hawker near the police station", "un pêcheur près du camp"), which names a place, not a side."""
    start, end = _subtree_span(token)
    places = [c for c in token.children if c.i > token.i and c.dep_ in {"prep", "nmod", "obl"}
              and (c.lower_ in PLACE_PREPOSITIONS or any(g.dep_ == "case" and g.lower_ in PLACE_PREPOSITIONS
                                                         for g in c.children))]
    if places:
        end = min(end, *(min(t.idx for t in p.subtree) for p in places))
    return start, end


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Unit:
    """One clause that reports an event: where it is, what type it reads as, and what it says about when/where."""

    sentence: Sentence
    clause: tuple[int, int]
    ctype: ClauseType
    date: DateChoice | None = None
    place: Toponym | None = None
    background: str | None = None  # why this clause is a past event, or None when it is news
    antecedent: bool = False  # names an event before the one its sentence reports ("following an IED attack")


@dataclass(frozen=True, slots=True)
class DateChoice:
    value: dt.date | None
    precision: int | None
    start: int
    end: int
    rule: str
    partial: PartialDate | None = None
    through: dt.date | None = None  # the last day of a span of days, `value` being its first


Spanned = TypeVar("Spanned", DateChoice, Toponym)  # what a clause looks for near its trigger


@dataclass(frozen=True, slots=True)
class RoleWords:
    reporting: dict[str, frozenset[str]]
    reporting_objects: dict[str, dict[str, frozenset[str]]]  # language -> verb -> the objects it reports with
    victim_verbs: dict[str, frozenset[str]]
    patterns: dict[str, dict[str, re.Pattern[str]]]  # language -> word class -> pattern


@cache
def role_words() -> RoleWords:
    path = DATA / "roles.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    reporting = {lang: frozenset(verbs) for lang, verbs in raw["reporting_verbs"].items()}
    objects = {
        lang: {verb: frozenset(nouns) for verb, nouns in (by_verb or {}).items()}
        for lang, by_verb in raw["reporting_objects"].items()
    }
    victim_verbs = {lang: frozenset(verbs) for lang, verbs in raw["victim_verbs"].items()}
    patterns: dict[str, dict[str, re.Pattern[str]]] = {"en": {}, "fr": {}}
    for cls, by_lang in raw.items():
        if cls in {"reporting_verbs", "reporting_objects", "victim_verbs"}:
            continue
        for lang, words in by_lang.items():
            try:
                patterns[lang][cls] = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"{path}: bad pattern in {cls}/{lang}: {exc}") from exc
    return RoleWords(reporting, objects, victim_verbs, patterns)


@dataclass
class Report:
    article: Article
    doc: Doc
    language: str
    sentences: list[Sentence]
    toponyms: list[Toponym] = field(default_factory=list)
    dates: list[DateChoice] = field(default_factory=list)
    trigger_spans: list[tuple[int, int]] = field(default_factory=list)
    # of trigger_spans, those of violence and demonstrations ("attacked" too, whose type its target decides)
    violent_spans: list[tuple[int, int]] = field(default_factory=list)
    home_country: str | None = None  # ISO code of the country the report is about
    counts: list[CountMention] = field(default_factory=list)
    past: list[tuple[int, int]] = field(default_factory=list)  # clauses telling background (their dates are theirs)
    units: list[Unit] = field(default_factory=list)  # every clause that tells an event, news or background
    groups: list[Group] = field(default_factory=list)  # the events coded, before the supported ones are kept
    _token_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, article: Article, doc: Doc) -> Report:
        language = "fr" if (article.language or "en") == "fr" else "en"
        sentences: list[Sentence] = []
        for sent in doc.sents:
            # spaCy runs a title into the next line; a line break always ends a sentence here.
            for m in LINE.finditer(article.text, sent.start_char, sent.end_char):
                if not m.group(0).strip() or _editor_note(article.text, m.start(), m.end()):
                    continue
                last = sentences[-1] if sentences else None
                same_line = last is not None and "\n" not in article.text[last.end : m.start()]
                if last is not None and same_line and (
                    _continued(last.text, m.group(0)) or _name_cut(doc, last.start, last.end, m.group(0))
                ):
                    sentences[-1] = Sentence(last.index, last.start, m.end(), article.text[last.start : m.end()])
                else:
                    sentences.append(Sentence(len(sentences), m.start(), m.end(), m.group(0)))
        return cls(article, doc, language, sentences, _token_starts=[t.idx for t in doc])

    def in_opening(self, sentence: Sentence, n: int) -> bool:
        """Whether `sentence` is among the report's first `n` (the title counting as one), counted from its title:
        an outlet or dateline line above the title ("Journal du Sahel, OUAGADOUGOU") is no sentence of the story,
        and the parser may cut a title in two."""
        title = (self.article.title or "").strip()
        at = self.article.text.find(title, 0, 400) if title else -1
        if at < 0:
            return sentence.index < n
        end = at + len(title)
        if sentence.start < end:
            return True
        return sum(1 for s in self.sentences if end <= s.start < sentence.start) < n - 1

    def sentences_end(self, count: int) -> int:
        """Where the report's first `count` sentences end (all of them in a shorter report; 0 with none)."""
        return self.sentences[min(count, len(self.sentences)) - 1].end if self.sentences else 0

    def clause_starts(self, sentence: Sentence) -> tuple[int, ...]:
        """Where the parse opens the sentence's clauses, as offsets in its text (`attribution.clause_starts`)."""
        return clause_starts(self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand"), sentence.start)

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self._token_starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def sentence_of(self, char: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= char < sentence.end:
                return sentence
        return None

    def pattern(self, cls: str) -> re.Pattern[str]:
        return role_words().patterns[self.language][cls]

    def governing_verb(self, char: int) -> Token | None:
        """The first verb above the word at `char` in the parse: what the word is attached to."""
        token = self.token_at(char)
        for _ in range(6):
            if token is None:
                return None
            if token.pos_ in {"VERB", "AUX"}:
                return token
            if token.head is token:
                return None
            token = token.head
        return None

    def in_other_clause(self, char: int, triggers: Sequence[int], named: Sequence[int] = ()) -> bool:
        """Whether the word at `char` hangs from the verb of a clause about someone or something the event is not, so
        that it tells that clause's act, not the event's time: a relative clause (relcl, or the French model's
        acl:relcl: "the guard who killed the governor in January 2011", "le concours qui a eu lieu le 3 mai 2012",
        "gunmen who have terrorised the area for years") or an English past participle clause beside the event's own
        trigger ("colleagues detained during a raid on 3 May", "revenge for two herders killed on 20/12/08"). Not when
        the phrase the clause qualifies, clause included, holds one of the event's `triggers` ("the village where an
        attack took place on Monday", "one of the deadliest attacks in years, which left 49 soldiers dead the
        previous day", "the attack carried out on Monday"), nor when the clause qualifies one of the words `named`,
        the event's other words ("killed in fighting that took place on 12 March").

        A past participle alone in its sentence may retell the event ("the kidnappers of four passengers seized on
        Saturday"); a present participle tells what went on at the event's time ("struck civilians celebrating a
        wedding on Sunday"). French participles are left out: fr_core_news_sm labels adjectives and the event's own
        noun phrase acl too ("voitures piégées", "une attaque repoussée mardi")."""
        verb = self.governing_verb(char)
        if verb is not None and verb.dep_.startswith("aux"):
            verb = verb.head  # "who has been involved in": the auxiliary's clause is its verb's
        if verb is None or not (verb.dep_ in RELATIVE_CLAUSES or self._participle_beside(verb, triggers)):
            return False
        head = verb.head
        if any(head.idx <= t < head.idx + len(head.text) for t in named):
            return False
        phrase = verb.doc[head.left_edge.i : head.right_edge.i + 1]
        return not any(phrase.start_char <= t < phrase.end_char for t in triggers)

    def _participle_beside(self, verb: Token, triggers: Sequence[int]) -> bool:
        """An English past participle clause in a sentence that tells the event with a trigger of its own."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or self.language != "en" or _shared_passive(verb) is not None:
            return False
        sentence = self.sentence_of(verb.idx)
        return sentence is not None and any(sentence.start <= t < sentence.end for t in triggers)

    def nearest_attached(
        self,
        unit: Unit,
        items: Sequence[Spanned],
        keep: Callable[[Spanned], bool],
        reach: int,
        rank: Callable[[Spanned], Any],
    ) -> Spanned | None:
        """The best-ranked item attached to the unit's trigger, or to a verb of its clause the trigger hangs off
        ("set fire to huts when they raided X, late Saturday": the day hangs off "set", "raided" off "set"): in its
        clause, else in its sentence, where an item nearer another clause's trigger is that one's ("Avec l'attaque
        du camp de Ménaka le 17 janvier, ... pris d'assaut le 18 janvier": Ménaka is where the attack was, not the
        assault)."""
        hit = unit.ctype.hit
        heads = self._heads_in_clause(unit)
        for start, end in (unit.clause, (unit.sentence.start, unit.sentence.end)):
            found = [
                x
                for x in items
                if start <= x.start < end
                and keep(x)
                and (self.attached(x.start, hit.start, hit.end, reach) or self.governing_verb(x.start) in heads)
                and (unit.clause[0] <= x.start < unit.clause[1] or not self._nearer_other_trigger(x.start, unit))
            ]
            if found:
                return min(found, key=rank)
        return None

    def _heads_in_clause(self, unit: Unit) -> list[Token]:
        """The verbs of the unit's clause its trigger hangs off, in the parse, and the verbs of the clause
        coordinated with them, which share the series' day and place ("blocked the bridge with burning tyres,
        looted shops and set fire to a police post on Tuesday": Tuesday hangs off "set"), and the participles that
        share a passive's auxiliary ("were shot dead and 17 people injured on Tuesday": `_shared_passive`)."""
        trigger = self.token_at(unit.ctype.hit.start)
        if trigger is None:
            return []
        a, b = unit.clause
        heads = [t for t in trigger.ancestors if t.pos_ in {"VERB", "AUX"} and a <= t.idx < b]
        heads += [c for t in heads for c in _coordinated_verbs(t) if a <= c.idx < b and c not in heads]
        span = self.doc.char_span(a, b, alignment_mode="expand") or []
        return heads + [t for t in span if _shared_passive(t) in heads]

    def _nearer_other_trigger(self, char: int, unit: Unit) -> bool:
        hit = unit.ctype.hit
        mine = min(abs(char - hit.start), abs(char - hit.end))
        a, b = unit.sentence.start, unit.sentence.end
        return any(
            min(abs(char - s), abs(char - e)) < mine
            for s, e in self.trigger_spans
            if a <= s < b and not unit.clause[0] <= s < unit.clause[1]
        )

    def attached(self, char: int, trigger_start: int, trigger_end: int, reach: int) -> bool:
        """Whether the words at `char` belong to the trigger: within `reach` characters of it, or hanging
        off the same verb, or off the trigger itself, in the parse."""
        if trigger_start - reach <= char <= trigger_end + reach:
            return True
        token = self.token_at(char)
        trigger = self.token_at(trigger_start)
        if token is None or trigger is None:
            return False
        span = self.doc.char_span(trigger_start, trigger_end, alignment_mode="expand")
        head = span.root if span is not None else trigger  # "device" in "an improvised explosive device"
        if trigger in token.ancestors:
            return True
        verb = self.governing_verb(char)
        if verb is None:
            return False
        # "On Saturday, a soldier died when his vehicle hit an IED": the date hangs off the verb whose
        # clause holds the trigger. "an explosive device killed one soldier ... on 2 November": the trigger
        # noun and the date hang off the same verb.
        return (
            verb == trigger
            or (verb.dep_ == "ROOT" and trigger in verb.subtree)
            or (head.pos_ in {"NOUN", "PROPN"} and self.governing_verb(head.idx) == verb)
        )

    def in_past(self, char: int) -> bool:
        """The words at `char` are in a clause that tells a past event ("The same village was attacked in March")."""
        return any(a <= char < b for a, b in self.past)

    def is_reporting(self, char: int) -> bool:
        """True when the words at `char` hang off a reporting verb ("said on Saturday", "a déclaré à Bamako"), or
        a verb whose subject is a toll ("by Monday the toll had reached 27", "le bilan s'est alourdi mardi": the day
        of a count).

        The climb stops at an event word: in "a raid on a village on Sunday", Sunday dates the raid. Not at the
        event told before that a claim names ("IS claimed the attack on Thursday", "claimed the bombing on
        Saturday"): the day is the claim's.
        """
        token = self.token_at(char)
        words = role_words()
        reporting, objects = words.reporting[self.language], words.reporting_objects[self.language]
        below = None
        for step in range(6):
            if token is None:
                return False
            if any(a <= token.idx < b for a, b in self.trigger_spans) and not _claimed_as_told(token, below):
                return False
            verb = token if token.pos_ in {"VERB", "AUX"} else _light_verb(token, objects)
            if verb is not None and not (step == 0 and self._day_word(token)):
                lemma = verb.lemma_.lower()
                counted = any(c.dep_ in SUBJECTS and self.pattern("toll").fullmatch(c.lemma_.lower())
                              for c in verb.children)
                return (
                    (lemma in reporting or lemma in objects or counted)
                    and (lemma not in objects or verb is not token
                         or any(c.lemma_.lower() in objects[lemma] for c in verb.children))
                    and not _says_who(verb)
                    and not self._aside_from(verb, char)
                    and not self._statement_dated_nearer(verb, char)
                    and not self._before_attribution(verb, char)
                )
            if token.head is token:
                return False
            below, token = token, token.head
        return False

    def _day_word(self, token: Token) -> bool:
        """A weekday or month the parser took for a verb ("a affirmé jeudi avoir": "jeudi" tagged VERB)."""
        rules = date_rules(self.language)
        return token.lower_ in rules.weekdays or token.lower_ in rules.months

    def _statement_dated_nearer(self, verb: Token, char: int) -> bool:
        """A statement has one date: when the parse hangs two dates off one reporting verb, the one nearer the verb
        is the statement's and the farther one the reported event's ("kidnapped 35 people on Friday night, police
        said on Saturday"; "a annoncé samedi avoir neutralisé jeudi un chef")."""
        if not any(d.start == char for d in self.dates):
            return False
        sentence = self.sentence_of(char)
        mine = abs(char - verb.idx)
        return any(
            d.start != char
            and abs(d.start - verb.idx) < mine
            and (sentence is None or sentence.start <= d.start < sentence.end)
            and self._hangs_off(d.start, verb)
            for d in self.dates
        )

    def _hangs_off(self, char: int, verb: Token) -> bool:
        """The words at `char` climb to `verb` in the parse with no other verb between."""
        token = self.token_at(char)
        for _ in range(6):
            if token is None or token.pos_ in {"VERB", "AUX"} and token != verb:
                return False
            if token == verb:
                return True
            if token.head == token:
                return False
            token = token.head
        return False

    def _before_attribution(self, verb: Token, char: int) -> bool:
        """The words at `char` end or open a told event and a comma sets the attribution after it ("killed 15
        civilians in El Fasher, the capital of North Darfur, on Monday, a local committee said", "In a separate
        incident on Thursday evening, gunmen shot dead a rubber tapper ..., police said"): the parse may hang the
        date off 'said', but it dates the event. A date opening the sentence before its reporting verb ("On Monday,
        police said they ...") still dates the statement: no event is told between them."""
        if char > verb.idx or "," not in self.article.text[char : verb.idx]:
            return False
        sentence = self.sentence_of(char)
        return sentence is not None and any(sentence.start <= a < verb.idx for a, _ in self.trigger_spans)

    def _aside_from(self, verb: Token, char: int) -> bool:
        """The verb is in brackets the words at `char` are outside of ("Around Jul 24th 2019 (no exact date
        reported) residents protested"): an aside, which the parse may wrongly hang them off. Or the words are
        inside a quotation the verb introduces ('"Le mardi 24 janvier, la localité a été attaquée", déclare le
        ministère'): the quoted words tell the event, and their date is its date, not the statement's."""
        text = self.article.text
        if any(q.start() < char < q.end() and not q.start() <= verb.idx < q.end() for q in QUOTED.finditer(text)):
            return True
        a, b = sorted((char, verb.idx))
        between = text[a:b]
        return ("(" in between and ")" not in between) if char < verb.idx else (")" in between and "(" not in between)

    def target_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the parse says the target of the trigger at text[start:end] is.

        "49 soldiers were killed" -> the passive subject; "villages attacked" -> the noun the participle
        qualifies; "killing 14 people" -> the object; "attack on a base" / "attaque contre un poste" -> the
        object of the preposition. None when the parse names no target.
        """
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        if token.pos_ in {"VERB", "AUX"}:
            for child in token.children:
                if child.dep_ in PASSIVE_SUBJECTS:
                    return _hit_span(child)
                if child.dep_ == "nsubj" and token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children):
                    return _hit_span(child)  # a headline passive: "Policeman killed by gunmen"
            # "villages attacked": the noun a participle qualifies; not when the verb has an object of its own
            # ("DATELINE - Boko Haram fighters killed 12 farmers", which a dateline makes the parse read so).
            objects = [c for c in token.children if c.dep_ in OBJECTS]
            qualifies = token.dep_ in {"acl", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}
            if qualifies and token.i > token.head.i and not objects:
                return token.head.idx, token.head.idx + len(token.head.text)
            if objects and objects[0].lemma_.lower() not in FIRED:
                return _hit_span(objects[0])
        for child in token.children:
            if child.i < token.i:
                continue  # "On Sunday, gunmen attacked ...": a phrase before the verb tells when or where
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return _hit_span(objects[0])
            if child.dep_ in {"nmod", "obl", "obl:arg"} and any(
                c.dep_ == "case" and c.lower_ in TARGET_PREPOSITIONS for c in child.children
            ):
                return _subtree_span(child)
        return None

    def actor_class(self, start: int, end: int) -> str | None:
        """The target class of the first actor the knowledge base finds in text[start:end]: state or foreign
        forces are "military", armed groups and militias "armed_group", civilians "civilian"."""
        for mention in get_actor_kb().find_mentions(self.article.text[start:end], self.language,
                                                     when=self.article.about_date):
            cls = ACTOR_CLASS.get(mention.ref.inter_code or 0)
            if cls:
                return cls
        return None

    def evidence(self, start: int, end: int, rule: str) -> Evidence:
        sentence = self.sentence_of(start)
        quote = sentence.text.strip() if sentence else self.article.text[start:end]
        return Evidence(article_id=self.article.id, start=start, end=end, quote=quote, rule=rule)

    def search(self, cls: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Spans of role words of class `cls` in text[start:end]."""
        segment = normalise(self.article.text[start:end])
        return [(start + m.start(), start + m.end(), m.group(0)) for m in self.pattern(cls).finditer(segment)]


@dataclass
class Group:
    """Clauses that report one event (same type, place and date), in text order."""

    units: list[Unit]
    coded: tuple[str, str, str] | None = None  # (type, sub-type, rule) decided over the whole group
    parent: Group | None = None  # the event this one was told within (civilians killed apart from a battle)

    @property
    def lead(self) -> Unit:
        """The clause that decides the type: the first one, unless it only said "attack" with no target or
        "blast"; then the first clause with a specific trigger of the same type (or any type, for a bare
        "attack"). Later clauses that refer back ("the attack involved suicide bombers") add detail only."""
        first = self.units[0]
        if first.ctype.strength == "strong":
            return first
        provisional = first.ctype.hit.sub.name == "generic" and first.ctype.target is None
        strong = [
            u
            for u in self.units
            if u.ctype.strength == "strong" and (provisional or u.ctype.event_type == first.ctype.event_type)
        ]
        # A change of territory told in passing ("troops took back control of their positions") does not
        # recode the attack it followed.
        strong.sort(key=lambda u: u.ctype.sub_event_type in TERRITORY_CHANGES)
        if strong and strong[0].ctype.sub_event_type == "Government regains territory":
            return self._attack_on_forces() or strong[0]
        return strong[0] if strong else first

    def _attack_on_forces(self) -> Unit | None:
        """The forces retaking their own post after an attack they suffered is no regain of territory (ACLED:
        the government takes a place back from a non-state group) unless the report says the attackers took or
        held it: the attack on the forces is the event, a battle."""
        if any(u.ctype.sub_event_type == "Non-state actor overtakes territory" for u in self.units):
            return None
        return next(
            (u for u in self.units if u.ctype.event_type == "Battles" and u.ctype.target == "military"), None
        )

    @property
    def event_type(self) -> str:
        return self.coded[0] if self.coded else self.lead.ctype.event_type

    @property
    def sub_event_type(self) -> str:
        return self.coded[1] if self.coded else self.lead.ctype.sub_event_type

    @property
    def type_rule(self) -> str:
        return self.coded[2] if self.coded else self.lead.ctype.rule

    @property
    def antecedent(self) -> bool:
        """Every clause names an event that came before the one its sentence reports."""
        return all(u.antecedent for u in self.units)

    @property
    def strong(self) -> bool:
        return any(u.ctype.strength == "strong" for u in self.units)

    @property
    def sentence_indexes(self) -> set[int]:
        return {u.sentence.index for u in self.units}

    def dates(self) -> list[DateChoice]:
        return [u.date for u in self.units if u.date is not None and u.date.value is not None]

    def places(self) -> list[Toponym]:
        return [u.place for u in self.units if u.place is not None]


def _coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs coordinated after `verb` ("blocked ..., looted ... and set fire"), however long the series."""
    found = []
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            found += [child, *_coordinated_verbs(child)]
    return found


def _shared_passive(participle: Token) -> Token | None:
    """ "Two men were shot dead and 17 people injured on Tuesday": a participle whose noun follows "and" after a
    passive shares that passive's auxiliary. The parser reads "17 people injured" as a noun qualified by a clause;
    it is a conjunct of the passive (returned), whose event its date and place are."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or noun.left_edge.i == 0:
        return None
    link = noun.doc[noun.left_edge.i - 1]
    passive = link.head
    shared = (link.dep_ == "cc" and link.i > passive.i and passive.tag_ == "VBN"
              and any(c.dep_ in PASSIVE_AUX for c in passive.children))
    return passive if shared else None
