"""Who a sentence attributes its facts to: "the Malian Armed Forces said" -> "the Malian Armed Forces".

`find_attribution(sentence, language)` returns the source phrase as written in the sentence, or None;
`attributions` gives every source phrase the sentence cites, with its offsets and its cue. Two kinds of cue,
both listed in `data/attribution.yaml`:

    forward   a trigger, then the source          "according to the army", "selon un élu local"
    verb      a reporting verb next to the source "the army said", "..., a indiqué le gouvernement"

Explicit triggers win over verbs; among each kind the first in the sentence wins. A pronoun ("he said")
names no source, so the next cue is tried, and so is a verb that reports nothing: a passive or a claim of
responsibility ("an attack claimed by rebels", "IS claimed responsibility") or a negated one ("not confirmed").
A source that points back to an earlier one ("the same source", "selon la même source") is `anaphoric`: the
caller gives it the source named before (`is_anaphoric`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span

from sitrep.extract.dep_labels import SUBJECTS_OR_IMPERSONAL
from sitrep.extract.numbers import DataFileError, load_rules
from sitrep.extract.vocabulary import skip_space

_MAX_WORDS = 10  # a source phrase longer than this is a clause, not a name
_TOKEN = re.compile(r"\S+")
_CLOSING = re.compile(r"[,;:.!?\"“”«»]$|^[\"“”«»]")  # a token that ends or opens a quote or clause
_INVERTED = re.compile(r"[,;:\"“”«»]$")  # a verb after this comes after what was said: "..., said the army"
_OPENS = re.compile(r"(?:^|[,;:\"“”«»(])\s*$")  # what may come right before a source phrase that opens a clause


@dataclass(frozen=True, slots=True)
class Attribution:
    """A source phrase and where it sits in the sentence."""

    start: int
    end: int
    text: str
    rule: str  # "attribution:forward:<trigger>", "attribution:verb:<verb>" or "attribution:apposition:<verb>"
    cue: int = -1  # where the trigger or the reporting verb that names the source starts

    @property
    def forward(self) -> bool:
        """Named by a trigger before it: "according to the army", "selon l'armée", "a-t-on appris auprès de"."""
        return self.rule.startswith("attribution:forward:")

    @property
    def inverted(self) -> bool:
        """Named after its reporting verb: "..., said the army", "..., a rapporté la police"."""
        return self.rule.startswith("attribution:verb:") and self.start > self.cue


class AttributionRules:
    """The compiled cues of one language (built once per process by `attribution_rules`)."""

    def __init__(self, language: str) -> None:
        rules = load_rules("attribution.yaml")
        try:
            spec = rules[language]
            self.forward = [re.compile(rf"\b(?:{p})\s*", re.I) for p in spec["forward"]]
            # "a de son côté indiqué", "a, dans un communiqué, affirmé": an aside within a compound verb
            within = rf"(?:\s*,[^,.;:!?«»\"“”]{{1,60}},|\s+(?:{spec['asides']}))?"
            self.verbs = re.compile(rf"\b(?:{spec['verbs'].replace('{aside}', within)})\b", re.I)
            # "the army, for its part, said", "the army meanwhile said": an aside between the source and its verb
            self.aside = re.compile(rf"(?:(?P<comma>,)\s*)?\b(?:{spec['asides']})(?(comma)\s*,|)\s*$", re.I)
            # "an officer, who asked not to be named, said": a clause between commas after the source
            self.clause_aside = re.compile(rf",\s*(?:{spec['clause_asides']})\b[^,;:.!?«»\"“”]{{1,100}},\s*$", re.I)
            self.adverbs = {str(w).lower() for w in spec["adverbs"]}
            self.stop_back = {str(w).lower() for w in spec["stop_back"]}
            self.stop_forward = {str(w).lower() for w in spec["stop_forward"]}
            self.determiners = {str(w).lower() for w in spec["determiners"]}
            self.linking = {str(w).lower() for w in spec["linking"]}
            self.pronouns = {str(w).lower() for w in spec["pronouns"]}
            self.forward_skip = re.compile(rf"(?:{spec['forward_skip']})", re.I)
            self.trailing = re.compile(rf"(?:{spec['trailing']})", re.I)
            self.not_reporting = re.compile(rf"\s*(?:{spec['not_reporting']})", re.I)
            self.negation = re.compile(rf"(?:{spec['negation']})\s*$", re.I)
            self.anaphoric = re.compile(rf"(?:{spec['anaphoric']})$", re.I)
        except (KeyError, TypeError, re.error) as exc:
            raise DataFileError(f"attribution.yaml: bad rules for {language!r}: {exc!r}") from exc


@cache
def attribution_rules(language: str) -> AttributionRules:
    """The compiled cues for `language` ("en", "fr"); other languages fall back to English."""
    return AttributionRules(language if language in ("en", "fr") else "en")


def find_attribution(sentence: str, language: str, clauses: tuple[int, ...] = ()) -> str | None:
    """The source the sentence cites ("the army", "l'armée"), as written, or None."""
    found = locate_attribution(sentence, language, clauses)
    return found.text if found else None


def locate_attribution(sentence: str, language: str, clauses: tuple[int, ...] = ()) -> Attribution | None:
    """Like `find_attribution`, with the phrase's offsets in `sentence` and the cue that found it."""
    return next(attributions(sentence, language, clauses), None)


def clause_starts(sentence: Span | None, offset: int) -> tuple[int, ...]:
    """Where the parse opens a clause in the sentence, as offsets from `offset` (where its text starts): each
    finite verb, and the subject before it ("... auprès des habitants | font état de dix morts", "according to
    police | the attackers fled"). A source phrase read forwards stops there (`attributions`)."""
    starts = set()
    for verb in sentence if sentence is not None else []:
        if verb.pos_ in {"VERB", "AUX"} and verb.morph.get("VerbForm") == ["Fin"]:
            starts.add(verb.idx - offset)
            starts |= {c.left_edge.idx - offset for c in verb.children if c.dep_ in SUBJECTS_OR_IMPERSONAL}
    return tuple(sorted(starts))


def attributions(sentence: str, language: str, clauses: tuple[int, ...] = ()) -> Iterator[Attribution]:
    """Every source phrase the sentence cites, the one `find_attribution` picks first: explicit triggers in the
    order of `forward`, then reporting verbs in text order. A phrase read forwards ends where one of `clauses`
    (`clause_starts`) opens."""
    rules = attribution_rules(language)
    for trigger in rules.forward:
        for m in trigger.finditer(sentence):
            found = _read_forward(sentence, m.end(), rules, f"attribution:forward:{m.group().strip().lower()}",
                                  clauses=clauses)
            if found:
                yield replace(found, cue=m.start())
    for m in rules.verbs.finditer(sentence):
        if rules.not_reporting.match(sentence, m.end()) or rules.negation.search(sentence, 0, m.start()):
            continue
        rule = f"attribution:verb:{m.group().lower()}"
        before = sentence[: m.start()].rstrip()
        aside = rules.aside.search(before)
        before = before[: aside.start()].rstrip() if aside else before
        found = None
        clause = rules.clause_aside.search(before)
        if clause:
            found = _source_of_verb(sentence, m, before[: clause.start()].rstrip(), rules, rule, clauses)
            if found and not _OPENS.search(sentence, 0, found.start):
                found = None  # "killed five people, who were at the market, said police": the clause is theirs
        found = found or _source_of_verb(sentence, m, before, rules, rule, clauses)
        if found:
            yield replace(found, cue=m.start())


def _source_of_verb(sentence: str, verb: re.Match[str], before: str, rules: AttributionRules, rule: str,
                    clauses: tuple[int, ...]) -> Attribution | None:
    """The source of a reporting verb with `before` in front of it: after the verb when nothing or a comma or quote
    comes before ("..., said the army"), else the words before it ("the army said")."""
    if before and not _INVERTED.search(before):
        return _read_backward(sentence, len(before), rules, rule)
    skip = rules.forward_skip.match(sentence, skip_space(sentence, verb.end()))
    found = _read_forward(sentence, skip.end() if skip else verb.end(), rules, rule, after_verb=True, clauses=clauses)
    if found is None and before.endswith(","):
        found = _read_apposition(sentence, len(before) - 1, rules, rule)
    return found


@cache
def _authorities() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    rules = load_rules("attribution.yaml")
    try:
        keys = tuple(
            (str(key), re.compile(str(pattern), re.I)) for key, pattern in (rules.get("authorities") or {}).items()
        )
        return re.compile(str(rules.get("authorities_not") or "(?!)"), re.I), keys
    except re.error as exc:
        raise DataFileError(f"attribution.yaml: bad authorities pattern: {exc}") from exc


def authority_key(source: str) -> str:
    """The institution a source phrase speaks for, the same in every language ("the army", "le communiqué de
    l'armée" -> "army"; see `authorities` in `data/attribution.yaml`); else the phrase itself, lower-cased."""
    movement, keys = _authorities()
    if not movement.search(source):
        for key, pattern in keys:
            if pattern.search(source):
                return key
    return " ".join(source.lower().split())


def is_anaphoric(source: str, language: str) -> bool:
    """True for a source that points back to one named before: "the same source", "les mêmes sources"."""
    return bool(attribution_rules(language).anaphoric.match(source.strip()))


def _read_forward(
    sentence: str, pos: int, rules: AttributionRules, rule: str, after_verb: bool = False,
    clauses: tuple[int, ...] = (),
) -> Attribution | None:
    """The phrase starting at `pos`, up to punctuation, a stop word, the start of a clause or `_MAX_WORDS` words.

    `after_verb`: the phrase follows an inverted verb, so it must open like a name ("le gouvernement",
    "Colonel Diarra"), not like a clause ("affirme avoir abattu ...")."""
    words: list[re.Match[str]] = []
    depth = 0
    for token in _TOKEN.finditer(sentence, pos):
        word = token.group()
        bare = word.strip('"“”«»,;:.!?()').lower()
        if depth == 0 and words and (bare in rules.stop_forward or token.start() in clauses):
            break
        if depth == 0 and not words and word[0] in '"“«':
            return None  # a quotation follows, not a source
        if (
            after_verb
            and not words
            and not (word[0].isupper() or bare in rules.determiners or re.match(r"[ld]['’]", bare))
        ):
            return None  # "affirme avoir abattu ...": a clause follows, not a name
        words.append(token)
        depth += word.count("(") - word.count(")")
        if len(words) >= _MAX_WORDS or (depth <= 0 and re.search(r"[,;:.!?\"“”«»]$", word)):
            break
    return _finish(sentence, words, rules, rule)


def _read_backward(sentence: str, pos: int, rules: AttributionRules, rule: str) -> Attribution | None:
    """The phrase ending just before `pos` (adverbs skipped), back to a determiner or a boundary."""
    tokens = list(_TOKEN.finditer(sentence, 0, pos))
    while tokens and tokens[-1].group().lower() in rules.adverbs:
        tokens.pop()
    words: list[re.Match[str]] = []
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        bare = word.lower()
        if _CLOSING.search(word) and not word.endswith(")"):
            if word[0] in '"“«' and not words:
                return None
            break
        if bare in rules.stop_back or len(words) >= _MAX_WORDS:
            break
        words.insert(0, tokens[i])
        previous = tokens[i - 1].group().lower() if i > 0 else ""
        if bare in rules.linking or re.match(r"d['’]", bare):
            continue  # "the spokesman of", "un porte-parole du groupe": the phrase goes on
        if (bare in rules.determiners or re.match(r"l['’]", bare)) and previous not in rules.linking:
            break
    return _finish(sentence, words, rules, rule)


def _read_apposition(sentence: str, comma: int, rules: AttributionRules, rule: str) -> Attribution | None:
    """"Moulaye Guindo, mayor of the town, said ...": the title between two commas before the verb."""
    opening = sentence.rfind(",", 0, comma)
    name = sentence[:opening].split()[-1:] if opening != -1 else []
    if not name or not name[0][0].isupper():
        return None  # a title follows a name: "Guindo, mayor of Bankass, said"
    words = list(_TOKEN.finditer(sentence, opening + 1, comma))
    if not words or len(words) > _MAX_WORDS or any(_CLOSING.search(w.group()) for w in words):
        return None
    return _finish(sentence, words, rules, rule.replace("attribution:verb:", "attribution:apposition:"))


def _finish(sentence: str, words: list[re.Match[str]], rules: AttributionRules, rule: str) -> Attribution | None:
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    text = sentence[start:end].rstrip(',;:.!?"“”«»')
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].rstrip()
    text = rules.trailing.sub("", text)
    while text.split() and text.split()[-1].lower() in rules.stop_forward | rules.determiners:
        text = text[: text.rfind(" ")] if " " in text else ""
    if not text or text.lower() in rules.pronouns or text.lower() in rules.determiners:
        return None
    return Attribution(start, start + len(text), text, rule)
