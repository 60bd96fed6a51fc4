"""Casualty figures in report text: "killed at least 53 soldiers and one civilian", "une dizaine de blessés".

`find_counts(text, language)` returns one `CountMention` per figure that counts people killed, injured,
missing, abducted or arrested. The words (numbers, vague quantities, casualty verbs and nouns, running-total
markers) live in `data/numbers_<language>.yaml`; this module only applies them, in a fixed cascade per figure,
most precise first:

    noun        "20 morts", "12 dead", "dozens of wounded"        the count word follows the figure
    after       "49 soldiers were killed", "trois civils enlevés"  victims, then a passive/intransitive verb
    before      "killed 49 soldiers", "ont tué 20 militaires"      the verb takes the figure as its object
    toll        "the death toll rose to 30", "bilan de 20"         a toll phrase, then the figure
    list        "... 53 soldiers and one civilian"                 a figure joined by and/et/comma to a
                                                                   counted one shares its kind
    passive     "Two Border Guard (BGS) personnel were killed"     victims told at length, then an auxiliary
                                                                   and a casualty verb in the same clause

A killing verb before one person named without a figure ("Mob kills suspected robber", "killed the village
chief", "shot the driver dead") counts one (rule `count:killed:bare`; the singular nouns are listed in the data
file), as does one person dying in a clause of its own ("He succumbed to his injuries", `count:killed:died`);
a word before the verb that says it did not happen ("nearly lynched", "tried to kill") cancels it. A text with no
killed figure that says casualties happened ("resulting in casualties", "casualties
reported") gets one vague killed count of 10 (rule `count:killed:unquantified`), ACLED's "plural fatalities".

Figures that are not head counts are dropped before the cascade: dates and years, ages ("Pointeau, 24,"),
measures and times ("5,000-man force", "10 km", "5pm"). Each figure is then flagged from its context, so a
toll can be summed the way ACLED and UCDP do (see `sitrep.resolve.tolls`):

    cumulative  a running total ("since 2013", "depuis le début de l'année"): not one event's toll
    included    a breakdown of another figure ("17 killed, including 8 children", "dont 3 enfants", "(4 soldats")
    additional  added to the figures before it ("three others were killed", "deux autres soldats")
    grievance   what a protest is about ("protested after a pedestrian was killed"), or a death before the event
                ("following the death of a student", "accused of killing three"): not a toll of this event
    revised     an updated toll ("the toll rose to six"): it replaces the figures given before it
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal

from sitrep.extract.dates import find_dates
from sitrep.extract.numbers import DataFileError, NumberReader, alternation, load_rules

CountKindName = Literal["killed", "injured", "missing", "abducted", "arrested"]
Qualifier = Literal["at least", "more than", "about"]

_KINDS: tuple[CountKindName, ...] = ("killed", "injured", "missing", "abducted", "arrested")


@dataclass(frozen=True, slots=True)
class CountMention:
    """One figure of people hurt, with the words it was read from (`text` is `text[start:end]`)."""

    start: int
    end: int
    text: str
    kind: CountKindName
    low: int
    high: int
    who: str | None  # the victims as written: "soldiers", "militaires"
    qualifier: Qualifier | None
    vague: bool  # read from a word ("dozens", "une dizaine") rather than a figure
    rule: str  # "count:<kind>:<noun|after|before|toll|list>"
    cumulative: bool = False  # a running total ("since 2013"), not the toll of one event
    included: bool = False  # part of another figure: "including 8 children", "dont trois enfants"
    additional: bool = False  # on top of the figures before it: "three others", "deux autres"
    grievance: bool = False  # the death a protest is about, not a casualty of the protest
    revised: bool = False  # an updated toll ("the toll rose to six") that replaces the earlier figures


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity in the text before we know what it counts."""

    start: int
    end: int
    low: int
    high: int
    qualifier: Qualifier | None
    vague: bool
    article: bool = False  # "a man was killed": one, but only with a victim noun and a casualty verb


@dataclass(frozen=True, slots=True)
class _Vague:
    pattern: re.Pattern[str]
    low: int
    high: int
    qualifier: Qualifier | None


class CountRules:
    """The compiled rules of one language (built once per process by `count_rules`)."""

    def __init__(self, language: str) -> None:
        name = f"numbers_{language}.yaml"
        rules = load_rules(name)
        self.numbers = NumberReader(rules, name)
        try:
            self.head_first = language == "fr"  # French puts adjectives after the noun: "soldats maliens"
            self.qualifiers = [(re.compile(rf"(?:{p})$", re.I), q) for p, q in rules["qualifiers"].items()]
            qual = "|".join(f"(?:{p})" for p in rules["qualifiers"])
            self.vague = [
                _Vague(re.compile(rf"(?:{v['pattern']})$", re.I), int(v["low"]), int(v["high"]), v.get("qualifier"))
                for v in rules["vague"]
            ]
            vague = "|".join(f"(?:{v['pattern']})" for v in rules["vague"])
            num = self.numbers.pattern
            articles = f"|(?P<article>{alternation(self.numbers.articles)})" if self.numbers.articles else ""
            ranges = "|".join(
                p.format(n1=f"(?P<a{i}>{num})", n2=f"(?P<b{i}>{num})", d1=rf"(?P<a{i}>\d+)", d2=rf"(?P<b{i}>\d+)")
                for i, p in enumerate(rules["range_patterns"])
            )
            self.figure = re.compile(
                rf"(?<![\w.,/'’])(?<!\w-)(?:(?P<qual>{qual})\s+)?"
                rf"(?:(?P<range>{ranges})|(?P<vague>{vague})|(?P<num>{num}){articles})(?![\w/]|[.,]\d)",
                re.I,
            )
            stops = rf"(?:{alternation(rules['np_stop'])})"
            # "13-year-old" describes the victim; an acronym is a name even when it spells a stop word ("IS")
            word = rf"(?:(?-i:[A-Z]{{2,}})(?![\w'’\-])|(?!{stops}\b)(?:\d+-)?[^\W\d_][\w'’\-]*)"
            # the victims' words stay on the figure's line: a headline break ends them
            self.np = re.compile(
                rf"[\"”»]?(?:[^\S\n]+(?:(?:of|de)(?![\w'’])|d['’])[^\S\n]*(?:the[^\S\n]+)?)?(?:[^\S\n]+(?:autres|other))?"
                rf"(?P<np>(?:[^\S\n]*{word}){{0,4}})",
                re.I,
            )
            self.np_word = re.compile(word, re.I)
            self.not_victims = {str(w).lower() for w in rules.get("not_victims") or []}
            self.not_people = re.compile(rf"(?:{rules['not_people']})", re.I)
            self.cumulative = re.compile(rf"\b(?:{rules['cumulative']})\b", re.I)
            self.included = re.compile(rf"(?:{rules['included_before']})\s*$", re.I)
            self.additional_after = re.compile(rf"\s+(?:{rules['additional_after']})\b", re.I)
            self.additional_before = re.compile(rf"\b(?:{rules['additional_before']})\s+$", re.I)
            self.grievance = re.compile(rf"\b(?:{rules['grievance']})\b", re.I)
            self.grievance_before = _optional(rules, "grievance_before", "{}")
            self.grievance_clause = _optional(rules, "grievance_clause", "{}")
            self.revised = _optional(rules, "revised_before", "{}")
            self.not_done = _optional(rules, "not_done", r"\b(?:{})\s+$")
            when = rules.get("when") or "(?!)"
            self.passive_aux = _optional(rules, "passive_aux", r"\s(?:{})\b")
            self.passive_gap_max = int(rules.get("passive_gap_max", 0))
            self.gap_stop = _optional(rules, "gap_stop", r"\b(?:{})\b|[.;:!?\n]")
            self.generic_victims = {str(w).lower() for w in rules["generic_victims"]}
            self.after: dict[CountKindName, re.Pattern[str]] = {}
            self.before: dict[CountKindName, re.Pattern[str]] = {}
            self.nouns: dict[CountKindName, re.Pattern[str]] = {}
            self.toll: re.Pattern[str] | None = None
            for kind in _KINDS:
                spec = rules["kinds"].get(kind) or {}
                if "after" in spec:
                    after = str(spec["after"]).replace("{when}", when)
                    self.after[kind] = re.compile(rf"\s*(?:{after})\b", re.I)
                if "before" in spec:
                    self.before[kind] = re.compile(rf"\b(?:{spec['before']})\s+[\"“«]?\s*$", re.I)
                if "nouns" in spec:
                    # one participle or "other" may sit between: "12 charred bodies", "15 autres blessés"
                    self.nouns[kind] = re.compile(
                        rf"(?:\s+(?:of|de|d['’])\s*)?(?:\s+(?:[a-z]+ed|other|additional|autres))?"
                        rf"\s*(?:{spec['nouns']})\b",
                        re.I,
                    )
                if kind == "killed" and "toll" in spec:
                    self.toll = re.compile(rf"\b(?:{spec['toll']})\s*$", re.I)
            bare = rules["kinds"]["killed"].get("bare")
            self.bare = (
                re.compile(
                    rf"\b(?:(?:{bare['verbs']})|(?P<split>{bare.get('verbs_dead') or '(?!)'}))\s+"
                    rf"(?:(?!(?:{bare['not_between']})\b)[^\W\d][\w'’\-]*\s+){{0,3}}?"
                    rf"(?P<head>{alternation(bare['victims'])})\b(?!['’\-])(?(split)\s+(?:dead|to\s+death)\b)",
                    re.I,
                )
                if bare else None
            )
            died = rules.get("died_later")
            victims = alternation(bare["victims"]) if bare else "(?!)"
            opening = r"(?:^|(?<=[.!?;]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s)|(?<=\bbut\s))"  # a clause's subject
            self.died_later = (
                re.compile(rf"{opening}(?:{died.replace('{victims}', victims)})", re.I) if died else None
            )
            unquantified = rules["kinds"]["killed"].get("unquantified")
            self.unquantified = re.compile(rf"\b(?:{unquantified})", re.I) if unquantified else None
        except (KeyError, TypeError, AttributeError, re.error) as exc:
            raise DataFileError(f"{name}: bad rule: {exc!r}") from exc
        # A relative clause or preposition may sit between the victims and the verb: "12 soldiers in Menaka
        # were killed"; it must not contain another figure or a clause boundary.
        self.tail = re.compile(
            r"\s+(?:of|from|in|at|near|de|du|des|à|au|dans|en)\s+(?P<words>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,2})",
            re.I,
        )
        self.joiner = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)$", re.I)
        self.sentence_end = re.compile(r"[.!?;]\s+|\n")


def _optional(rules: dict[str, Any], key: str, template: str) -> re.Pattern[str] | None:
    """An optional rule of the data file, put in `template` ("{}" is the pattern), or None when absent."""
    pattern = rules.get(key)
    return re.compile(template.replace("{}", str(pattern)), re.I) if pattern else None


@cache
def count_rules(language: str) -> CountRules:
    """The compiled rules for `language` ("en", "fr"); other languages fall back to English."""
    return CountRules(language if language in ("en", "fr") else "en")


def read_figures(text: str, language: str, dates: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Every quantity in `text` that could count people (dates, years, ages, measures removed).

    `dates`: the spans of date expressions in `text`, when the caller has them already."""
    rules = count_rules(language)
    masked = dates if dates is not None else [(d.start, d.end) for d in find_dates(text, None, language)]
    figures: list[Figure] = []
    for m in rules.figure.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in masked) or _not_a_head_count(text, m, rules):
            continue
        figure = _figure_from_match(m, rules)
        following = rules.figure.match(text, _skip_space(text, figure.end)) if figure and figure.article else None
        if following and not _not_a_head_count(text, following, rules):
            continue  # "a further 20 people": the article belongs to the figure after it
        if figure is not None:
            figures.append(_with_repeated_digits(text, figure, rules))
    return figures


_REPEATED = re.compile(r"\s*\(\s*(\d+)\s*\)")


def _with_repeated_digits(text: str, figure: Figure, rules: CountRules) -> Figure:
    """A word figure repeated in digits ("sept (07) membres") ends after the digits."""
    m = _REPEATED.match(text, figure.end)
    if m is None or int(m.group(1)) != figure.low:
        return figure
    return Figure(figure.start, m.end(), figure.low, figure.high, figure.qualifier, figure.vague, figure.article)


_SPACE = re.compile(r"\s*")


def _skip_space(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _not_a_head_count(text: str, m: re.Match[str], rules: CountRules) -> bool:
    after = text[m.end() : m.end() + 40]
    before = text[max(0, m.start() - 40) : m.start()]
    if rules.not_people.match(after):
        return True
    number = m.group("num") or ""
    if re.fullmatch(r"(?:1[89]|20)\d\d", number) and not re.match(r"\s+[a-zà-ÿ]", after):
        return True  # a year, unless a noun follows ("2000 people")
    if re.search(r"[A-Z][\w'’-]+,\s*$", before) and re.match(r"\s*,", after):
        return True  # an age in apposition: "Ronan Pointeau, 24, died"
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
        return True  # a figure in brackets is an age or a reference
    return bool(re.search(r"\b(?:aged|age|âgée?s?\s+de|No\.|n°|number|route|RN|article)\s*$", before, re.I))


def _figure_from_match(m: re.Match[str], rules: CountRules) -> Figure | None:
    qualifier: Qualifier | None = None
    if m.group("qual"):
        qualifier = next((q for rx, q in rules.qualifiers if rx.match(m.group("qual"))), None)
    if m.group("vague"):
        vague = next(v for v in rules.vague if v.pattern.match(m.group("vague")))
        return Figure(m.start(), m.end(), vague.low, vague.high, qualifier or vague.qualifier, True)
    if m.groupdict().get("article"):
        return Figure(m.start(), m.end(), 1, 1, None, False, article=True)
    if m.group("num"):
        if m.group("num").lower() in rules.numbers.need_victims:
            return Figure(m.start(), m.end(), 1, 1, qualifier, False, article=True)
        value = rules.numbers.value(m.group("num"))
        return None if value is None else Figure(m.start(), m.end(), value, value, qualifier, False)
    groups = m.groupdict()
    i = next(int(k[1:]) for k, v in groups.items() if k.startswith("a") and k[1:].isdigit() and v)
    low, high = rules.numbers.value(groups[f"a{i}"]), rules.numbers.value(groups[f"b{i}"])
    if low is None or high is None or high < low:
        return None
    return Figure(m.start(), m.end(), low, high, qualifier, False)


def find_counts(text: str, language: str) -> list[CountMention]:
    """Every figure of people killed/injured/missing/abducted/arrested in `text`, in text order."""
    rules = count_rules(language)
    dates = [(d.start, d.end) for d in find_dates(text, None, language)]
    date_starts = [start for start, _ in dates]
    figures = read_figures(text, language, dates)
    found: dict[int, CountMention] = {}
    pending: list[tuple[Figure, list[_Prefix]]] = []  # uncounted figures joined by "and" to the next one
    previous: tuple[int, CountMention | None] | None = None
    starts = [f.start for f in figures if not f.article]
    for fig in figures:
        limit = min((d for d in date_starts if d >= fig.end), default=len(text))
        prefixes = _victims(text, fig.end, limit, rules)
        joined = previous is not None and bool(rules.joiner.fullmatch(text[previous[0] : fig.start]))
        if not joined:
            pending = []
        mention = _classify(text, fig, prefixes, rules) or _passive(text, fig, prefixes, starts, rules)
        if mention is None and joined and previous is not None and _shares_verb(previous[1]):
            mention = _mention(text, fig, previous[1].kind, "list", prefixes[-1])
        if mention is not None:
            if mention.rule.endswith(":after"):
                for earlier, earlier_prefixes in pending:
                    found[earlier.start] = _mention(text, earlier, mention.kind, "list", earlier_prefixes[-1])
            pending = []
            found[fig.start] = mention
        else:
            pending.append((fig, prefixes))
        previous = (mention.end if mention else prefixes[-1].end, mention)
    for m in rules.bare.finditer(text) if rules.bare is not None else ():
        if _not_done(text, m.start(), rules):
            continue
        if not any(c.start < m.end() and m.start() < c.end for c in found.values()):
            start = m.start("head")
            found[start] = CountMention(start, m.end(), m.group("head"), "killed", 1, 1, m.group("head"), None, False,
                                        "count:killed:bare")
    for m in rules.died_later.finditer(text) if rules.died_later is not None else ():
        if not any(c.start < m.end() and m.start() < c.end for c in found.values()):
            earlier = {c.kind for c in found.values() if c.start < m.start()}
            found[m.start()] = CountMention(m.start(), m.end(), m.group("head"), "killed", 1, 1, m.group("head"), None,
                                            False, "count:killed:died", additional={"killed", "injured"} <= earlier)
    plural = rules.unquantified.search(text) if rules.unquantified is not None else None
    if plural is not None and not any(c.kind == "killed" for c in found.values()):
        found[plural.start()] = CountMention(plural.start(), plural.end(), plural.group(), "killed", 10, 10, None,
                                             None, True, "count:killed:unquantified")
    ordered = sorted(found.values(), key=lambda c: c.start)
    flagged = [_with_context(text, c, ordered, rules) for c in ordered]
    for i in range(1, len(flagged)):
        earlier, count = flagged[i - 1], flagged[i]
        if earlier.included and not count.included and rules.joiner.fullmatch(text[earlier.end : count.start]):
            flagged[i] = replace(count, included=True)  # "among the dead are three women and six men"
    return flagged


def _not_done(text: str, verb_start: int, rules: CountRules) -> bool:
    """A word before the killing verb says it did not happen: "nearly lynched", "tried to kill"."""
    return rules.not_done is not None and bool(rules.not_done.search(text, max(0, verb_start - 30), verb_start))


def _passive(
    text: str, fig: Figure, prefixes: list[_Prefix], starts: list[int], rules: CountRules
) -> CountMention | None:
    """Victims told at length before a passive casualty verb: "Two Central Reserve Police Force (CRPF) personnel
    were killed" (see `passive_aux` and `gap_stop` in the data file)."""
    victims = prefixes[-1]
    if rules.passive_aux is None or victims.who is None:
        return None
    stop = min((s for s in starts if s > fig.start), default=len(text))
    end = min(stop, victims.end + rules.passive_gap_max)
    for aux in rules.passive_aux.finditer(text, victims.end, end):
        gap = text[victims.end : aux.start()]
        if rules.gap_stop is not None and rules.gap_stop.search(gap):
            return None
        for kind, rx in rules.after.items():
            m = rx.match(text, aux.start())
            if m and not _object_follows(text, m.end(), rules):
                return _mention(text, fig, kind, "passive", victims)
    return None


def _shares_verb(counted: CountMention | None) -> bool:
    """A figure joined to this one by "and" shares its verb ("killed 53 soldiers and one civilian"); a
    casualty noun belongs to its own figure only ("20 morts et deux millions de déplacés")."""
    return counted is not None and not counted.rule.endswith(":noun")


@dataclass(frozen=True, slots=True)
class _Prefix:
    """The first words of the noun phrase after a figure: where they end and their head noun."""

    end: int
    who: str | None


def _victims(text: str, pos: int, limit: int, rules: CountRules) -> list[_Prefix]:
    """Each reading of the noun phrase after a figure, shortest first ("49 Malian troops": "", "Malian",
    "Malian troops"); a reading whose head names no victims ("attack", "other") is left out."""
    prefixes = [_Prefix(pos, None)]
    m = rules.np.match(text, pos, limit)
    if m is None:
        return prefixes
    words: list[str] = []
    head: str | None = None
    for word in rules.np_word.finditer(text, m.start("np"), m.end("np")):
        words.append(word.group())
        if rules.head_first:
            head = words[0]
        elif len(words) == 1 or not word.group().lower().endswith("ed"):
            head = words[-1]  # "five militants believed to ...": a participle after the noun is not its head
        if head is not None and head.lower() not in rules.not_victims:
            prefixes.append(_Prefix(word.end(), head))
    return prefixes


def _classify(text: str, fig: Figure, prefixes: list[_Prefix], rules: CountRules) -> CountMention | None:
    """The cascade for one figure: noun, after, before, toll (see the module docstring)."""
    if fig.article:  # "a" counts one person only when a victim noun follows: "a man was killed"
        prefixes = [p for p in prefixes if p.who is not None]
        if not prefixes:
            return None
    # "a death", "an injury": an English article is a figure only with victims ("a man was killed")
    nouns = {} if text[fig.start : fig.end].lower() in rules.numbers.articles else rules.nouns
    for kind, rx in nouns.items():
        m = rx.match(text, fig.end)
        if m and not re.match(r"[\w'’]", text[m.end() : m.end() + 1]):
            return _mention(text, fig, kind, "noun", _Prefix(m.end(), None))
    for prefix in prefixes:
        for pos in _after_positions(text, prefix.end, prefix.who is not None, rules):
            for kind, rx in rules.after.items():
                m = rx.match(text, pos)
                if m and not _object_follows(text, m.end(), rules) and not _active(text, m, rules):
                    return _mention(text, fig, kind, "after", prefix)
    window = text[max(0, fig.start - 60) : fig.start]
    for kind, rx in rules.before.items():
        verb = rx.search(window)
        if verb and not re.search(r"\b(?:the|les|des|aux)\s+$", window[: verb.start()], re.I):  # "the injured"
            if _not_done(text, fig.start - len(window) + verb.start(), rules):
                return None
            return _mention(text, fig, kind, "before", prefixes[-1])
    if rules.toll is not None and not fig.article and rules.toll.search(window):
        return _mention(text, fig, "killed", "toll", prefixes[-1])
    return None


def _after_positions(text: str, np_end: int, victims: bool, rules: CountRules) -> list[int]:
    """Where a verb may follow the victims: right after them, or after a short place phrase ("in Menaka")."""
    positions = [np_end]
    tail = rules.tail.match(text, np_end) if victims else None
    if tail and not re.search(r"\d|\b(?:that|which|who|qui|que)\b", tail.group(), re.I):
        positions.extend(w.end() for w in rules.np_word.finditer(text, tail.start("words"), tail.end()))
    return positions


def _object_follows(text: str, pos: int, rules: CountRules) -> bool:
    """True when the verb has a figure as object ("one gunman killed three"): then it is active, not passive."""
    m = rules.figure.match(text, _skip_space(text, pos))
    return m is not None and m.start() - pos <= 2


_PASSIVE_MARK = re.compile(r"\b(?:were|was|been|are|is|got|ont|a|sont|est|été)\b|\bto\s+death\b", re.I)
_INTRANSITIVE = re.compile(r"(?:die[sd]?|dead|perished|succumbed|lives?|life|death|mort[es]?|p[ée]ri)\s*$", re.I)
_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|him|them|le|la|les|un|une|des)\b", re.I)


def _active(text: str, verb: re.Match[str], rules: CountRules) -> bool:
    """The verb after the figure takes an object with no auxiliary before it ("three militants executed the
    operation"): the figure did the killing."""
    words = verb.group()
    return not (_PASSIVE_MARK.search(words) or _INTRANSITIVE.search(words)) and bool(_OBJECT.match(text, verb.end()))


def _mention(text: str, fig: Figure, kind: CountKindName, how: str, victims: _Prefix) -> CountMention:
    end = max(victims.end, fig.end)
    return CountMention(
        start=fig.start,
        end=end,
        text=text[fig.start : end],
        kind=kind,
        low=fig.low,
        high=fig.high,
        who=victims.who,
        qualifier=fig.qualifier,
        vague=fig.vague,
        rule=f"count:{kind}:{how}",
    )


def _with_context(text: str, count: CountMention, ordered: list[CountMention], rules: CountRules) -> CountMention:
    """Flag what the figure's context says about it (see the module docstring)."""
    sentence_start = max((m.end() for m in rules.sentence_end.finditer(text, 0, count.start)), default=0)
    start = sentence_start
    end_match = rules.sentence_end.search(text, count.end)
    end = end_match.start() if end_match else len(text)
    for other in ordered:
        if other.end <= count.start and other.end > start:
            start = other.end
        if other.start >= count.end and other.start < end:
            # another figure follows in this sentence: this one's clause ends at the next comma
            comma = text.find(",", count.end, other.start)
            end = comma if comma != -1 else other.start
    figure = rules.figure.match(text, count.start)
    figure_end = figure.end() if figure else count.end
    before = text[max(sentence_start, count.start - 40) : count.start]
    flags = {
        "cumulative": bool(rules.cumulative.search(text, start, end)),
        "included": bool(rules.included.search(before)),
        "additional": bool(
            rules.additional_after.match(text, figure_end)
            or rules.additional_before.search(before)
            or text[count.start : figure_end].lower() == "another"
        ),
        "grievance": _grievance(text, sentence_start, count, rules),
        "revised": bool(rules.revised and rules.revised.search(before)),
    }
    if not any(flags.values()):
        return count
    return CountMention(**{**{f: getattr(count, f) for f in CountMention.__slots__}, **flags})


def _grievance(text: str, sentence_start: int, count: CountMention, rules: CountRules) -> bool:
    """A protest marker ("protested after", "to protest the death of") governs the figure: same sentence, no
    clause break between them; or a death before the event is named right before it."""
    pos = count.start
    before = text[max(sentence_start, pos - 80) : pos]
    if rules.grievance_before is not None and rules.grievance_before.search(before):
        return True  # "following the death of", "accused of killing" right before the figure
    if rules.grievance_clause is not None and count.rule.endswith(":after") and rules.grievance_clause.search(before):
        return True  # "after a rider was killed"
    markers = list(rules.grievance.finditer(text, sentence_start, pos))
    return bool(markers) and not re.search(r"[,;:.]", text[markers[-1].end() : pos])


def generic_victims(who: str | None) -> bool:
    """True when the victims' noun names no side ("people", "personnes", none at all): the figure is a whole toll."""
    if who is None:
        return True
    word = who.lower()
    return any(word in count_rules(language).generic_victims for language in ("en", "fr"))
