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
    with        "shot dead along with two bodyguards"              after a counted or killed victim in the
                                                                   sentence: more of the same kind

Deaths told without a figure ("Mob kills suspected robber", "He succumbed to his injuries", "Farmer killed in
Selea", "X along with his driver was shot dead", "resulting in casualties") are read by
`sitrep.extract.count_people`; an injured person who "later died of her injuries" counts as killed.

Figures that are not head counts are dropped before the cascade: dates and years, ages ("Pointeau, 24,"),
measures and times ("5,000-man force", "10 km", "5pm"). Each figure is then flagged from its context, so a
toll can be summed the way ACLED and UCDP do (see `sitrep.resolve.tolls`):

    cumulative  a running total ("since 2013", "depuis le début de l'année"): not one event's toll
    included    a breakdown of another figure ("17 killed, including 8 children", "dont 3 enfants", "(4 soldats"), or
                the same people told again ("two suspects, a man and a woman, were shot dead")
    additional  added to the figures before it ("three others were killed", "deux autres soldats")
    grievance   what a protest is about ("protested after a pedestrian was killed"), or a death before the event
                ("following the death of a student", "accused of killing three"): not a toll of this event
    revised     an updated toll ("the toll rose to six"): it replaces the figures given before it
    superseded  a figure an updated toll replaced ("the earlier figure of 12 dead", "initially said 53 people died")
    unconfirmed a figure its own clause says is not confirmed ("7 other deaths are feared but unconfirmed")
    claimed     the attack's claimant counting its own kills ("the group claimed to have killed 85 soldiers")
    events      how many attacks its clause says it was told for together ("tués dans ces deux attaques": 2)

A figure after "the" that repeats an earlier killed figure ("identified the three dead as ...") is flagged included:
the same dead told again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from sitrep.extract.attribution import attribution_rules
from sitrep.extract.count_people import OBJECT_AFTER_VERB, flag_counts, people_without_figures, told_again
from sitrep.extract.count_rules import (
    CountKindName,
    CountMention,
    CountRules,
    Figure,
    Qualifier,
    count_rules,
)
from sitrep.extract.dates import find_dates
from sitrep.extract.numbers import DataFileError, load_rules
from sitrep.extract.vocabulary import skip_space

__all__ = ["CountMention", "CountRules", "DataFileError", "Figure", "count_rules", "find_counts", "generic_victims",
           "load_rules", "read_figures"]

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
        following = rules.figure.match(text, skip_space(text, figure.end)) if figure and figure.article else None
        if following and not _not_a_head_count(text, following, rules):
            continue  # "a further 20 people": the article belongs to the figure after it
        if figure is not None:
            figures.append(_with_repeated_digits(text, figure))
    return figures


_REPEATED = re.compile(r"\s*\(\s*(\d+)\s*\)")


def _with_repeated_digits(text: str, figure: Figure) -> Figure:
    """A word figure repeated in digits ("sept (07) membres") ends after the digits."""
    m = _REPEATED.match(text, figure.end)
    if m is None or int(m.group(1)) != figure.low:
        return figure
    return Figure(figure.start, m.end(), figure.low, figure.high, figure.qualifier, figure.vague, figure.article)


def _not_a_head_count(text: str, m: re.Match[str], rules: CountRules) -> bool:
    after = text[m.end() : m.end() + 40]
    before = text[max(0, m.start() - 40) : m.start()]
    if rules.not_people.match(after):
        return True
    number = m.group("num") or ""
    if number.lower() in rules.pointing and rules.pointing_pair is not None and rules.pointing_pair.match(after):
        return True  # "both local and foreign fighters"
    if re.fullmatch(r"(?:1[89]|20)\d\d", number) and not re.match(r"\s+[a-zà-ÿ]", after):
        return True  # a year, unless a noun follows ("2000 people")
    if re.search(r"[A-Z][\w'’-]+,\s*$", before) and re.match(r"\s*,", after):
        return True  # an age in apposition: "Ronan Pointeau, 24, died"
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
        return True  # a figure in brackets is an age or a reference
    # "No one was killed" counts no one; "No. 5" is a reference
    return bool(re.search(r"\b(?:aged|age|âgée?s?\s+de|No\.?|n°|number|route|RN|article)\s*$", before, re.I))


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
        if m.group("num").lower() in rules.numbers.need_victims:  # "a man", "both men": the word's own value
            value = rules.numbers.value(m.group("num")) or 1
            return Figure(m.start(), m.end(), value, value, qualifier, False, article=True)
        value = rules.numbers.value(m.group("num"))
        return None if value is None else Figure(m.start(), m.end(), value, value, qualifier, False)
    groups = m.groupdict()
    i = next(int(k[1:]) for k, v in groups.items() if k.startswith("a") and k[1:].isdigit() and v)
    low, high = rules.numbers.value(groups[f"a{i}"]), rules.numbers.value(groups[f"b{i}"])
    if low is None or high is None or high < low:
        return None
    return Figure(m.start(), m.end(), low, high, qualifier, False)


def find_counts(text: str, language: str, doc: Doc | None = None) -> list[CountMention]:
    """Every figure of people killed/injured/missing/abducted/arrested in `text`, in text order; `doc`, the text's
    parse when the caller has it, finds victims the words in a row do not (`people_without_figures`)."""
    rules = count_rules(language)
    dates = [(d.start, d.end) for d in find_dates(text, None, language)]
    date_starts = [start for start, _ in dates]
    figures = read_figures(text, language, dates)
    found: dict[int, CountMention] = {}
    pending: list[tuple[Figure, list[_Prefix]]] = []  # uncounted figures joined by "and" to the next one
    previous: tuple[int, CountMention | None] | None = None
    asides: list[tuple[int, int]] = []  # breakdowns between a figure and its passive verb
    starts = [f.start for f in figures if not f.article]
    for fig in figures:
        if fig.article and _named_as_source(text, fig, language):  # "according to an officer, six soldiers ..."
            pending, previous = [], None
            continue
        limit = min((d for d in date_starts if d >= fig.end), default=len(text))
        prefixes = _victims(text, fig.end, limit, rules, fig.article)
        gap = text[previous[0] : fig.start] if previous is not None else ""
        # an uncounted figure's list may go on after its victims' group too: "One soldier from the army and four
        # members of the KIA were killed"
        joined = previous is not None and bool(rules.joiner.fullmatch(gap) or (
            previous[1] is None and pending and _people_told(pending[-1]) and rules.joiner_tail.fullmatch(gap)
            and _AND_BEFORE.search(gap)))
        if not joined:
            pending = []
        # a counted figure's list may go on after its victims' group: "five fighters of the NF and two civilians"
        listed = joined or (previous is not None and previous[1] is not None and bool(rules.joiner_tail.fullmatch(gap)))
        subject = _subject(text, fig, found, rules)
        apposition = told_again(text, fig, prefixes[-1].end, prefixes[-1].who, figures, rules)
        if apposition is not None:  # "killed two suspects, a man and a woman, in ...": the same two told again
            asides.append(apposition)
            # one more reading of the victims, up to the closing comma, where their verb may follow; the people of the
            # apposition are still counted, included, and still tell who the victims were
            prefixes = [*prefixes[:-1], _Prefix(apposition[1], prefixes[-1].who), prefixes[-1]]
        mention = _classify(text, fig, prefixes, rules, subject)
        if mention is None and subject:
            mention, breakdown = _passive(text, fig, prefixes, starts, rules)
            if breakdown is not None:
                asides.append(breakdown)
        if mention is None and listed and previous is not None and previous[1] is not None \
                and _shares_verb(previous[1]) and not _reports(text, fig, language) \
                and not _other_kind_within(text, fig, prefixes[-1], previous[1].kind, rules):
            mention = _mention(text, fig, previous[1].kind, "list", prefixes[-1])
        if mention is None:
            mention = _companions(text, fig, prefixes[-1], found, rules)
        if mention is not None:
            if mention.rule.endswith(":after"):
                for earlier, earlier_prefixes in pending:
                    found[earlier.start] = _mention(text, earlier, mention.kind, "list", earlier_prefixes[-1])
                asides.extend(_breakdown_before_verb(text, mention, rules))
            pending = []
            found[fig.start] = mention
        else:
            pending.append((fig, prefixes))
        aside = _ASIDE.match(text, prefixes[-1].end)  # "4 (confirmed) and 3 (suspected) killed"
        previous = (mention.end if mention else aside.end() if aside else prefixes[-1].end, mention)
    for start, count in list(found.items()):
        if count.kind == "injured" and rules.injured_died is not None and rules.injured_died.match(text, count.end):
            found[start] = replace(count, kind="killed", rule="count:killed:died")  # "injured ... later died"
        elif count.kind in ("abducted", "arrested") and rules.captives_killed is not None and (
                killing := rules.captives_killed.match(text, count.end)):
            found[killing.start()] = replace(count, start=killing.start(), end=killing.end(), text=killing.group(),
                                             kind="killed", rule="count:killed:captives")  # "... and killed them"
        elif count.kind == "killed" and rules.by_day is not None and (days := rules.by_day.match(text, count.end)):
            first = rules.numbers.value(days.group("first")) or count.low
            found[start] = replace(count, low=first, high=first)  # "five herders; one on 11/04, four on 12/04"
        elif count.kind == "killed" and rules.each_side is not None and rules.each_side.match(text, count.end):
            found[start] = replace(count, low=count.low * 2, high=count.high * 2, who=None)  # "one from each side"
    people_without_figures(text, found, figures, rules, doc)
    _parts_of_totals(text, found, figures, rules)
    for start, count in list(found.items()):
        if any(a <= start < b for a, b in asides):
            found[start] = replace(count, included=True)  # "seven people, including (...) and a girl, were killed"
    return flag_counts(text, sorted(found.values(), key=lambda c: c.start), rules)


PARTS_REACH = 2  # sentences after a toll's own that may tell its parts ("... killed five civilians. The attackers
# entered shortly before midnight. They shot dead three men and killed a woman and her son")


def _parts_of_totals(text: str, found: dict[int, CountMention], figures: list[Figure], rules: CountRules) -> None:
    """A figure followed, in its sentence or the next ones, by figures that add up to it exactly: the parts of that
    total ("killed six suspected thieves: three were beaten and three burnt to death", "Five people were killed. Gunmen
    shot dead three men and killed a woman and her son"). The parts are flagged included. A head figure no verb
    counted takes its parts' kind ("Quinze membres des FDS, onze militaires et quatre VDP, ont été tués").

    Parts follow the total with no other figure between; each is precise and of the total's kind (or counted as
    none), at least two of them (`_set_apart` says what may sit between the total and its first part). Figures told
    with "also" ("A soldier and a civilian were also killed") come on top of the total. A part keeps where its
    total starts (`part_of`): it is no part when it is told of another event than the total
    (`sitrep.extract.event_counts`)."""
    items: list[tuple[Figure, CountMention | None]] = [
        (Figure(c.start, c.end, c.low, c.high, c.qualifier, c.vague), c) for c in found.values()]
    items += [(fig, None) for fig in figures if not fig.article and not _names_no_people(text, fig, rules)
              and not any(c.start < fig.end and fig.start < c.end for c in found.values())]
    items.sort(key=lambda item: item[0].start)
    taken = 0
    for i, (total, mention) in enumerate(items):
        if total.start < taken or total.low < 2 or total.low != total.high or total.vague:
            continue
        _, end = rules.sentence_bounds(text, total.end)
        for _ in range(PARTS_REACH if mention is not None else 0):  # a counted toll's parts may follow it in later ones
            stop = rules.sentence_end.match(text, end)
            end = rules.sentence_bounds(text, stop.end())[1] if stop else end
        parts: list[tuple[Figure, CountMention | None]] = []
        for item in items[i + 1 :]:
            if item[0].start >= end or sum(f.low for f, _ in parts) >= total.low:
                break
            parts.append(item)
        kinds = {c.kind for c in [mention] + [c for _, c in parts] if c is not None}
        victims = _victims(text, total.end, end, rules)[-1]
        words_end = mention.end if mention is not None else victims.end
        if len(parts) < 2 or len(kinds) != 1 or sum(f.low for f, _ in parts) != total.low \
                or any(f.vague or f.low != f.high for f, _ in parts) \
                or not _parts_told_alike(text, parts, mention is None, kinds, rules) \
                or not _set_apart(text, words_end, parts[0][0].start, mention, mention.who if mention else victims.who,
                                  rules):
            continue
        last = parts[-1][1].end if parts[-1][1] is not None else parts[-1][0].end
        if rules.also_told is not None and rules.also_told.search(text, last, rules.sentence_bounds(text, last)[1]):
            continue
        (kind,) = kinds
        if mention is None:
            found[total.start] = _mention(text, total, kind, "total", victims)
        for _, part in parts:
            if part is not None:
                found[part.start] = replace(part, included=True, part_of=total.start)
        taken = parts[-1][0].end


def _parts_told_alike(text: str, parts: list[tuple[Figure, CountMention | None]], head: bool,
                      kinds: set[CountKindName], rules: CountRules) -> bool:
    """No uncounted part names another kind ("attacked two men, one death, one injury"); under a head figure no verb
    counted, the last part is counted and each uncounted one is listed with the next ("onze militaires et quatre VDP,
    ont été tués"; not "carrying seven rangers, killing one of them and injuring the other six")."""
    for i, (fig, part) in enumerate(parts):
        if part is not None:
            continue
        if any(rx.match(text, fig.end) for kind, rx in rules.nouns.items() if kind not in kinds):
            return False
        if head and (i == len(parts) - 1 or not rules.joiner.fullmatch(
                text, _victims(text, fig.end, parts[i + 1][0].start, rules)[-1].end, parts[i + 1][0].start)):
            return False
    return True


def _set_apart(text: str, start: int, end: int, total: CountMention | None, who: str | None, rules: CountRules) -> bool:
    """What sits between a total's words (`start`) and its first part (`end`) sets the parts apart from it: a
    sentence end (after a counted toll), a colon, dash or bracket, or a comma after more words than the figure's
    own ("were killed on Monday, three beaten to death and three burnt"). A comma right after the figure's words
    lists one more victim ("Two police officers, one civil servant and one resident were killed"), unless the
    figure names no side, as a head does ("Four people, two soldiers and two civilians, were killed"); "and" lists
    one ("Two militants and a soldier were killed")."""
    gap = text[start:end]
    if rules.sentence_end.search(gap):
        return total is not None and not (rules.also_told is not None and rules.also_told.search(gap))
    if re.search(r"[:(–—]|\s-\s", gap):
        return True
    if "," not in gap:
        return False
    return generic_victims(who) or bool(re.search(r"[^\W\d_]", re.sub(r"\b(?:and|et)\b", "", gap)))


_AND_BEFORE = re.compile(r"\s(?:and|et)\s+(?:[\w'’]+\s+)?$", re.I)


def _people_told(uncounted: tuple[Figure, list[_Prefix]]) -> bool:
    """An uncounted figure that is a number of people: a precise number, not an article ("an exchange of fire"), with a
    noun after it."""
    fig, prefixes = uncounted
    return not (fig.article or fig.vague) and prefixes[-1].who is not None


def _names_no_people(text: str, fig: Figure, rules: CountRules) -> bool:
    """The words after an uncounted figure name an event or a thing, not people ("2 attacks", "3 villages")."""
    words = rules.np.match(text, fig.end)
    first = rules.np_word.match(text, words.start("np")) if words else None
    return first is not None and first.group().lower() in rules.not_victims | rules.event_nouns


def _passive(
    text: str, fig: Figure, prefixes: list[_Prefix], starts: list[int], rules: CountRules
) -> tuple[CountMention | None, tuple[int, int] | None]:
    """Victims told at length before a passive casualty verb: "Two Central Reserve Police Force (CRPF) personnel
    were killed" (see `passive_aux` and `gap_stop` in the data file); with the span of a breakdown between them
    ("including ...") when there is one."""
    victims = prefixes[-1]
    if rules.passive_aux is None or victims.who is None:
        return None, None
    # the next figure ends the reach, unless it is told in what the victims are blamed for ("a student suspected of
    # joining a raid that killed six was stoned to death": six is that raid's)
    blamed = rules.passive_blame.match(text, victims.end) if rules.passive_blame is not None else None
    stop = min((s for s in starts if s > max(fig.start, blamed.end() if blamed else 0)), default=len(text))
    reach, gap_stop = rules.passive_gap_max, rules.gap_stop
    breakdown = bool(_BREAKDOWN.match(text, victims.end))
    if breakdown:
        # "Eight people, including a colonel, two inspectors and a child, were killed": a breakdown aside, which may
        # be long and list victims with "and a"
        stop, reach, gap_stop = len(text), 2 * reach, _SENTENCE_BREAK
    end = min(stop, victims.end + reach)
    for aux in rules.passive_aux.finditer(text, victims.end, end):
        blame = rules.passive_blame.match(text, victims.end, aux.start()) if rules.passive_blame is not None else None
        gap = text[blame.end() if blame else victims.end : aux.start()]  # "Three men suspected of killing a farmer"
        if gap_stop is not None and gap_stop.search(gap):
            return None, None
        for kind, rx in rules.after.items():
            m = rx.match(text, aux.start())
            if m and not rules.object_follows(text, m.end()):
                if _casualties(text, m, kind, rules):
                    return None, None
                aside = (victims.end, aux.start()) if breakdown else None
                return _mention(text, fig, kind, "passive", victims), aside
    return None, None


def _breakdown_before_verb(text: str, mention: CountMention, rules: CountRules) -> list[tuple[int, int]]:
    """The breakdown between a toll and its verb ("Twenty people, including 8 soldiers and 8 civilians, were killed"):
    its figures are parts of the toll even where they read as subjects of the verb."""
    breakdown = _BREAKDOWN.match(text, mention.end)
    if breakdown is None or text[mention.end : breakdown.start(1)].strip() != ",":
        return []
    verb = rules.after[mention.kind]
    ends = [p for p in _after_positions(text, mention.end, True, rules) if p > breakdown.end() and verb.match(text, p)]
    return [(mention.end, ends[0])] if ends else []


def _companions(
    text: str, fig: Figure, victims: _Prefix, found: dict[int, CountMention], rules: CountRules
) -> CountMention | None:
    """Victims told after a counted or killed one in its sentence, on top of it: "was shot dead along with two
    bodyguards" (the kind of the victim before; killed after a killing verb with no figure: "the commander was killed
    along with 4 others")."""
    before = text[max(0, fig.start - 40) : fig.start]
    if fig.article or rules.companion_figure is None or not rules.companion_figure.search(before):
        return None  # "along with another man": one companion, read with the victim before it (count_people)
    start, _ = rules.sentence_bounds(text, fig.start)
    earlier = [c for c in found.values() if start <= c.start < fig.start]
    if earlier:
        return replace(_mention(text, fig, earlier[-1].kind, "with", victims), additional=True)
    killing = rules.companion_verbs is not None and rules.companion_verbs.search(text, start, fig.start)
    return replace(_mention(text, fig, "killed", "with", victims), additional=True) if killing else None


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SAID_TO = re.compile(r"\s+to\s+(?:be|have)\b", re.I)  # "a man said to be a trader": not a reporting verb


def _other_kind_within(text: str, fig: Figure, victims: _Prefix, kind: CountKindName, rules: CountRules) -> bool:
    """ "One fighter is dead and a second wounded": the figure's words (its victims' noun phrase, even one naming no
    victims) hold another kind's verb, so it does not share the kind of the figure listed before it; nor when that
    verb follows a breakdown ("killed and 25 others, including three with bullet wounds, were injured")."""
    words = rules.np.match(text, fig.end)
    end = max(victims.end, words.end() if words else fig.end)
    return any(other != kind and (rx.search(text, fig.end, end)
                                  or any(rx.match(text, pos) for pos in _past_breakdown(text, victims.end)))
               for other, rx in rules.after.items())


def _named_as_source(text: str, fig: Figure, language: str) -> bool:
    """ "according to an officer", "selon un responsable", "citing a witness": the one a toll comes from."""
    window = text[max(0, fig.start - 30) : fig.start]
    return any(m.end() == len(window) for rx in attribution_rules(language).forward for m in rx.finditer(window))


def _reports(text: str, fig: Figure, language: str) -> bool:
    """The figure's people speak: "killing five villagers, a local official said", "..., two witnesses told
    AFP", "..., a committee of doctors linked to the protest movement said": the source of the toll, not one more
    of its victims (up to ten words, then a reporting verb, not "said to be")."""
    verbs = attribution_rules(language).verbs
    for n, word in enumerate(_WORD.finditer(text, fig.end, min(len(text), fig.end + 90))):
        if n > 9 or any(c in text[fig.end : word.start()] for c in ",;.()"):
            return False
        verb = verbs.match(text, word.start())
        if verb and not _SAID_TO.match(text, verb.end()):
            return True
        if word.group().lower() in ("and", "who", "et", "qui", "dont"):
            return False
    return False


def _shares_verb(counted: CountMention | None) -> bool:
    """A figure joined to this one by "and" shares its verb ("killed 53 soldiers and one civilian"); a
    casualty noun belongs to its own figure only ("20 morts et deux millions de déplacés")."""
    return counted is not None and not counted.rule.endswith(":noun")


@dataclass(frozen=True, slots=True)
class _Prefix:
    """The first words of the noun phrase after a figure: where they end and their head noun."""

    end: int
    who: str | None


def _victims(text: str, pos: int, limit: int, rules: CountRules, article: bool = False) -> list[_Prefix]:
    """Each reading of the noun phrase after a figure, shortest first ("49 Malian troops": "", "Malian",
    "Malian troops"); a reading whose head names no victims ("attack", "other") is left out."""
    prefixes = [_Prefix(pos, None)]
    m = rules.np.match(text, pos, limit)
    if m is None:
        return prefixes
    if _OF_THEM.search(text, pos, m.start("np")):
        prefixes.append(_Prefix(m.start("np"), None))  # "1 of whom died", "three of them were found dead"
    elif _OTHERS.search(text, pos, m.start("np")):
        prefixes.append(_Prefix(m.start("np"), None))  # "five others were arrested"
    words: list[str] = []
    head: str | None = None
    for word in rules.np_word.finditer(text, m.start("np"), m.end("np")):
        words.append(word.group())
        if rules.head_first:
            head = words[0]
        elif len(words) == 1 or not word.group().lower().endswith(("ed", "ing")):
            # "five militants believed to ...", "four officers guarding it": a participle after the noun is not its head
            head = words[-1]
        if head is not None and head.lower() not in rules.not_victims:
            prefixes.append(_Prefix(word.end(), head))
    if article and head is not None and head.lower() in rules.event_nouns:
        return prefixes[:1]  # "a retaliatory attack": the article's words name the event, not victims
    return prefixes


def _classify(
    text: str, fig: Figure, prefixes: list[_Prefix], rules: CountRules, subject: bool = True
) -> CountMention | None:
    """The cascade for one figure: noun, after, before, toll (see the module docstring); `subject`: whether the
    figure may be a verb's subject (`_subject`)."""
    if fig.article:  # "a" counts one person only when a victim noun follows: "a man was killed"
        prefixes = [p for p in prefixes if p.who is not None]
        if not prefixes:
            return None
    # "a death", "an injury": an English article is a figure only with victims ("a man was killed")
    nouns = {} if text[fig.start : fig.end].lower() in rules.numbers.articles else rules.nouns
    for kind, rx in nouns.items():
        m = rx.match(text, fig.end)
        if m and not re.match(r"[\w'’]", text[m.end() : m.end() + 1]):
            if _casualties(text, m, kind, rules):
                return None
            return _mention(text, fig, kind, "noun", _Prefix(m.end(), None))
    for prefix in prefixes if subject else ():
        for pos in _after_positions(text, prefix.end, prefix.who is not None, rules):
            for kind, rx in rules.after.items():
                m = rx.match(text, pos)
                if m and not rules.object_follows(text, m.end()) and not _active(text, m):
                    if _casualties(text, m, kind, rules):
                        return None
                    return _mention(text, fig, kind, "after", prefix)
    window = text[max(0, fig.start - 60) : fig.start]
    for kind, rx in rules.before.items():
        verb = rx.search(window)
        if verb and not re.search(r"\b(?:the|les|des|aux)\s+$", window[: verb.start()], re.I):  # "the injured"
            if rules.not_done(text, fig.start - len(window) + verb.start()) or rules.wounds_only(
                text, verb.group().split()[0], fig.end
            ):
                return None
            return _mention(text, fig, kind, "before", prefixes[-1])
    # a toll phrase may name the attacks it counts at length: "the death toll from Saturday night's attacks on
    # villages in Bokkos has risen to 53"
    start, _ = rules.sentence_bounds(text, fig.start)
    if rules.toll is not None and not fig.article and rules.toll.search(text[max(start, fig.start - 200) : fig.start]):
        return _mention(text, fig, "killed", "toll", prefixes[-1])
    return None


def _casualties(text: str, verb: re.Match[str], kind: CountKindName, rules: CountRules) -> bool:
    """ "40 people had been killed or wounded", "40 dead or injured": the figure counts the dead and the wounded
    together (`casualties_after` in the data file), so it is no death toll, and no count of the wounded either."""
    together = rules.casualties_after
    return kind == "killed" and together is not None and together.match(text, verb.end()) is not None


def _after_positions(text: str, np_end: int, victims: bool, rules: CountRules) -> list[int]:
    """Where a verb may follow the victims: right after them, or after a short place phrase ("in Menaka")."""
    positions = [np_end]
    tail = rules.tail.match(text, np_end) if victims else None
    # not when the place phrase holds a figure of its own: "A roadside IED results in two soldiers killed"
    if tail and not re.search(r"\d|\b(?:that|which|who|qui|que)\b|^(?:a|an|another)\b", tail.group("words"), re.I) \
            and not any(f.group("num") for f in rules.figure.finditer(tail.group("words"))):
        positions.extend(w.end() for w in rules.np_word.finditer(text, tail.start("words"), tail.end()))
    aside = _ASIDE.match(text, np_end)
    if aside:
        positions.append(aside.end())  # "three herders (out of a group of seven) were killed", "20 (some say 30) died"
    if victims:
        positions.extend(_past_breakdown(text, np_end))
    companion = _WITH.match(text, np_end) if victims else None
    if companion:  # "four soldiers as well as their commander were killed": the companion is read by count_people
        positions.extend(w.end() for w in rules.np_word.finditer(text, companion.end(), companion.end() + 40))
    return positions


def _past_breakdown(text: str, np_end: int) -> list[int]:
    """ "trente personnes, dont une vingtaine de soldats, ont été tuées": where the verb may follow the breakdown's
    commas; none when no breakdown follows the victims."""
    breakdown = _BREAKDOWN.match(text, np_end)
    if not breakdown or text[np_end:breakdown.start(1)].strip() != ",":
        return []
    end = _SENTENCE_BREAK.search(text, breakdown.end(), breakdown.end() + 160)
    return [c.end() for c in _COMMA.finditer(text, breakdown.end(), end.start() if end else breakdown.end() + 160)]


# a preposition, or a participle that takes an object ("five policemen escorting a bus")
_PREPOSITION = re.compile(
    r"\b(?:from|of|in|at|with|by|for|on|to|de|du|des|à|au|aux|dans|avec|par|pour"
    r"|(?!(?:including|following|during|according|regarding|concerning|excluding)\b)[^\W\d_]+ing)\s+$", re.I)


def _subject(text: str, fig: Figure, found: dict[int, CountMention], rules: CountRules) -> bool:
    """Whether the figure may be a verb's subject: not "a" after a preposition or a participle inside the victims'
    words of a figure counted before it in the sentence ("two children from a Dalit family were killed", "five
    policemen escorting a passenger bus have been killed")."""
    if not (fig.article and _PREPOSITION.search(text, max(0, fig.start - 20), fig.start)):
        return True
    start, _ = rules.sentence_bounds(text, fig.start)
    return not any(start <= c.start < fig.start for c in found.values())


_BREAKDOWN = re.compile(r"\s*,?\s*(including|among\s+them|among\s+whom|dont|y\s+compris|notamment)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.;:!?\n]\s")
_COMMA = re.compile(r",\s*")
_OF_THEM = re.compile(r"\b(?:them|whom)\s*$", re.I)
_OTHERS = re.compile(r"\b(?:others|autres)\s*$", re.I)
_ASIDE = re.compile(r"\s*\([^()\n]{1,160}\)")
_WITH = re.compile(r"\s*,?\s+(?:as\s+well\s+as|along\s+with|together\s+with|ainsi\s+que)\s+"
                   r"(?:(?:his|her|their|its|the|son|sa|ses|leur|leurs)\s+)?", re.I)


_PASSIVE_MARK = re.compile(r"\b(?:were|was|been|are|is|got|ont|a|sont|est|été)\b|\bto\s+death\b", re.I)
_INTRANSITIVE = re.compile(r"(?:die[sd]?|dead|perished|succumbed|lives?|life|death|mort[es]?|p[ée]ri)\s*$", re.I)


def _active(text: str, verb: re.Match[str]) -> bool:
    """The verb after the figure takes an object with no auxiliary before it ("three militants executed the
    operation"): the figure did the killing."""
    words = verb.group()
    passive_or_intransitive = _PASSIVE_MARK.search(words) or _INTRANSITIVE.search(words)
    return not passive_or_intransitive and bool(OBJECT_AFTER_VERB.match(text, verb.end()))


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


def generic_victims(who: str | None) -> bool:
    """True when the victims' noun names no side ("people", "personnes", none at all): the figure is a whole toll."""
    if who is None:
        return True
    word = who.lower()
    return any(word in count_rules(language).generic_victims for language in ("en", "fr"))
