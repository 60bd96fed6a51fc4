"""The clauses of a report that tell events: each with its type, date, place and background marker.

A clause whose deciding trigger names a past event (after a background marker) or the event that led to the
sentence's own ("following an IED attack the day before, forces raided the village") gives the news in a unit of
its own. A date in a page header or a wire dateline dates the report, not an event: `page_header`.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from sitrep.extract.background import (
    FUNERAL_OR_KIN,
    MOURNING_KIN,
    STATE_SINCE,
    marker_at,
    predicate_marker,
    recalls_occasion,
    rules,
)
from sitrep.extract.context import ARMED, VIOLENT, DateChoice, Report, Sentence, Unit, role_words
from sitrep.extract.dates import YEAR
from sitrep.extract.dep_labels import OBJECTS, PASSIVE_MARKS, RELATIVE_CLAUSES, SUBJECTS
from sitrep.extract.discourse import (
    antecedent,
    antecedent_phrase,
    continues_background,
    demanded_end,
    headline_sum,
    link_headline,
    planned,
    running_count,
    toll_only_words,
    unrealised,
)
from sitrep.extract.event_dates import DATE_REACH, RECENT_DAYS, SAME_DAY, counted_from_events, unit_date
from sitrep.extract.event_groups import definite_event, protest_named_again
from sitrep.extract.event_places import unit_place
from sitrep.extract.main_act import aircraft_not_striking, territory_aimed_at, violence_over_agreement
from sitrep.extract.triggers import ClauseType, Hit, classify_clause, find_hits, split_clauses
from sitrep.extract.vocabulary import vocabulary

PAGE_DATE = re.compile(r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?$", re.IGNORECASE)
HEADER_WORDS = re.compile(
    r"\b(?:date|published|updated|posted|at|on|le|publié|mis à jour|modifié|am|pm|gmt|utc)\b", re.IGNORECASE
)
PAGE_DATE_REACH = 400
# Clauses inside a predicate that tell something else: a coordinated or loose clause, an adverbial or complement
# clause, a participle or relative clause qualifying a noun.
HEADED_CLAUSES = {"conj", "parataxis", "advcl", "ccomp", "acl", *RELATIVE_CLAUSES}
CLAUSE_HEADS = {"VERB", "AUX", "ADJ"}
VICTIMS = re.compile(r"(?<!\w)(?:of|for|des|du|de|d')(?!\w)", re.IGNORECASE)  # "the funeral of", "les obsèques des"
# A wire dateline: the city (capitals or capitalised words), maybe its country and the agency, then the day the
# story was filed and a dash: "OUAGADOUGOU, Oct 10 -", "BENI, Democratic Republic of Congo, June 6 -",
# "NIAMEY, 21 mars (AFP) -". The day it names is when the report was written, not when the event happened.
CAPITALISED_WORDS = r"[A-ZÀ-Ý][\w'’.-]*(?:[ -](?:[A-ZÀ-Ý][\w'’.-]*|of|du|de|d'))*"
AGENCY = r"(?:\s*\([^()\n]{1,40}\))?"
OPENERS = r"(?!(?:On|In|At|By|Since|From|Until|Before|After|Around|Le|La|Les|Dans|Depuis|Du|Au|Vers)\b)"
DATELINE_BEFORE = re.compile(rf"\s*{OPENERS}{CAPITALISED_WORDS}{AGENCY}(?:,\s*{CAPITALISED_WORDS}{AGENCY})?,\s*$")
PLACE_CAPTURE = {"captured", "seized"}  # event_types.yaml: territory taken when a place's name follows
OPERATION = "Operation against a group"  # event_types.yaml: forces sent against a group, no other act told
DATELINE_AFTER = re.compile(rf"{AGENCY}\s*[-\u2013\u2014]")


def page_header(text: str, start: int, end: int) -> bool:
    """A line that holds nothing but a date (" date 2019-11-03", "Published at: **2019-11-03T00:25**",
    "January 6, 2021 - 22:46") near the top, or a wire dateline ("KABUL, Aug 15 (Reuters) -"), says when the page
    was published, not when the event happened."""
    if start > PAGE_DATE_REACH:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:start] + " " + text[end:line_end]
    if line_start == 0 and PAGE_DATE.match(text[:end]):
        return True
    if DATELINE_BEFORE.fullmatch(text, line_start, start) and DATELINE_AFTER.match(text, end):
        return True
    return not HEADER_WORDS.sub("", rest).strip(" \t*:,.-\u2013\u2014|/()[]0123456789T+")


def _without_misread_hits(report: Report, hits: list[Hit]) -> list[Hit]:
    """The sentence's triggers less those the parse or the toponyms read otherwise: a bare capture word before a
    capitalised name ("captured Rubaya") takes territory only when that name is a place the report's toponyms hold
    ("captured Ahmed Ali" takes a person); an aircraft that carries or supports a ground force strikes nothing
    (main_act.aircraft_not_striking); a place taken as an act's aim was not taken, the forces sent to take it
    fought for it (main_act.territory_aimed_at: an operation against a group, weak, a battle told alone); a trigger
    inside a running count the sentence's event raises is counted, not told (discourse.running_count)."""
    text = report.article.text

    def person_taken(hit: Hit) -> bool:
        if hit.sub.name != "Non-state actor overtakes territory" or hit.text.lower() not in PLACE_CAPTURE:
            return False
        named = len(text) - len(text[hit.end :].lstrip())
        return not any(t.start == named for t in report.toponyms)

    operation = next(sub for subs in vocabulary().patterns.values() for _, sub in subs if sub.name == OPERATION)
    counted = [h for h in hits if running_count(report, h)]
    if len(counted) == len(hits):
        counted = []  # "officials raised the number of people killed in Monday's raid to 16": the raid is told here
    return [Hit(h.start, h.end, h.text, operation, f"{h.rule}+aim") if territory_aimed_at(report, h) else h
            for h in hits if not person_taken(h) and not aircraft_not_striking(report, h, hits) and h not in counted]


def find_units(report: Report) -> list[Unit]:
    """Every clause that reports an event, with its own date, place and background marker."""
    units: list[Unit] = []
    text = report.article.text
    by_sentence = [(s, _without_misread_hits(report, find_hits(text, s.start, s.end, report.language)))
                   for s in report.sentences]
    report.trigger_spans = [(h.start, h.end) for _, hits in by_sentence for h in hits]
    report.violent_spans = [(h.start, h.end) for _, hits in by_sentence for h in hits
                            if h.sub.event_type != "Strategic developments"]
    report.dates = counted_from_events(report)  # needs the triggers: a day that dates an event is no statement's
    for sentence, hits in by_sentence:
        if not hits:
            continue
        for clause in split_clauses(text, sentence.start, sentence.end, hits, lambda a, b: _told_of(report, a, b)):
            clause_hits = [h for h in hits if clause[0] <= h.start < clause[1]]
            victims = [c.who for c in report.counts if clause[0] <= c.start < clause[1] and c.who]
            ctype = classify_clause(
                text, clause_hits, report.language, clause, report.target_span, victims, report.actor_class
            )
            if ctype is None:
                continue
            if ctype.hit.sub.name == "Agreement" and violence_over_agreement(report, clause_hits, ctype.hit):
                others = [h for h in clause_hits if h.sub.name != "Agreement"]
                ctype = classify_clause(text, others, report.language, clause, report.target_span, victims,
                                        report.actor_class) or ctype
            unit = Unit(sentence, clause, ctype, antecedent=antecedent(report, sentence.start, ctype.hit.start))
            if unrealised(report, unit) or planned(report, unit) or demanded_end(report, unit):
                continue
            if unit.antecedent and (ctype.event_type in VIOLENT or _fronted(report, sentence, ctype.hit.start)):
                news = _news_beside_antecedent(report, sentence, clause, clause_hits, ctype)
                units += [news] if news is not None else []
            cause = _cause_beside_news(report, unit, clause_hits) if protest_named_again(report, unit) \
                and not unit.antecedent else None
            marker = _marker(report, clause, ctype)
            if marker is not None:
                unit.background = marker[0]
                before = marker[1] > ctype.hit.start  # the marker follows the trigger: nothing before it is news
                news = None if before else _news_before_marker(report, sentence, clause, clause_hits, marker[1])
                units += [news] if news is not None else []
            unit.date = unit_date(report, unit, skip=_news_words(report, unit) or (cause and cause.clause))
            if marker is not None and not before and _dated_by_the_news(unit):
                unit.background = None  # "In another attack on the same day, a roadside bomb ...": news beside news
            if marker is not None and STATE_SINCE.match(marker[0]) and _recent(report, unit):
                unit.background = None  # "schools have stayed shut since gunmen attacked a bus on Monday": news
            if unit.background is None:
                unit.background = _earlier_year(report, unit) or _habit(report, unit)
            if marker is not None and FUNERAL_OR_KIN.match(marker[0]):
                day = _day_of_death(report, unit, marker[1])
                if day is not None:  # "les obsèques des soldats tués mardi": Tuesday's ambush is news
                    unit.background, unit.date = None, day
            unit.place = unit_place(report, unit)
            if unit.background is None and link_headline(report, unit):
                unit.background = "link-headline"
            if unit.background is None and headline_sum(report, unit):
                unit.background = "headline-sum"
            units += [unit] if cause is None else [unit, cause]
    units = _tolls_joined(report, units)
    for unit in units:
        # "Ten people were killed following two days of clashes": the sentence tells only the toll of the event
        # it names after "following", which is then its event. A withdrawal has no toll ("after the army
        # withdrew, three villagers were killed": the killing is the event).
        same = [u for u in units if u.sentence.index == unit.sentence.index and not u.antecedent]
        violent = unit.ctype.event_type in VIOLENT
        if unit.antecedent and violent and all(toll_only_words(report, u.ctype.hits) for u in same):
            unit.antecedent = False
    for before, unit in itertools.pairwise(units):
        if unit.background is None and unit.date is None and before.background not in (None, *_NEWS_BACKGROUND) \
                and _subjectless_conjunct(report, before, unit):
            unit.background = before.background  # "In March, fighters ambushed a convoy and killed six soldiers"
    for before, unit in itertools.pairwise(units):
        # "ont mis en déroute les assaillants et libéré deux otages lundi": the day closing two coordinated acts is
        # both's. A violent second act's day reaches the first when the event is dated (event_dates._aside), the two
        # folding into one event; a non-violent one's (freeing hostages) does not, and the undated first act would
        # join an event told before it.
        if before.date is None and unit.date is not None and unit.date.start >= unit.ctype.hit.end \
                and unit.ctype.event_type not in VIOLENT and _subjectless_conjunct(report, before, unit):
            before.date = unit.date
    past = {u.sentence.index for u in units if u.background and u.background != "link-headline"}
    for unit in units:
        if unit.background is None and continues_background(report, unit, past):
            unit.background = "pluperfect-after-background"
    for i, unit in enumerate(units):
        if unit.background is None and _only_recalls(report, units[:i], unit):
            unit.background = "refers-back-to-background"
    return units


def _marker(report: Report, clause: tuple[int, int], ctype: ClauseType) -> tuple[str, int] | None:
    """The background marker that makes the clause's deciding trigger a past event, and where it starts: the one
    `marker_at` reads in the clause, read against the parse, else one on the predicate of the trigger noun."""
    marker = marker_at(report.article.text, clause, ctype.hit.start, report.language)
    # "Gunmen who have terrorised the area for years killed four": a marker in a clause about the noun it
    # qualifies, before the trigger, tells what that noun has done, not when the event was
    if marker is not None and marker[1] <= ctype.hit.start and report.in_other_clause(marker[1], [ctype.hit.start]):
        marker = None
    if marker is not None and MOURNING_KIN.match(marker[0]) and not _mourned(report, marker[1], ctype):
        marker = None
    if marker is None and ctype.hit.sub.event_type != "Protests":  # after a protest: what it is about
        marker = _marker_of_subject(report, ctype.hit.start)
    return marker


def _dated_by_the_news(unit: Unit) -> bool:
    """The clause's own words date it by the event told before it ("on the same day", "hours later")."""
    date = unit.date
    return date is not None and date.rule == SAME_DAY and unit.clause[0] <= date.start < unit.clause[1]


def _recent(report: Report, unit: Unit) -> bool:
    """The clause's own date falls in the week before publication: what a state is dated from ("have stayed shut
    since militants attacked a bus on Monday") is still the news; "since jihadists ambushed a convoy two weeks
    ago", or with no day, is the past the report looks back to."""
    date = unit.date.value if unit.date is not None else None
    published = report.article.published
    return date is not None and published is not None and 0 <= (published - date).days <= RECENT_DAYS


def _earlier_year(report: Report, unit: Unit) -> str | None:
    """ "Gunmen killed my husband in 2021" in a report of 2024: a clause a bare year dates (no day or month, so no
    date value for the date rules of `salience.split_old`), a year before the report's, tells a past event. The
    report's year is its publication's, else the latest a fixed date of the text gives (an ACLED note)."""
    text = report.article.text
    published = report.article.published
    given = [d.value.year for d in report.dates if d.value is not None]
    reference = published.year if published is not None else max(given, default=None)
    if reference is None:
        return None
    hit = unit.ctype.hit.start

    def earlier(d: DateChoice) -> bool:
        year = YEAR.search(text, d.start, d.end) if d.value is None and d.partial is None else None
        # not a year in a relative or participle clause the trigger is outside of ("hit a market in Nyala, which the
        # rebels have held since late 2023, killing six"): it dates what the noun it qualifies has done
        return (year is not None and int(year.group(1)) < reference and not report.is_reporting(d.start)
                and not report.in_other_clause(year.start(), [hit]))

    found = report.nearest_attached(unit, report.dates, earlier, DATE_REACH, lambda d: abs(d.start - hit))
    if found is None or (unit.date is not None and abs(unit.date.start - hit) < abs(found.start - hit)):
        return None
    return text[found.start : found.end]


def _told_of(report: Report, noun: Hit, verb: Hit) -> bool:
    """The parse makes the trigger verb `verb` tell what the trigger `noun` did: the noun is in the verb's subject,
    or the verb qualifies a noun phrase holding it ("a series of blasts ..., killed 32 people", which the small
    model may read as a reduced relative)."""
    head, word = report.token_at(verb.start), report.token_at(noun.start)
    if head is None or word is None:
        return False
    if head.dep_ == "acl" and word in head.head.subtree and word.i < head.i:
        return True
    return any(c.dep_ in _SUBJECTS and word in c.subtree for c in head.children)


def _habit(report: Report, unit: Unit) -> str | None:
    """The verb that tells the clause's trigger as what someone does as a habit, or None: a finite present, active,
    of which the trigger is the object or the infinitive it governs ("ISKP still carries out bombings in the north",
    "the militia continues to raid villages"), beyond the title and lead, whose present is a headline's ("Gunmen
    kill 21 in Plateau village"), and in a sentence with its final stop (no subhead). Not a verb of saying ("the
    group claims the attack"); in French only a verb of going on or repeating, or an adverb of it
    (background.yaml: habit_verbs, habit_adverbs), since French narrates news in the present. An event noun that
    is the subject of a present ("fighting continues") is not reached: it goes on now."""
    sentence = unit.sentence
    if report.in_opening(sentence, 2) or not sentence.text.rstrip(" \"'\u201d").endswith((".", "!", "?")):
        return None
    token = report.token_at(unit.ctype.hit.start)
    if token is None:
        return None
    chain = [token]
    if token.dep_ in OBJECTS:
        chain.append(token.head)
    while chain[-1].dep_ == "xcomp" and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    verb = chain[-1]
    if verb.pos_ not in {"VERB", "AUX"} or not _present_active(verb):
        return None
    language, lemmas = report.language, {t.lemma_.lower() for t in chain if t.pos_ in {"VERB", "AUX"}}
    if verb.lemma_.lower() in role_words().reporting[language]:
        return None
    r = rules()
    if language == "fr" and not (lemmas & r.habit_verbs["fr"] or any(
            c.dep_ == "advmod" and c.lemma_.lower() in r.habit_adverbs["fr"] for c in verb.children)):
        return None
    return verb.text


def _present_active(verb: Token) -> bool:
    """A finite verb in the present tense of the indicative, not a passive ("are attacked")."""
    morph = verb.morph
    return (
        morph.get("Tense") == ["Pres"] and morph.get("VerbForm") == ["Fin"] and morph.get("Mood") in ([], ["Ind"])
        and not any(c.dep_ in PASSIVE_MARKS for c in verb.children)
    )


def _tolls_joined(report: Report, units: list[Unit]) -> list[Unit]:
    """ "Two soldiers were killed, while five others were wounded when a roadside bomb struck their patrol": a clause
    that gives only a toll, cut off before the clause of its sentence that tells what caused it, is part of that
    clause (it was a battle of its own, typed by its victims). So is a toll whose subject is the cause told in the
    clause before it ("An air strike by the military on a monastery in Sagaing region killed 23 people": the two
    words were cut apart for their distance, and the killing became an attack on civilians beside the strike)."""
    kept: list[Unit] = []
    for unit in units:
        same = sorted((u for u in units if u.sentence.index == unit.sentence.index), key=lambda u: u.clause[0])
        cause = next((u for u in same if u.clause[0] >= unit.clause[1]), None)
        subject = next((u for u in reversed(same) if u.clause[1] <= unit.clause[0]), None)
        if subject is not None and _caused_by_subject(report, unit, subject) and _join(report, unit, subject):
            continue
        if cause is None or not _join(report, unit, cause):
            kept.append(unit)
    return kept


def _caused_by_subject(report: Report, toll: Unit, cause: Unit) -> bool:
    """The toll's verb has the cause's trigger inside its subject."""
    verb = report.token_at(toll.ctype.hit.start)
    if verb is None or verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "nsubj" and c.left_edge.idx <= cause.ctype.hit.start < c.right_edge.idx + len(c.right_edge)
        for c in verb.children
    )


def _join(report: Report, toll: Unit, cause: Unit) -> bool:
    """Read a plain toll clause with the violent clause of its sentence that caused it, as one clause (in `cause`).
    False when either is not such a clause."""
    plain = not toll.background and not toll.antecedent and toll_only_words(report, toll.ctype.hits)
    if not plain or cause.background or cause.antecedent or cause.ctype.event_type not in VIOLENT:
        return False
    clause = (min(toll.clause[0], cause.clause[0]), max(toll.clause[1], cause.clause[1]))
    victims = [c.who for c in report.counts if clause[0] <= c.start < clause[1] and c.who]
    hits = sorted(toll.ctype.hits + cause.ctype.hits, key=lambda h: h.start)
    text, language = report.article.text, report.language
    ctype = classify_clause(text, hits, language, clause, report.target_span, victims, report.actor_class)
    if ctype is None or toll_only_words(report, cause.ctype.hits):
        return False
    cause.clause, cause.ctype = clause, ctype
    cause.date, cause.place = unit_date(report, cause), unit_place(report, cause)
    return True


def _day_of_death(report: Report, unit: Unit, marker: int) -> DateChoice | None:
    """The day the words after a funeral's "of"/"des" give the deaths ("les obsèques des douze soldats tués
    mardi"), not the funeral's own day, before ("the funeral on Tuesday of") or after it ("les obsèques des soldats
    tués ont eu lieu mercredi": the day hangs off the funeral's verb, outside its noun phrase); a week ("killed last
    week") is too vague to tell the deaths apart from what the report only recalls."""
    text = report.article.text
    of = VICTIMS.search(text, marker, unit.clause[1])
    funeral = report.token_at(marker)
    if of is None or funeral is None:
        return None
    funeral_phrase = range(funeral.left_edge.idx, funeral.right_edge.idx + len(funeral.right_edge))
    return next(
        (
            d
            for d in report.dates
            if of.end() <= d.start < unit.clause[1] and d.start in funeral_phrase and d.precision == 1
            and not report.is_reporting(d.start)
        ),
        None,
    )


# markers that keep a clause out of the events though it tells news: the headline's link or sum of the events
_NEWS_BACKGROUND = ("link-headline", "headline-sum")
_SUBJECTS = SUBJECTS | {"expl", "csubj"}  # also "there were" and a clause as subject


def _subjectless_conjunct(report: Report, before: Unit, unit: Unit) -> bool:
    """The clause's verb is joined by a conjunction to the verb of the clause `before` it in its sentence and has no
    subject of its own ("ambushed a convoy near Tarbo and killed six soldiers"): it goes on telling that event."""
    if unit.sentence.index != before.sentence.index or unit.clause[0] < before.clause[1]:
        return False
    verb, head = report.governing_verb(unit.ctype.hit.start), report.governing_verb(before.ctype.hit.start)
    if verb is None or head is None or verb == head or verb.dep_ != "conj":
        return False
    while head.dep_ == "conj" and head.head != head and head != verb.head:
        head = head.head  # "attacked, looted and burned": every conjunct hangs from the first
    return verb.head == head and not any(c.dep_ in _SUBJECTS for c in verb.children)


def _only_recalls(report: Report, before: list[Unit], unit: Unit) -> bool:
    """ "A court sentenced three men over a 2014 attack on a bus ... The judge found them guilty of planning the
    attack": an undated bare "the attack" after nothing but background, recalled for a trial, an anniversary or a
    funeral, refers back to that past event."""
    weak = unit.ctype.strength == "weak" and (unit.date is None or unit.date.value is None)
    if not weak or not before or not all(u.background for u in before):
        return False
    occasion = any(recalls_occasion(u.background or "", report.language) for u in before)
    return occasion and definite_event(report, unit)


def _marker_of_subject(report: Report, trigger: int) -> tuple[str, int] | None:
    """A marker on the verb whose subject is the trigger noun, past the words the subject runs on ("les attaques
    de Boko Haram et de l'ISWAP contre des villages de la zone ont repris ces dernières années"); the predicate ends
    where a clause inside it begins (", mais les attentats étaient devenus rares", "teachers whose pupils failed
    last year's examination")."""
    noun = report.token_at(trigger)
    if noun is None or noun.dep_ not in SUBJECTS or noun.pos_ != "NOUN" or noun.head.i < noun.i:
        return None
    verb = noun.head
    predicate = list(noun.doc[noun.right_edge.i + 1 : verb.right_edge.i + 1])
    if not predicate:  # the parse hangs the verb inside the subject's phrase
        return None
    inner = next((t for t in predicate if t.i != verb.i and t.dep_ in HEADED_CLAUSES
                  and (t.dep_ != "conj" or t.pos_ in CLAUSE_HEADS)), None)  # "villages and farms": no clause
    last = predicate[-1] if inner is None else inner.left_edge.nbor(-1) if inner.left_edge.i > 0 else None
    if last is None or last.i < verb.i:
        return None
    start = noun.right_edge.idx + len(noun.right_edge)
    return predicate_marker(report.article.text, (start, last.idx + len(last)), report.language)


def _mourned(report: Report, marker: int, ctype: ClauseType) -> bool:
    """The trigger tells the deaths the families are of: it hangs inside their noun's phrase ("les familles des
    soldats tués"), not off the verb they are the subject of ("relatives of detainees protested", "families of the
    victims stormed the hospital": what the families did is news)."""
    noun, trigger = report.token_at(marker), report.token_at(ctype.hit.start)
    return noun is None or trigger is None or noun.is_ancestor(trigger)


def _news_before_marker(
    report: Report, sentence: Sentence, clause: tuple[int, int], hits: list[Hit], at: int
) -> Unit | None:
    """ "Members marched to protest the rise of violence in Kodagu, which witnessed clashes", "Sikhs held a protest
    march against police action in Kotkapura, where Sikhs had previously clashed with police": the clause's
    deciding trigger comes after a background marker, and the triggers before the marker tell the news."""
    before = [h for h in hits if h.end <= at]
    if not before or at <= clause[0]:
        return None
    text = report.article.text
    ctype = classify_clause(text, before, report.language, (clause[0], at), report.target_span, [], report.actor_class)
    if ctype is None or ctype.hit.start >= at:
        return None
    unit = Unit(sentence, (clause[0], at), ctype)
    if unrealised(report, unit) or planned(report, unit) or _marker(report, unit.clause, ctype):
        return None
    unit.date = unit_date(report, unit)
    unit.place = unit_place(report, unit)
    return unit


def _news_words(report: Report, unit: Unit) -> tuple[int, int] | None:
    """ "Police arrested an official on Monday after clashes on Saturday left three injured": the words before the
    "after" naming an earlier event tell the news, and their date is not that event's."""
    phrase = antecedent_phrase(report, unit.sentence.start, unit.ctype.hit.start) if unit.antecedent else None
    return (unit.sentence.start, phrase[0]) if phrase is not None else None


def _fronted(report: Report, sentence: Sentence, trigger: int) -> bool:
    """The words naming the earlier event open the sentence and end at its comma ("After the army withdrew, gunmen
    killed three villagers"): what follows the comma is the news, whatever the earlier event was. Told after the
    news ("attacked on Friday, less than a day after the troops left their base"), a withdrawal splits nothing:
    the clause of what came before is read with the attack's."""
    phrase = antecedent_phrase(report, sentence.start, trigger)
    text = report.article.text
    if phrase is None or text[sentence.start : phrase[0]].strip():
        return False
    return text[phrase[1] : phrase[1] + 1] == ","


def _cause_beside_news(report: Report, news: Unit, hits: list[Hit]) -> Unit | None:
    """ "Le sit-in faisait suite à l'attaque menée samedi par des miliciens contre un site de déplacés", "The march
    came after an attack by bandits on Saturday night": a protest told again (`news`: `protest_named_again`) to say
    what led to it. The violence named after "following"/"suite à" is what the sentence tells, an event of the
    report: a unit of its own (an antecedent, with its own day and place), whose words do not date the protest.
    The converse of `_news_beside_antecedent`, for when the protest word outranks the violence."""
    sentence, clause = news.sentence, news.clause
    violence = [h for h in hits if h.sub.event_type in ARMED | {""} and antecedent(report, sentence.start, h.start)]
    phrase = antecedent_phrase(report, sentence.start, violence[0].start) if violence else None
    if phrase is None:
        return None
    own = (max(clause[0], phrase[0]), min(clause[1], phrase[1]))
    violence = [h for h in violence if own[0] <= h.start < own[1]]
    victims = [c.who for c in report.counts if own[0] <= c.start < own[1] and c.who]
    text = report.article.text
    ctype = classify_clause(text, violence, report.language, own, report.target_span, victims, report.actor_class)
    if ctype is None or ctype.event_type not in ARMED:
        return None
    unit = Unit(sentence, own, ctype, antecedent=True)
    if unrealised(report, unit) or planned(report, unit) or _marker(report, own, ctype):
        return None
    unit.date, unit.place = unit_date(report, unit), unit_place(report, unit)
    return unit


def _news_beside_antecedent(
    report: Report, sentence: Sentence, clause: tuple[int, int], hits: list[Hit], deciding: ClauseType
) -> Unit | None:
    """ "Following an IED attack the day before, security forces raided the village", "After the army withdrew,
    gunmen killed three villagers": the clause's deciding trigger names what led to the event, and its other
    triggers tell the event itself (a unit of their own, not dated by the words about the earlier event)."""
    others = [h for h in hits if not antecedent(report, sentence.start, h.start)]
    phrase = antecedent_phrase(report, sentence.start, deciding.hit.start)
    if not others or phrase is None:
        return None
    # The clause without the words about the earlier event (whose actors are not this event's).
    first = min(h.start for h in others)
    own = (clause[0], phrase[0]) if phrase[0] > first else (max(clause[0], phrase[1]), clause[1])
    others = [h for h in others if own[0] <= h.start < own[1]]
    text = report.article.text
    ctype = classify_clause(text, others, report.language, own, report.target_span, [], report.actor_class)
    if ctype is None or antecedent(report, sentence.start, ctype.hit.start):
        return None
    if deciding.event_type in VIOLENT and toll_only_words(report, ctype.hits):
        return None  # "three workers were killed after their vehicle ran over an IED": the IED's own toll
    clause = own
    unit = Unit(sentence, clause, ctype)
    if unrealised(report, unit) or planned(report, unit) or _marker(report, clause, ctype):
        return None
    unit.date = unit_date(report, unit, skip=phrase)
    unit.place = unit_place(report, unit)
    return unit
