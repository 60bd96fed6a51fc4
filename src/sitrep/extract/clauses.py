"""Clauses: where one sentence of a report starts telling another event.

A sentence can report two events ("a raid that killed 49 troops as well as a blast that killed ..."); triggers.py
types each clause this module cuts, so the cut decides how many events a sentence yields and which words type
each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.extract.main_act import harm_in_arrest
from sitrep.extract.protest_types import PAST_EVENT
from sitrep.extract.time_spans import time_span
from sitrep.extract.vocabulary import Hit

# Where one sentence reports two events: "a raid that killed 49 troops as well as a blast that killed ...". Not
# "while arresting": force used in an arrest ("beat a man while arresting him") is one event, typed by the force.
CLAUSE_BREAK = re.compile(
    r";|\bas well as\b|\bwhile\b(?!\s+(?:arrest|detain|apprehend)ing\b)|\bwhereas\b|\bin a separate\b|\bainsi que\b"
    r"|\btandis que\b|\balors que\b|\bpar ailleurs\b|\bmeanwhile\b|\bseparately\b|" + PAST_EVENT,
    re.IGNORECASE,
)
CONJUNCTION = re.compile(r"\s(?:and|et|as well as|ainsi que)\s", re.IGNORECASE)
# "... in air strikes", "... by a roadside bomb", "... lors d'une frappe": the words before the trigger that did it.
INSTRUMENT = re.compile(
    r"\b(?:in|by|during|from|using|with|dans|par|avec|à l'aide d(?:e|es|u|')|lors d(?:e|es|u|'))"
    r"\s*(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)
BETWEEN = re.compile(r"\b(?:between|entre)\b", re.IGNORECASE)  # "clashes between police and protesters": one clash
DEMONSTRATION = {"Protests", "Riots"}  # a demonstration turning violent is one event
CLAUSE_GAP = 60  # characters between two bare violence words beyond which they start separate clauses
# A sentence that opens with a span of time from another event ("Two days after the army withdrew from the area,
# gunmen killed ...", "Un mois après l'attaque de Boulkessi, ..."): the phrase up to its comma tells that event,
# the rest the news; they are cut apart when both hold a trigger. (A bare "After X," is left whole: "following
# clashes, police arrested 12" tells one event.) The span words are background.py's too: data/time_spans.yaml.
FRONTED_TIME_FROM = re.compile(rf"\s*(?:{time_span('en', True)}|{time_span('fr', True)})[^,;.]{{3,160}},", re.I)


def split_clauses(
    text: str, start: int, end: int, hits: list[Hit] | None = None, told_of: Callable[[Hit, Hit], bool] | None = None
) -> list[tuple[int, int]]:
    """Cut a sentence where it starts reporting another event ("X ... as well as Y ...").

    Two bare violence words far apart in one clause ("with the attack on the camp on Tuesday, fear spread
    to the town, which was stormed on Wednesday") are two clauses, cut at the later word, unless the parse tells
    the later word of the earlier one (`told_of`: "a series of blasts in Gwoza last June, at a wedding and a
    funeral, killed 32 people" is one act). A sentence that opens
    with a note's label ("Defusal: police came across an IED and detonated it") is one clause: the label types
    all it tells.
    """
    if hits and hits[0].sub.name.startswith("Note label"):
        return [(start, end)]
    cuts = {start, end} | {start + m.start() for m in CLAUSE_BREAK.finditer(text[start:end])}
    fronted = FRONTED_TIME_FROM.match(text, start, end)
    if fronted and hits and hits[0].start < fronted.end() <= hits[-1].start:
        cuts.add(fronted.end())
    breaks = sorted(cuts - {start, end})
    previous: Hit | None = None
    for hit in hits or []:
        if previous is not None and any(previous.end <= b <= hit.start for b in breaks):
            pass  # already apart: "..., a day after a youth was killed" keeps its marker with its trigger
        elif previous is not None and hit.start - previous.end > CLAUSE_GAP and hit.sub.strength != "strong":
            if told_of is None or not told_of(previous, hit):
                cuts.add(hit.start)
        elif (
            previous is not None
            and _family(previous) != _family(hit)
            and _family(previous) not in DEMONSTRATION
            and {previous.sub.name, hit.sub.name} != {"generic", "Abduction/forced disappearance"}
            and not harm_in_arrest(previous, hit)
        ):
            # "a raid on an army camp and a blast on a convoy": two kinds of violence joined by "and"; but in
            # "rioters and police clashed" the first word names a side of the clash, in "supporters staged
            # a demonstration and clashed with police" the demonstration turned violent, in "killed five and
            # abducted two" people were taken in the attack that killed, in "attacked and burned homes" property
            # burned in it, and in "arrested and tortured" hurt in the arrest.
            link = CONJUNCTION.search(text, previous.end, hit.start)
            apart = link and not BETWEEN.search(text, previous.start, link.start())
            if link and apart and not _instrument(text, previous, hit, link.end()) and not _burned_in_attack(
                text, previous, hit, link.end()
            ):
                cuts.add(link.start())
        previous = hit
    ordered = sorted(cuts)
    return [(a, b) for a, b in zip(ordered, ordered[1:], strict=False) if b > a]


def _instrument(text: str, previous: Hit, hit: Hit, after: int) -> bool:
    """ "30 militants were killed and 40 injured in air force strikes", "destroyed a mast and a pump using
    explosives": the later trigger is what did the bare killing or destruction before it, one event."""
    done = _family(previous) == "generic" or previous.sub.sub_event_type == "Looting/property destruction"
    return done and bool(INSTRUMENT.search(text, after, hit.start))


def _burned_in_attack(text: str, previous: Hit, hit: Hit, after: int) -> bool:
    """ "Raiders attacked and burned homes", "harassed, beaten and looted": bare violence and property burned or
    looted, the second verb right after "and" (one subject), are one attack, whose violence decides its type
    (classify_clause). Not "one person was killed, and more houses were torched": a toll, then other damage."""
    kinds = {previous.sub.name, hit.sub.sub_event_type, hit.sub.name, previous.sub.sub_event_type}
    return {"generic", "Looting/property destruction"} <= kinds and not text[after : hit.start].strip()


def _family(hit: Hit) -> str:
    return hit.sub.event_type or "generic"
