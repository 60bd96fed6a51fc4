"""Deaths told without a figure, and what a figure's context says about it (for `sitrep.extract.counts`).

People without a figure, each killed 1 unless said otherwise (words in `data/numbers_<language>.yaml`):

    bare            "Mob kills suspected robber", "shot the driver dead"            a killing verb, then one person
    died            "He succumbed to his injuries", "The driver later died"         one person dying in a clause
    victim          "Farmer killed in Selea", "but her driver was killed"          one person opening a clause
                    "Former gang member was killed", "A guard of the bank      the subject the parse gives a
                    that ... was stoned to death"                              passive casualty verb, when the
                                                                               text gives no killed figure at all
    companion       "X, along with his driver, was shot dead"                       one more death (two when no
                    "was killed with his wife and son"                              figure counts the person), and
                                                                                    one for each more companion
    one-died        "Murad, 20, succumbed to his injuries", "died on the spot",    one death, when the text gives
                    "attacked a man, killed him", "Peter Omondi was found dead"    no killed figure at all
    bodies          "Two men were abducted. Their bodies were found"                the figure told before (2 if none)
    unquantified    "resulting in casualties"                                       ACLED's plural fatalities: 10

A killed count of one person is taken back when the text says that person lived ("... before he is rescued by
police", "The couple survived", "No fatalities reported").

The context flags of each figure (cumulative, included, additional, grievance, revised, superseded, unconfirmed) are
described in `sitrep.extract.counts`; an ACLED note's "(coded separately)" flags the figure told last before it as
another event's toll (`elsewhere`); a figure after "the" that repeats an earlier killed figure ("identified the three
dead as ...") is the same dead told again and is flagged included, as is "Both men were killed" after a killed figure of
two, and an apposition between commas after a figure's victims (`told_again`: "killed two suspects, a man and a woman,
in ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from sitrep.extract.attribution import attribution_rules
from sitrep.extract.count_rules import CountMention, CountRules, Figure
from sitrep.extract.dep_labels import PASSIVE_AUX, PASSIVE_SUBJECTS
from sitrep.extract.vocabulary import skip_space

# A determiner or object pronoun right after a verb: the verb takes an object ("Gunman killed the two" is not one
# gunman killed).
OBJECT_AFTER_VERB = re.compile(r"\s+(?:the|a|an|his|her|their|its|him|them|le|la|les|un|une|des)\b", re.I)
_PLURAL_VERB = re.compile(r"\s+(?:were|have\s+been|had\s+been|are|ont|sont)\b", re.I)
# the plural verb of a subject that ends on a companion, maybe after the companion's "of" phrase ("and the driver of
# their truck were killed", "et le chauffeur du camion ont été tués")
_PLURAL_VERB_AFTER = re.compile(
    rf"(?:\s+(?:of|du|des|de|d['’])(?:\s*[\w'’()-]+){{1,4}}?)?{_PLURAL_VERB.pattern}", re.I)
# what may follow a companion in the object of the killing verb: the sentence's end or a phrase of place, time or
# owner, not a verb of the companion's own
_NO_VERB_OF_ITS_OWN = re.compile(
    r"\s*(?:[.,;:)]|$|(?:of|in|at|on|near|during|when|as|after|while|before|du|des|de|d['’]|à|au|aux|près|lors|"
    r"quand|alors|dans|en)\b)", re.I)


def people_without_figures(
    text: str, found: dict[int, CountMention], figures: list[Figure], rules: CountRules, doc: Doc | None = None
) -> None:
    """Add to `found` (keyed by start) the deaths told without a figure; none overlaps a counted figure. `doc`, the
    text's parse when the caller has it, gives the subjects of passive casualty verbs (`_passive_victim`)."""

    def free(start: int, end: int) -> bool:
        return not any(c.start < end and start < c.end for c in found.values())

    for m in rules.bare.finditer(text) if rules.bare is not None else ():
        if not rules.not_done(text, m.start()) and free(m.start(), m.end()) \
                and not rules.wounds_only(text, m.group().split()[0], m.end()):
            start = m.start("head")
            found[start] = CountMention(start, m.end(), m.group("head"), "killed", 1, 1, m.group("head"), None, False,
                                        "count:killed:bare")
    for m in rules.died_later.finditer(text) if rules.died_later is not None else ():
        if free(m.start(), m.end()):
            earlier = [c for c in found.values() if c.start < m.start()]
            found[m.start()] = CountMention(m.start(), m.end(), m.group("head"), "killed", 1, 1, m.group("head"), None,
                                            False, "count:killed:died",
                                            additional={"killed", "injured"} <= {c.kind for c in earlier}
                                            or _someone_else(m.group("head"), earlier, rules))
    for m in rules.victim_killed.finditer(text) if rules.victim_killed is not None else ():
        if (free(m.start(), m.end()) and not any(m.start() <= f.start < m.end() for f in figures)
                and not rules.object_follows(text, m.end()) and not OBJECT_AFTER_VERB.match(text, m.end())):
            found[m.start()] = CountMention(m.start(), m.end(), m.group(), "killed", 1, 1, m.group("head"), None,
                                            False, "count:killed:victim")
    _companions(text, found, rules)
    _self_killed(text, found, figures, rules)
    _bodies_found(text, found, rules)
    one = rules.one_died.search(text) if rules.one_died is not None else None
    tolls = [c for c in found.values() if c.kind == "killed" and not rules.cumulative.search(
        text, *rules.sentence_bounds(text, c.start))]  # "the toll in the ongoing blockade rose to nine" is not one
    if one is not None and not tolls and free(one.start(), one.end()):
        # "Murad, 20, of Jessore succumbed to his injuries": one death told with no figure and no victim noun
        found[one.start()] = CountMention(one.start(), one.end(), one.group(), "killed", 1, 1, None, None, False,
                                          "count:killed:one-died")
    if doc is not None and not any(c.kind == "killed" for c in found.values()):
        _passive_victim(text, doc, found, rules)
    plural = rules.unquantified.search(text) if rules.unquantified is not None else None
    if plural is not None and not any(c.kind == "killed" for c in found.values()):
        found[plural.start()] = CountMention(plural.start(), plural.end(), plural.group(), "killed", 10, 10, None,
                                             None, True, "count:killed:unquantified")
    _survivors(text, found, rules)


_NOT_SO = {"not", "never", "could", "would", "might", "may", "will", "shall", "should", "must", "can"}


def _passive_victim(text: str, doc: Doc, found: dict[int, CountMention], rules: CountRules) -> None:
    """ "Former gang member was killed after leaving the gang", "A guard of the bank that was robbed last year was
    stoned to death", "It was later learned the driver was beheaded": the parse finds the subject of a passive
    casualty verb (`passive_killed` in the data file) that the readers of words in a row miss when modifiers, a
    relative clause, quotes or a reporting verb stand around it. A victim noun (`bare` victims) is one death, a
    subject with its own figure that many ('Five "thugs" are lynched', not "five vehicles": `not_people`); not a
    plural with none ("civilians were killed": how many is not told), nor a verb told as not done ("was not
    killed", "could be killed", "tried to be killed"). The first such subject only: the caller asks only when the
    text gives no killed figure at all, as for `one_died` (beside a figure, an uncounted person may be one of its
    dead)."""
    if rules.passive_killed is None:
        return
    for verb in doc:
        if verb.dep_ in PASSIVE_AUX or not rules.passive_killed.match(text, verb.idx):
            continue
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ in PASSIVE_SUBJECTS), None)
        figure = next((c for c in subject.children if c.dep_ == "nummod"), None) if subject is not None else None
        n = rules.numbers.value(figure.text) if figure is not None else 1
        start = figure.idx if figure is not None else subject.idx if subject is not None else 0
        end = subject.idx + len(subject) if subject is not None else 0
        if (subject is None or n is None or not any(c.dep_ in PASSIVE_AUX for c in children)
                or figure is not None and rules.not_people.match(text, figure.idx + len(figure))
                or figure is None and (subject.tag_ != "NN" or subject.lemma_.lower() not in rules.victim_nouns)
                or any(c.dep_ == "neg" or c.lower_ in _NOT_SO for c in children)
                or text[start:end] != doc.text[start:end]  # blanked out by the caller
                or rules.not_done(text, verb.idx)
                or any(c.start < end and start < c.end for c in found.values())):
            continue
        found[start] = CountMention(start, end, text[start:end], "killed", n, n, subject.text, None, False,
                                    "count:killed:after" if figure is not None else "count:killed:victim")
        return


_ANYONE = {"man", "men", "woman", "women", "he", "she"}  # may name any of the dead told before


def _someone_else(head: str, earlier: list[CountMention], rules: CountRules) -> bool:
    """ "A mob burnt a suspect's house, killing his two daughters. Days later the suspect died of his burns": the one
    who died is none of the dead told before (their nouns name other people), so one more death."""
    noun = head.split()[-1].lower()
    killed = [c for c in earlier if c.kind == "killed"]
    names = {(c.who or "").lower().removesuffix("s") for c in killed}
    return bool(killed) and noun not in _ANYONE and noun not in rules.generic_victims and noun.removesuffix("s") \
        not in names and not names & ({""} | _ANYONE | rules.generic_victims)


def _survivors(text: str, found: dict[int, CountMention], rules: CountRules) -> None:
    """ "A suspected thief is lynched by a mob ... before he is rescued by police", "The couple survived", "No
    fatalities reported": the one person told killed before it lived (`survived` in the data file). The cue takes
    back a killed count of one person: one it names by a pronoun, by a word of `survivor_heads` or by the count's
    own victim noun; "no fatalities reported", any such count of its paragraph."""
    for m in rules.survived.finditer(text) if rules.survived is not None else ():
        head = (m.groupdict().get("head") or m.groupdict().get("head2") or "").lower()
        for start, count in list(found.items()):
            if count.kind != "killed" or count.start >= m.start() or count.low != 1 or count.high != 1 or count.vague:
                continue
            if not head and "\n" in text[count.end : m.start()]:
                continue  # "No deaths were reported in the coastal city": another paragraph's place, not this death
            if not head or head in rules.survivor_heads or head == (count.who or "").lower():
                del found[start]


def _bodies_found(text: str, found: dict[int, CountMention], rules: CountRules) -> None:
    """ "Two traders were abducted ... Their bodies were found": as many dead as the figures told before ("A lawyer
    and a driver were detained": 2; two at least, "their"), unless a killed figure was told before it."""
    m = rules.bodies_found.search(text) if rules.bodies_found is not None else None
    earlier = sorted((c for c in found.values() if c.start < m.start()), key=lambda c: c.start) if m else []
    if m is None or any(c.kind == "killed" for c in earlier):
        return
    n = 2
    if earlier:  # "A lawyer and a driver were detained": the people of the last figure's kind in its sentence
        start, end = rules.sentence_bounds(text, earlier[-1].start)
        n = max(2, sum(c.low for c in earlier if start <= c.start < end and c.kind == earlier[-1].kind))  # "their"
    found[m.start()] = CountMention(m.start(), m.end(), m.group(), "killed", n, n, None, None, False,
                                    "count:killed:bodies")


def _self_killed(text: str, found: dict[int, CountMention], figures: list[Figure], rules: CountRules) -> None:
    """Attackers killed by their own act ("Two suicide bombers detonated at a mosque, killing only themselves"): the
    uncounted figure before it in its sentence, or one person for "himself"."""
    for m in rules.self_killed.finditer(text) if rules.self_killed is not None else ():
        start, _ = rules.sentence_bounds(text, m.start())
        counted = [f for f in figures if start <= f.start < m.start() and not f.article]
        if counted and any(c.start == counted[-1].start for c in found.values()):
            continue  # the figure before it counts other dead ("killed 5 soldiers and themselves")
        plural = (m.group("self") or m.groupdict().get("only") or "").lower() in {"themselves", "eux-mêmes",
                                                                                  "elles-mêmes"}
        if plural and counted:
            fig = counted[-1]
            found[fig.start] = CountMention(fig.start, fig.end, text[fig.start:fig.end], "killed", fig.low, fig.high,
                                            None, fig.qualifier, fig.vague, "count:killed:self")
        elif not plural and not any(c.kind == "killed" and start <= c.start < m.start() for c in found.values()):
            found[m.start()] = CountMention(m.start(), m.end(), m.group(), "killed", 1, 1, None, None, False,
                                            "count:killed:self")


def _companions(text: str, found: dict[int, CountMention], rules: CountRules) -> None:
    """ "X along with his driver were shot dead": the companion died too; so did X when no figure counts X."""
    if rules.companion is None or rules.companion_verbs is None:
        return
    for m in rules.companion.finditer(text):
        start, end = rules.sentence_bounds(text, m.start())
        if not rules.companion_verbs.search(text, start, end) or any(c.start < m.end() and m.start() < c.end
                                                                      for c in found.values()):
            continue
        killed = [c for c in found.values() if c.kind == "killed" and start <= c.start < m.start()]
        after_victim = any(not text[c.end : m.start()].strip(" ,") for c in killed)
        if after_victim and m.group("det").lower() in ("the", "le", "la"):
            after_victim = bool(_NO_VERB_OF_ITS_OWN.match(text, m.end()))  # "killed two men and the gunman fled"
        if m.group("link").lower() in ("and", "et", ",") and not (_PLURAL_VERB_AFTER.match(text, m.end())
                                                                   or after_victim):
            continue  # "X was killed and his son injured": "and" needs a plural verb or a counted victim before it
        if m.group("link") == "," and _SAYS.match(text, m.end()):
            continue  # "X was shot dead, his brother said": the one who tells it
        if m.group("link").lower() == "with" and not _with_the_killing(text, start, m.start(), rules):
            continue  # "shot dead a woman as she was out with her mother"
        n = (1 if killed else 2) + len(re.findall(r",(?:\s*and\b)?|\band\b", m.groupdict().get("more") or "", re.I))
        found[m.start()] = CountMention(m.start(), m.end(), m.group(), "killed", n, n, m.group("head"), None, False,
                                        "count:killed:companion", additional=bool(killed))


_SAYS = re.compile(r"\s*,?\s*(?:said|says|told|tells|added|confirmed|reported)\b", re.I)
_UNKNOWN = re.compile(r"(?:an\s+)?(?:unknown|unspecified|undetermined|undisclosed)\s+number\b", re.I)
# a slash after a word, then a space, parts a list ("... in their houses/ 6 killed ..."); not a date ("on 15/02") nor
# "and/or"
_SLASH_LIST = re.compile(r"(?:(?<=[^\W\d_])|\s)/\s")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:as|while|when|who|which|that|after|before|because|where)\b", re.I)


def _with_the_killing(text: str, start: int, pos: int, rules: CountRules) -> bool:
    """A bare "with" at `pos` joins its companion to the killing told before it in the same clause: "was killed by
    gunmen with his wife and son"."""
    verbs = list(rules.companion_verbs.finditer(text, start, pos)) if rules.companion_verbs is not None else []
    return bool(verbs) and not _CLAUSE_BREAK.search(text, verbs[-1].end(), pos)


_OWNED = re.compile(r"(?:his|her|their|its|son|sa|leur)\s+\w+(?!\w)(?<!s)", re.I)
_COMMA_AFTER = re.compile(r"\s*,\s*")
_ITEM_JOINER = re.compile(r",\s*|\s+(?:and|et)\s+", re.I)
# what follows a closed apposition: the clause goes on with a place, a time or its verb
_CLAUSE_GOES_ON = re.compile(r"\s*(?:in|at|on|near|during|when|as|after|while|before|outside|inside|along|who|which"
                             r"|were|was|are|is|have|has|had|died|à|au|aux|dans|près|lors|quand|alors|qui|ont|sont|est"
                             r"|a\s+été)\b", re.I)


def told_again(text: str, fig: Figure, victims_end: int, who: str | None, figures: list[Figure], rules: CountRules
               ) -> tuple[int, int] | None:
    """The same people told again between commas right after a figure's victims: "killed a teacher, a father of
    three, in ...", "two suspects, a man and a woman, were shot dead". Each item opens on a figure (an article is
    one), the items add up to the figure, and the clause goes on after the closing comma (not "a chief, an elder,
    and his son", nor a list "two soldiers, a civilian and a child, witnesses said"). The span from the opening comma
    to past the closing one."""
    opening = _COMMA_AFTER.match(text, victims_end)
    if opening is None or who is None or fig.vague or fig.low != fig.high:
        return None
    closing = text.find(",", opening.end(), opening.end() + 80)
    if closing < 0 or rules.sentence_end.search(text, opening.end(), closing) or "(" in text[opening.end():closing] \
            or not _CLAUSE_GOES_ON.match(text, closing + 1):
        return None
    starts = [opening.end()] + [m.end() for m in _ITEM_JOINER.finditer(text, opening.end(), closing)]
    # an item may also be one person told by their owner ("a man and his son")
    items = [1 if _OWNED.match(text, start) else next((f.low for f in figures if f.start == start and not f.vague), 0)
             for start in starts]
    if not all(items) or sum(items) != fig.low:
        return None
    return victims_end, closing + 1


def flag_counts(text: str, ordered: list[CountMention], rules: CountRules) -> list[CountMention]:
    """Each figure (in text order) with the flags its context gives it."""
    flagged = [_with_context(text, c, ordered, rules) for c in ordered]
    for i in range(1, len(flagged)):
        earlier, count = flagged[i - 1], flagged[i]
        gap = text[earlier.end : count.start]
        # a companion's words open on its link ("and his mother"): right after the victim, it is joined to it
        joined = rules.joiner.fullmatch(gap) or (count.rule.endswith(":companion") and not gap.strip())
        if earlier.included and not count.included and joined:
            flagged[i] = replace(count, included=True)  # "among the dead are three women and six men"
        if earlier.grievance and (joined or count.included and count.start < earlier.end):
            # "after gunmen killed a guard and a student", "after a rider, a young man from Kisii, was lynched"
            flagged[i] = replace(flagged[i], grievance=True)
        if earlier.kind == count.kind == "killed" and _SLASH_LIST.search(gap) and not rules.sentence_end.search(gap):
            # "6 burned to death in their houses/ 6 killed by machete/ 3 shot dead": an old note's list of how the dead
            # died, each part on top of the ones before it
            flagged[i] = replace(flagged[i], additional=True)
    for i, count in enumerate(flagged):
        if count.kind == "killed" and count.included and not any(
            c.kind == "killed" and not (c.grievance or c.included) for c in flagged[:i]
        ):
            # "5 were shot, of which three died": no killed figure before it to break down
            flagged[i] = replace(count, included=False)
    if any(c.kind == "killed" and not (c.claimed or c.grievance or c.included or c.vague) for c in flagged):
        # "killing 8 police officers. Al Shabaab claims 15 fatalities": the claimant's count is not the report's; nor
        # is "an unknown number of militants" beside "4 civilians" a figure (ACLED codes 4, not 14)
        flagged = [replace(c, unconfirmed=True) if c.kind == "killed" and (c.claimed or _UNKNOWN.match(c.text)) else c
                   for c in flagged]
    flagged = [_place_share(text, c, flagged[:i], rules) for i, c in enumerate(flagged)]
    flagged = _named_before_others(text, flagged, rules)
    flagged = _coded_elsewhere(text, flagged, rules)
    for old in (c for c in flagged if c.superseded):
        start, _ = rules.sentence_bounds(text, old.start)
        # "the earlier figure of 12 dead was revised after two of the wounded died", "Un bilan provisoire faisait
        # état de sept morts. Il a été revu à la hausse après la découverte de cinq autres corps": in the new toll
        flagged = _in_the_toll(flagged, start, _next_sentence_end(text, old.start, rules))
    for total in (c for c in flagged if c.revised):
        # "the toll has risen to nine after two more officers died in hospital", "The number of people killed has
        # risen to 31 ... The official said 13 more bodies had been found": the two and the 13 are in the new toll
        flagged = _in_the_toll(flagged, total.end, _next_sentence_end(text, total.start, rules))
    return flagged


def _next_sentence_end(text: str, pos: int, rules: CountRules) -> int:
    """The end of the sentence after the one holding `pos` (the text's end when there is none)."""
    _, end = rules.sentence_bounds(text, pos)
    return rules.sentence_bounds(text, skip_space(text, end + 1))[1] if end < len(text) else end


def _in_the_toll(flagged: list[CountMention], start: int, end: int) -> list[CountMention]:
    """The figures between `start` and `end` said to come on top of a toll, made part of it instead."""
    return [replace(c, included=True, additional=False) if c.additional and start <= c.start < end else c
            for c in flagged]


def _coded_elsewhere(text: str, flagged: list[CountMention], rules: CountRules) -> list[CountMention]:
    """ "2 killed (coded separately)": an ACLED note's word that the count told last before it, in its sentence, is
    another event's toll (`coded_elsewhere` in the data file); not when another figure sits between them ("3 civilians
    killed (and 2 police - coded separately)": the police's)."""
    for m in rules.coded_elsewhere.finditer(text) if rules.coded_elsewhere is not None else ():
        start, _ = rules.sentence_bounds(text, m.start())
        before = [i for i, c in enumerate(flagged) if start <= c.start < m.start()]
        between = rules.figure.finditer(text, flagged[before[-1]].end, m.start()) if before else iter(())
        if before and not any(f.group("num") or f.group("vague") or f.group("range") for f in between):
            flagged[before[-1]] = replace(flagged[before[-1]], elsewhere=True)
            _less_the_part(flagged, before[-1], rules)
    return flagged


def _less_the_part(flagged: list[CountMention], index: int, rules: CountRules) -> None:
    """ "A total of two people killed (one fatality coded elsewhere)", "At least nine people were killed ... At Jima,
    militants beheaded four men (coded in other event)": the whole toll told before a share coded apart holds that
    share, so this event's toll is the rest (2 - 1, 9 - 4). The whole toll is the nearest earlier killed figure
    naming no side ("people"), larger than the share; a figure of one side ("3 civilians killed (and 2 police - coded
    separately)") holds none of it."""
    part = flagged[index]
    if part.kind != "killed":
        return
    for i in range(index - 1, -1, -1):
        total = flagged[i]
        if total.kind == "killed" and not any(getattr(total, flag) for flag in (
                "cumulative", "included", "grievance", "superseded", "unconfirmed", "claimed", "elsewhere")):
            if _generic(total.who, rules) and total.low > part.low:
                flagged[i] = replace(total, low=total.low - part.low, high=max(total.high - part.high,
                                                                              total.low - part.low),
                                     rule=f"{total.rule}+less-coded-apart")
            return


def _named_before_others(text: str, flagged: list[CountMention], rules: CountRules) -> list[CountMention]:
    """ "An important TTP commander, as well as four other militants were killed": "other" counts someone told
    before it without a figure, who died too (killed 1 + 4). Only for the report's first figure of any kind, so
    "two were injured and three others killed" stays 3 (words `others_named_before` in the data file)."""
    if not flagged or rules.others_named is None:
        return flagged
    first = flagged[0]
    figure = rules.figure.match(text, first.start)
    if first.kind != "killed" or not first.additional or figure is None or not rules.others_named.match(
        text, figure.end()
    ):
        return flagged
    start, _ = rules.sentence_bounds(text, first.start)
    named = _NAMED_SUBJECT.match(text, start, first.start)
    if named is None:
        return flagged
    person = CountMention(named.start("who"), named.end("who"), named.group("who"), "killed", 1, 1, None, None,
                          False, "count:killed:named-before-others")
    return [person, *flagged]


# the words before "N others" in their sentence: someone named, then "and", "as well as", "along with" or a comma
_NAMED_SUBJECT = re.compile(
    r"(?:.*?\b(?:killed|killing|kills|death\s+of|mort\s+de|tué|tuant)\s+)?(?P<who>[^\W\d_][^.;:!?\n]{1,100}?)"
    r"\s*(?:,\s*)?(?:\band\b|\bas\s+well\s+as\b|\balong\s+with\b|\bwith\b|\bet\b|\bainsi\s+que\b|,)\s*$",
    re.I | re.S,
)


def _with_context(text: str, count: CountMention, ordered: list[CountMention], rules: CountRules) -> CountMention:
    sentence_start = max((m.end() for m in rules.sentence_end.finditer(text, 0, count.start)), default=0)
    end_match = rules.sentence_end.search(text, count.end)
    end = end_match.start() if end_match else len(text)
    start = sentence_start
    aside = _breakdown_aside(text, count, ordered, end, rules)
    for other in ordered:
        if other.end <= count.start and other.end > start:
            start = other.end
        if other.start >= aside and other.start < end:
            # another figure follows in this sentence: this one's clause ends at the next comma
            comma = text.find(",", count.end, other.start)
            end = comma if comma != -1 else other.start
    figure = rules.figure.match(text, count.start)
    figure_end = figure.end() if figure else count.end
    before = text[max(sentence_start, count.start - 40) : count.start]
    additional = bool(
        rules.additional_after.match(text, figure_end)
        or rules.additional_before.search(before)
        or text[count.start : figure_end].lower() == "another"
        or count.additional
        or _died_later(text, count, ordered, rules)
        or _another_person(text, count, figure_end, sentence_start, ordered, rules)
    )
    flags = {
        "cumulative": bool(rules.cumulative.search(text, start, end)),
        "included": count.included or bool(rules.included.search(before)) or _restated(count, before, ordered, rules)
                    or _breaks_down(text, count, figure_end, ordered, rules),
        "additional": additional,
        "grievance": _grievance(text, sentence_start, count, additional, rules),
        "revised": bool(rules.revised and rules.revised.search(before)),
        "superseded": bool(rules.superseded and rules.superseded.search(text[start : count.start])),
        "unconfirmed": bool(rules.unconfirmed and rules.unconfirmed.search(text, count.end, end)
                            or rules.denied and rules.denied.search(before)),
        "claimed": bool(rules.claimed and rules.claimed.search(text[sentence_start : count.start])),
    }
    events = _events_together(text, start, end, rules)
    if not any(flags.values()) and events == 1:
        return count
    return replace(count, events=events, **flags)


def _breakdown_aside(text: str, count: CountMention, ordered: list[CountMention], end: int, rules: CountRules) -> int:
    """Where the breakdown set off by commas right after the figure ends ("Around 30 people, including 18 soldiers
    and 12 auxiliaries, were killed in two attacks"): its figures do not end the figure's clause, which goes on
    after it. The figure's own end when no such breakdown follows it."""
    following = next((c for c in ordered if count.end <= c.start < end), None)
    if following is None or not rules.breakdown_opens.match(text, count.end, following.start):
        return count.end
    close = text.find(",", following.end, end)
    return count.end if close == -1 else close


def _died_later(text: str, count: CountMention, ordered: list[CountMention], rules: CountRules) -> bool:
    """ "2 died instantly, 1 died later from injuries": one more than the killed figures told before it."""
    return (count.kind == "killed" and rules.additional_later is not None
            and bool(rules.additional_later.match(text, count.end))
            and any(c.kind == "killed" and c.end <= count.start for c in ordered))


def _another_person(
    text: str, count: CountMention, figure_end: int, sentence_start: int, ordered: list[CountMention],
    rules: CountRules,
) -> bool:
    """ "A herder was shot dead ... In a retaliatory attack an elder was killed", "A man was hacked to death. A woman
    was also killed": one person brought in with "a"/"an" and named otherwise than each one person killed in the
    sentences before is one more victim, not the same one told again ("the victim, a trader", "the herder"). Not
    after a generic figure ("one person was killed ... a trader died": the trader may be that person) or a figure of
    several ("four were killed ... a girl was shot dead": one of them, likely), nor in apposition to a name told
    again ("Robert Barasa, a known campaigner, was shot dead"), nor when killed in a reprisal ("In revenge, tribesmen
    hacked to death a Pokot man": another act, which ACLED codes apart), nor in an accusation ("accused the police of
    killing a peaceful activist": the accusers' words for a death told)."""
    if count.kind != "killed" or count.low != 1 or _generic(count.who, rules) \
            or text[count.start : figure_end].lower() not in ("a", "an") \
            or _APPOSITION.search(text, max(sentence_start, count.start - 40), count.start) \
            or _REPRISAL.search(text, sentence_start, count.start) \
            or (rules.accusation is not None and rules.accusation.search(text, sentence_start, count.start)):
        return False
    earlier = [c for c in ordered if c.kind == "killed" and c.end <= sentence_start and not c.grievance]
    return bool(earlier) and all(
        c.low == c.high == 1 and not _generic(c.who, rules) and _noun(c.who) != _noun(count.who) for c in earlier
    )


_APPOSITION = re.compile(r"(?-i:[A-Z])[\w'’-]+,\s*$")
_REPRISAL = re.compile(r"\b(?:revenge|retaliat\w*|reprisal)", re.I)


def _noun(who: str | None) -> str:
    word = (who or "").lower().split()[-1:] or [""]
    return word[0].removesuffix("s")


def _events_together(text: str, start: int, end: int, rules: CountRules) -> int:
    """How many events the figure's clause says it was told for together ("dans ces deux attaques": 2): ACLED
    divides such a toll among them only when nothing better is reported (see `sitrep.resolve.tolls`)."""
    m = rules.aggregate.search(text, start, end) if rules.aggregate else None
    if m is None:
        return 1
    number = m.group("n")
    value = rules.numbers.value(number) if number else None
    return value if value and value > 1 else 2  # "both attacks"


def _place_share(text: str, count: CountMention, earlier: list[CountMention], rules: CountRules) -> CountMention:
    """ "At least 38 people were killed ... Eighteen people were killed at Todonyang": a smaller whole toll told
    later for one place is a share of the first, not a lower toll."""
    if count.kind != "killed" or rules.place_share is None or not _generic(count.who, rules) or any(
        getattr(count, flag) for flag in ("included", "grievance", "superseded", "unconfirmed", "additional")
    ):
        return count
    start, end = rules.sentence_bounds(text, count.start)
    larger = any(
        c.kind == "killed" and c.end <= start and c.low > count.low and _generic(c.who, rules)
        and not (c.included or c.grievance or c.superseded or c.unconfirmed)
        for c in earlier
    )
    return replace(count, included=True) if larger and rules.place_share.match(text, count.end, end) else count


def _generic(who: str | None, rules: CountRules) -> bool:
    return who is None or who.lower() in rules.generic_victims


def _breaks_down(
    text: str, count: CountMention, figure_end: int, ordered: list[CountMention], rules: CountRules
) -> bool:
    """ "killed three militants, two with ties to the TTP", "five robbers, two of them wanted": a figure after a comma,
    then what sets its people apart, is part of the figure before it (`included_after` in the data file); so is one
    a verb of its own takes right after the comma or "and" ("killed five civilians, beheading three of them", "and
    beheaded three of them": how some of them died)."""
    if rules.included_after is None or not rules.included_after.match(text, figure_end):
        return False
    return any(c.end <= count.start and _BREAKDOWN_GAP.fullmatch(text[c.end : count.start]) for c in ordered)


_BREAKDOWN_GAP = re.compile(r"\s*,\s*(?:[^\W\d_]+ing\s+)?|\s+and\s+[^\W\d_]+ed\s+")


def _restated(count: CountMention, before: str, ordered: list[CountMention], rules: CountRules) -> bool:
    """ "Police identified the three dead as ...": "the" and the figure of an earlier killed count; or a number word
    that always points back ("Both men were killed" after "killed two civilians")."""
    pointing = rules.restated is not None and bool(rules.restated.search(before)) or (
        (count.text.split() or [""])[0].lower() in rules.pointing)
    return (
        count.kind == "killed" and pointing
        and any(c.kind == "killed" and c.end <= count.start and c.low == count.low for c in ordered)
    )


def _grievance(text: str, sentence_start: int, count: CountMention, additional: bool, rules: CountRules) -> bool:
    """A protest marker ("protested after", "to protest the death of") governs the figure: same sentence, no
    clause break between them; or a death before the event is named right before it."""
    pos = count.start
    before = text[max(sentence_start, pos - 80) : pos]
    earlier = rules.grievance_before.search(before) if rules.grievance_before is not None else None
    if earlier and not _reported_pluperfect(before, earlier, rules.language):
        return True  # "following the death of", "accused of killing" right before the figure
    if (rules.grievance_clause is not None and count.rule.endswith((":after", ":noun", ":passive")) and not additional
            and rules.grievance_clause.search(before) and not _new_subject(text, count, rules)):
        return True  # "after a rider was killed"; not "after two of the wounded died": victims already told
    markers = list(rules.grievance.finditer(text, sentence_start, pos))
    return bool(markers) and not re.search(r"[,;:.]", text[markers[-1].end() : pos])


_REPORTED_SUBJECT = re.compile(r"\s+(?:(?:on|late|early|last)\s+[\w'’-]+\s+)?(?:that\s+)?"
                               r"(?:(?:its|their|our)\s+(?:[\w'’-]+\s+){1,3}"
                               r"|the\s+(?:army|military|troops|soldiers|security\s+forces|forces)\s+)", re.I)
_THAT = re.compile(r"\bthat\b")


def _reported_pluperfect(before: str, earlier: re.Match[str], language: str) -> bool:
    """ "the army said on Wednesday that its soldiers had killed 100 terrorists": a side reporting its own men's
    kills in the pluperfect tells the event reported (as "it had killed" does), not a death before it ("police
    shot a man who had killed two people", "residents said the man had killed two people")."""
    if not earlier.group().lower().startswith("had"):
        return False
    verbs = list(attribution_rules(language).verbs.finditer(before, 0, earlier.start()))
    if not verbs:
        return False
    # the subject right after the reporting verb, or after the last "that" it governs ("adding that 20 soldiers
    # were wounded and that the army had killed dozens of attackers")
    starts = [verbs[-1].end()] + [m.end() for m in _THAT.finditer(before, verbs[-1].end(), earlier.start())]
    return any(_REPORTED_SUBJECT.fullmatch(before, start, earlier.start()) for start in starts)


_PRONOUN_SUBJECT = re.compile(r",\s*(?:he|she|they|il|elle|ils|elles)\b", re.I)


def _new_subject(text: str, count: CountMention, rules: CountRules) -> bool:
    """ "After a suspect was released by police, he was killed by vigilantes": the figure's death is told in the
    main clause, after a pronoun that takes it up, not in the clause "after" opens."""
    _, end = rules.sentence_bounds(text, count.start)
    verb = rules.after[count.kind].search(text, count.end, end) if count.kind in rules.after else None
    return verb is not None and bool(_PRONOUN_SUBJECT.search(text, count.end, verb.start()))
