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

A killing verb before one person named without a figure ("Mob kills suspected robber", "killed the village
chief") counts one (rule `count:killed:bare`; the singular nouns are listed in the data file). A text with no
killed figure that says casualties happened ("resulting in casualties", "casualties
reported") gets one vague killed count of 10 (rule `count:killed:unquantified`), ACLED's "plural fatalities".

Figures that are not head counts are dropped before the cascade: dates and years, ages ("Pointeau, 24,"),
measures and times ("5,000-man force", "10 km", "5pm"). Each figure is then flagged from its context, so a
toll can be summed the way ACLED and UCDP do (see `sitrep.resolve.tolls`):

    cumulative  a running total ("since 2013", "depuis le début de l'année"): not one event's toll
    included    a breakdown of another figure ("17 killed, including 8 children", "dont 3 enfants", "(4 soldats")
    additional  added to the figures before it ("three others were killed", "deux autres soldats")
    grievance   what a protest is about ("protested after a pedestrian was killed"): not a toll of the protest
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from sitrep.extract.dates import find_dates

CountKindName = Literal["killed", "injured", "missing", "abducted", "arrested"]
Qualifier = Literal["at least", "more than", "about"]

_KINDS: tuple[CountKindName, ...] = ("killed", "injured", "missing", "abducted", "arrested")
DATA_DIR = Path(__file__).parent / "data"


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


class DataFileError(ValueError):
    """A rules file under extract/data is missing a key or has a bad pattern."""


def load_rules(name: str) -> dict[str, Any]:
    """Read one of this package's YAML rule files, naming the file in any error."""
    resource = DATA_DIR / name
    try:
        loaded = yaml.safe_load(resource.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{resource}: cannot read rules: {exc}") from exc
    if not isinstance(loaded, dict):
        raise DataFileError(f"{resource}: expected a mapping at the top level")
    return loaded


def _alternation(words: object) -> str:
    """A regex alternation of literal words, longest first so "quatre-vingts" wins over "quatre"."""
    return "|".join(re.escape(w) for w in sorted(map(str, words), key=len, reverse=True))


class NumberReader:
    """Number words and digit groups of one language: finds them and reads their value."""

    def __init__(self, rules: dict[str, Any], source: str) -> None:
        try:
            self.units: dict[str, int] = {str(k).lower(): int(v) for k, v in rules["units"].items()}
            self.tens: dict[str, int] = {str(k).lower(): int(v) for k, v in rules["tens"].items()}
            self.multipliers: dict[str, int] = {str(k).lower(): int(v) for k, v in rules["multipliers"].items()}
            self.joiners: set[str] = {str(w).lower() for w in rules["joiners"]}
            articles = {str(w).lower() for w in rules.get("article_units") or []}
            self.articles = articles
            self.need_victims = articles | {str(w).lower() for w in rules.get("lone_units_need_victims") or []}
            separator = str(rules.get("thousands_separator", ",| |\u00a0|\u202f"))
        except (KeyError, AttributeError, TypeError, ValueError) as exc:
            raise DataFileError(f"{source}: bad number vocabulary: {exc!r}") from exc
        parts = {w for w in (*self.units, *self.tens, *self.multipliers) if w not in articles}
        vocabulary = {*self.units, *self.tens, *self.multipliers, *self.joiners}
        self._token = re.compile(rf"(?<![^\s-])(?:{_alternation(vocabulary)})(?![^\s-])")
        part = rf"(?:{_alternation(parts)})"
        # "and"/"et" joins only after a ten or a multiplier: "vingt et un", "one hundred and twenty", but
        # "three and four" stays two figures
        tens = _alternation({*self.tens, *self.multipliers})
        joined = rf"(?:{tens})(?:[\s-]+(?:{_alternation(self.joiners)})[\s-]+{part})?"
        segment = rf"(?:{joined}|{part})"
        lead = rf"(?:{_alternation(articles)})\s+(?:{_alternation(self.multipliers)})" if articles else segment
        words = rf"(?:{lead}|{segment})(?:(?:\s+|-){segment})*"
        digits = rf"\d{{1,3}}(?:(?:{separator})\d{{3}})+(?![\d,]\d)|\d+"
        self.pattern = rf"(?:{digits}|{words})"

    def value(self, words: str) -> int | None:
        """The value of a number as written ("1,200", "forty-nine", "vingt et un"), or None if malformed."""
        cleaned = words.strip().lower()
        digits = re.sub(r"[,\s\u00a0\u202f.]", "", cleaned)
        if digits.isdigit():
            return int(digits)
        tokens = self._token.findall(cleaned)  # whole vocabulary entries first: "quatre-vingt" is one part
        if re.sub(r"[\s-]+", "", self._token.sub("", cleaned)):
            return None
        total, current, previous = 0, 0, ""
        for token in tokens:
            if token in self.joiners:
                if previous not in self.tens and previous not in self.multipliers:
                    return None  # "two and three" is two figures, not one
            elif token in self.multipliers:
                factor = self.multipliers[token]
                current = max(current, 1) * factor
                if factor >= 1000:
                    total, current = total + current, 0
            elif token in self.units or token in self.tens:
                current += self.units.get(token, 0) + self.tens.get(token, 0)
            else:
                return None
            previous = token
        return total + current


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
            articles = f"|(?P<article>{_alternation(self.numbers.articles)})" if self.numbers.articles else ""
            ranges = "|".join(
                p.format(n1=f"(?P<a{i}>{num})", n2=f"(?P<b{i}>{num})", d1=rf"(?P<a{i}>\d+)", d2=rf"(?P<b{i}>\d+)")
                for i, p in enumerate(rules["range_patterns"])
            )
            self.figure = re.compile(
                rf"(?<![\w.,/'’])(?<!\w-)(?:(?P<qual>{qual})\s+)?"
                rf"(?:(?P<range>{ranges})|(?P<vague>{vague})|(?P<num>{num}){articles})(?![\w/]|[.,]\d)",
                re.I,
            )
            stops = rf"(?:{_alternation(rules['np_stop'])})"
            # "13-year-old" describes the victim; an acronym is a name even when it spells a stop word ("IS")
            word = rf"(?:(?-i:[A-Z]{{2,}})(?![\w'’\-])|(?!{stops}\b)(?:\d+-)?[^\W\d_][\w'’\-]*)"
            # the victims' words stay on the figure's line: a headline break ends them
            self.np = re.compile(
                rf"[\"”»]?(?:[^\S\n]+(?:of|de|d['’])[^\S\n]*(?:the[^\S\n]+)?)?(?:[^\S\n]+(?:autres|other))?"
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
            self.generic_victims = {str(w).lower() for w in rules["generic_victims"]}
            self.after: dict[CountKindName, re.Pattern[str]] = {}
            self.before: dict[CountKindName, re.Pattern[str]] = {}
            self.nouns: dict[CountKindName, re.Pattern[str]] = {}
            self.toll: re.Pattern[str] | None = None
            for kind in _KINDS:
                spec = rules["kinds"].get(kind) or {}
                if "after" in spec:
                    self.after[kind] = re.compile(rf"\s*(?:{spec['after']})\b", re.I)
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
                    rf"\b(?:{bare['verbs']})\s+(?:(?!(?:{bare['not_between']})\b)[^\W\d][\w'’\-]*\s+){{0,3}}?"
                    rf"(?P<head>{_alternation(bare['victims'])})\b(?!['’\-])",
                    re.I,
                )
                if bare else None
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
    for fig in figures:
        limit = min((d for d in date_starts if d >= fig.end), default=len(text))
        prefixes = _victims(text, fig.end, limit, rules)
        joined = previous is not None and bool(rules.joiner.fullmatch(text[previous[0] : fig.start]))
        if not joined:
            pending = []
        mention = _classify(text, fig, prefixes, rules)
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
        if not any(c.start < m.end() and m.start() < c.end for c in found.values()):
            start = m.start("head")
            found[start] = CountMention(start, m.end(), m.group("head"), "killed", 1, 1, m.group("head"), None, False,
                                        "count:killed:bare")
    plural = rules.unquantified.search(text) if rules.unquantified is not None else None
    if plural is not None and not any(c.kind == "killed" for c in found.values()):
        found[plural.start()] = CountMention(plural.start(), plural.end(), plural.group(), "killed", 10, 10, None,
                                             None, True, "count:killed:unquantified")
    ordered = sorted(found.values(), key=lambda c: c.start)
    return [_with_context(text, c, ordered, rules) for c in ordered]


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
                if m and not _object_follows(text, m.end(), rules):
                    return _mention(text, fig, kind, "after", prefix)
    window = text[max(0, fig.start - 60) : fig.start]
    for kind, rx in rules.before.items():
        verb = rx.search(window)
        if verb and not re.search(r"\b(?:the|les|des|aux)\s+$", window[: verb.start()], re.I):  # "the injured"
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
        "grievance": _grievance(text, sentence_start, count.start, rules),
    }
    if not any(flags.values()):
        return count
    return CountMention(**{**{f: getattr(count, f) for f in CountMention.__slots__}, **flags})


def _grievance(text: str, sentence_start: int, pos: int, rules: CountRules) -> bool:
    """A protest marker ("protested after", "to protest the death of") governs the figure: same sentence, no
    clause break between them."""
    markers = list(rules.grievance.finditer(text, sentence_start, pos))
    return bool(markers) and not re.search(r"[,;:.]", text[markers[-1].end() : pos])


def generic_victims(who: str | None) -> bool:
    """True when the victims' noun names no side ("people", "personnes", none at all): the figure is a whole toll."""
    if who is None:
        return True
    word = who.lower()
    return any(word in count_rules(language).generic_victims for language in ("en", "fr"))
