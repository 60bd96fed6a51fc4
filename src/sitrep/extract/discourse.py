"""How a report's discourse separates its events: tolls, announced incidents, headlines, timelines, context
passages, and places coordinated in one clause (`event_splits.py` makes one group several events with them).

Each rule reads the clause structure, the parse and a few word lists from `data/discourse.yaml`; none names a
place or an outlet. `events.py` calls them while it builds, groups and keeps clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml
from spacy.tokens import Token

from sitrep import geo
from sitrep.extract.background import compile_patterns
from sitrep.extract.context import DEMONSTRATIONS, Group, Report, Sentence, Unit, role_words
from sitrep.extract.dep_labels import OBJECTS, PASSIVE_AUX, SUBJECTS
from sitrep.extract.main_act import infinitive
from sitrep.extract.triggers import DATA, Hit, normalise, word_pattern
from sitrep.extract.vocabulary import lang, opens_another_incident
from sitrep.models import Toponym

LINE_END = re.compile(r"[.!?:;»\"”')\]]\s*$")  # how a line that is a sentence ends
# A definite article or demonstrative right before a casualty word: victims the report already told of.
# Between a casualty word and what was done for the casualties: "were (later) taken", "ont été (aussitôt) évacués";
# not "and" ("six people were wounded and taken to hospital" may tell a new event's casualties).
CARE_AUXILIARY = (
    r"(?:(?:were|was|have\s+been|had\s+been|are|is|been|ont\s+été|a\s+été|sont|est)\s+)?"
    r"(?:(?:later|then|all|also|immediately|quickly|ensuite|aussitôt|tous|toutes|rapidement|immédiatement"
    r"|également)\s+)?"
)
DEFINITE_VICTIMS = re.compile(r"\b(?:the|these|those|les|ces)\s+$", re.IGNORECASE)
NEW_EVENT_REACH = 40  # characters before a trigger where "a second", "une autre" may announce a new event
UNREALISED_REACH = 50  # characters before a trigger where "the threat of" is looked for
OBJECT_REACH = 80  # characters after a killing verb where its victims are looked for
CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w'-]+(?:[ -][A-ZÀ-Ý][\w'-]+)*")
PERFECT_AUX = {"have", "avoir", "être"}  # "had killed", "avaient tué", "étaient partis"
PAST_OF_AUX = {"en": "Past", "fr": "Imp"}  # the tense of that auxiliary in the pluperfect
# From a word up to the head of the noun phrase it is in: "the use of live bullets against protesters", "les
# enlèvements et les tirs à balles réelles", a noun coordinated with the subject.
IN_NOUN_PHRASE = {"pobj", "prep", "conj", "nmod", "compound", "amod", "case", "appos"}
STATIVE = {"be", "have", "être", "avoir"}  # "the toll is", "il y a": a present that tells no story
# After "following"/"après": up to five words before the trigger, not a gerund ("after killing their guard"), nor
# hours the event itself lasted ("repelled the attack after several hours of fighting": the fighting is the event).
HOURS_OF = r"(?:[\w-]+\s+){0,3}(?:hours?|heures?)\s+(?:of|d[e'])\b"
ANTECEDENT_GAP = rf"(?:(?<=')|\s+)(?!\w+ing\b|avoir\b|having\b|{HOURS_OF})(?:[\w-]+'|[\w'-]+\s+){{0,5}}$"
INCIDENT_POS = {"DET", "ADJ", "ADV", "NUM", "PUNCT", "ADP", "CCONJ", "SPACE"}


@dataclass(frozen=True, slots=True)
class DiscourseRules:
    toll_words: dict[str, re.Pattern[str]]
    incident_nouns: dict[str, frozenset[str]]
    historical_present: bool
    context_reach: int
    unrealised: dict[str, re.Pattern[str]]  # "the threat of", ending right before a trigger
    coordination: dict[str, re.Pattern[str]]  # what may stand between two place names of one clause
    joins: dict[str, re.Pattern[str]]  # "and", "et"
    route: dict[str, re.Pattern[str]]  # "between" before the first name
    introduced: dict[str, re.Pattern[str]]  # "the villages of", "à": ending right before the first name
    several: dict[str, re.Pattern[str]]  # "two attacks", "double attaque"
    apart: dict[str, re.Pattern[str]]  # "as they fled", "dans leur fuite": a killing after the fight
    counted: dict[str, tuple[re.Pattern[str], dict[str, int]]]  # "two car bombs": the pattern, number values
    large_city: int  # population from which ACLED splits a city into districts
    repeated: dict[str, re.Pattern[str]]  # "again", "resumed", "le lendemain": the event came again or went on
    planned: dict[str, dict[str, frozenset[str]]]  # language -> word class -> lemmas: an event announced
    antecedent: dict[str, re.Pattern[str]]  # "following an IED attack": an event before the sentence's own
    killing_verbs: dict[str, frozenset[str]]  # lemmas of the attackers' killing of civilians apart from the fight
    also: dict[str, re.Pattern[str]]  # "also", "également": one more event of the kind just told
    cared_for: dict[str, re.Pattern[str]]  # "were taken to hospital", "évacués": after a casualty word
    died_of_wounds: dict[str, re.Pattern[str]]  # "succumbed", "a succombé à ses blessures": a death after the event


@cache
def discourse() -> DiscourseRules:
    path = DATA / "discourse.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        tolls = compile_patterns(raw["toll_words"], path)
        nouns = {lang: frozenset(w.lower() for w in words) for lang, words in raw["incident_nouns"].items()}
        unrealised = {
            lang: re.compile(rf"(?<!\w)(?:{'|'.join(words)})$", re.IGNORECASE)
            for lang, words in raw["unrealised"].items()
        }
        apart = _whole_words(raw["killed_apart"])
        counted = {lang: _counted(words) for lang, words in raw["counted_events"].items()}
        repeated = _whole_words(raw["repeated"])
        return DiscourseRules(
            tolls, nouns, bool(raw["historical_present"]), int(raw["context_reach"]), unrealised,
            *_coordination(raw["place_coordination"]), apart, counted, int(raw["large_city_population"]), repeated,
            {lang: {cls: frozenset(w.lower() for w in words) for cls, words in classes.items()}
             for lang, classes in raw["planned"].items()},
            {lang: re.compile(rf"(?<!\w)(?:{'|'.join(words)}){ANTECEDENT_GAP}", re.IGNORECASE)
             for lang, words in raw["antecedent"].items()},
            {lang: frozenset(w.lower() for w in words) for lang, words in raw["killing_verbs"].items()},
            _whole_words(raw["also"]),
            {lang: re.compile(rf"\s+{CARE_AUXILIARY}(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)
             for lang, words in raw["cared_for"].items()},
            _whole_words(raw["died_of_wounds"]),
        )
    except KeyError as exc:
        raise ValueError(f"{path}: missing {exc}") from exc


Patterns = dict[str, re.Pattern[str]]


def _whole_words(by_language: dict[str, list[str]]) -> Patterns:
    """Each language's words as one pattern matching them as whole words, in any case."""
    return {
        lang: re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) for lang, words in by_language.items()
    }


def _coordination(raw: dict[str, dict[str, list[str]]]) -> tuple[Patterns, ...]:
    """ "X and Y", "X, Y and Z", "X et de Y", "the camps of X and of Y", "le camp de X et le poste militaire de
    Y": a join word or a comma, with link words and a place noun of `introduced` after it; "between" before the
    first name; what introduces it; words telling several attacks."""
    coordination, joins, route, introduced, several = {}, {}, {}, {}, {}
    for language, words in raw.items():
        links = "|".join(sorted((re.escape(w) for w in words["links"]), key=len, reverse=True))
        join = "|".join(re.escape(w) for w in words["joins"])
        link = rf"(?:(?:{links})(?:\s+|(?<=')))*"
        place_noun = rf"(?:(?:{'|'.join(words['introduced'])})(?:\s+|(?<=')){link})?"
        coordination[language] = re.compile(rf"\s*(?:,\s*)?(?:(?:{join})\s*|,\s*){link}{place_noun}", re.IGNORECASE)
        joins[language] = re.compile(rf"(?<!\w)(?:{join})(?!\w)", re.IGNORECASE)
        route[language] = re.compile(rf"\b(?:{'|'.join(words['route'])})\b[^,;.]*$", re.IGNORECASE)
        introduced[language] = re.compile(rf"(?<!\w)(?:{'|'.join(words['introduced'])})\s*$", re.IGNORECASE)
        several[language] = re.compile(rf"(?<!\w)(?:{'|'.join(words['several'])})(?!\w)", re.IGNORECASE)
    return coordination, joins, route, introduced, several


def _counted(words: dict) -> tuple[re.Pattern[str], dict[str, int]]:
    numbers = {str(k).lower(): int(v) for k, v in words["numbers"].items()}
    pattern = re.compile(
        rf"(?<!\w)({'|'.join(map(re.escape, numbers))})\s+(?:[\w-]+\s+)?(?:{'|'.join(words['nouns'])})(?!\w)",
        re.IGNORECASE,
    )
    return pattern, numbers


# --- clauses ----------------------------------------------------------------------------------------------


def toll_only(report: Report, unit: Unit) -> bool:
    """The clause only gives a toll ("10 morts et 13 blessés, évacués sur Gao"): every trigger in it is a
    casualty word, it has no date of its own and it is not in the opening. It adds figures to the event told
    before it wherever the place it names lies. A toll about the victims already told ("two of the wounded died
    overnight", "les blessés ont succombé"), or a wounded person dying of the wounds ("un quatrième habitant,
    grièvement blessé, a succombé mercredi"), joins it even when it says when they died, and even in the opening's
    second sentence, right after the lead that told them."""
    if unit.sentence.index == 0 or (
            unit.sentence.index == 1 and not (told_victims(report, unit) or died_of_wounds(report, unit))):
        return False
    words = discourse().toll_words[report.language]
    if not all(words.fullmatch(normalise(h.text)) for h in unit.ctype.hits):
        return False
    dated = unit.date is not None and unit.date.value is not None
    return not dated or told_victims(report, unit) or cared_for(report, unit) or died_of_wounds(report, unit)


def toll_only_words(report: Report, hits: list[Hit]) -> bool:
    """Every trigger is a casualty word ("were killed", "morts"): the words give a toll, not who did what."""
    words = discourse().toll_words[report.language]
    return all(words.fullmatch(normalise(h.text)) for h in hits)


def running_count(report: Report, hit: Hit) -> bool:
    """The trigger is a casualty word inside a count that a verb raises ("raising the number of people killed in
    the district this month to 16", "portant à seize le nombre de personnes tuées depuis janvier"): it tells a
    count over a period, not an event (roles.yaml count_raising, count_nouns). Not a count that is the verb's
    subject ("le bilan de l'attaque est passé à 41": the attack is told)."""
    if not discourse().toll_words[report.language].fullmatch(normalise(hit.text)):
        return False
    token = report.token_at(hit.start)
    counted = False
    for _ in range(6):
        if token is None or token.head is token:
            return False
        below, token = token, token.head
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"}:
            raised = below.dep_ not in SUBJECTS and report.pattern("count_raising").fullmatch(lemma)
            return counted and bool(raised)
        counted = counted or bool(report.pattern("count_nouns").fullmatch(lemma))
    return False


def unrealised(report: Report, unit: Unit) -> bool:
    """ "La menace d'attaque", "the threat of an attack", "an imminent attack": words right before the trigger
    say the attack has not happened; the clause reports no event."""
    hit = unit.ctype.hit
    before = normalise(report.article.text[max(unit.clause[0], hit.start - UNREALISED_REACH) : hit.start])
    return bool(discourse().unrealised[report.language].search(before))


def planned(report: Report, unit: Unit) -> bool:
    """ "Teachers will hold a protest tomorrow", "plan to strike", "les commerçants vont manifester", "menacent de
    manifester", "une marche est prévue samedi": the clause announces an event; it reports none."""
    words = discourse().planned[report.language]
    token = report.token_at(unit.ctype.hit.start)
    if token is None:
        return False
    if token.tag_ == "TO" and token.head.pos_ == "VERB":
        token = token.head  # the trigger "to demand" starts at "to"
    if token.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ == "amod" and c.lemma_.lower() in words["announced"] for c in token.children):
            return True  # "a planned march"
        head = token.head
        if token.dep_ in SUBJECTS and head.lemma_.lower() in words["announced"]:
            return True  # "une marche est prévue samedi", "a protest is planned"
        if not (token.dep_ in OBJECTS and head.lemma_.lower() in words["light_verbs"]):
            return False
        token = head  # "will hold a protest": the verb of the protest
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if _announced(token, words):
        return True
    # "will hold a march on Friday to demand the release", "vont marcher pour réclamer": the purpose of an
    # announced action is announced too.
    head = token.head
    return infinitive(token) and token.dep_ in {"advcl", "xcomp"} and head.pos_ == "VERB" and _announced(head, words)


def demanded_end(report: Report, unit: Unit) -> bool:
    """ "The abductions and the use of live bullets against protesters must stop," Amnesty said; "les enlèvements
    doivent cesser": the trigger is in the subject of a verb of ending under a modal (`ending`, `must` of
    `planned`), what the speaker demands an end to: a grievance, no event."""
    words = discourse().planned[report.language]
    token = report.token_at(unit.ctype.hit.start)
    while token is not None and token.dep_ in IN_NOUN_PHRASE and token.head is not token:
        token = token.head
    if token is None or token.dep_ not in SUBJECTS:
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma in words["ending"]:  # "must stop", "should end"
        return any(c.dep_.startswith("aux") and c.lemma_.lower() in words["must"] for c in verb.children)
    # "need to stop", "doivent cesser", "il faut que ... cessent"
    return lemma in words["must"] and any(c.dep_ == "xcomp" and c.lemma_.lower() in words["ending"]
                                          for c in verb.children)


def _announced(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """The verb is in the future, or an infinitive below a verb of intent or of going ("plan to strike")."""
    if _future(verb, words):
        return True
    intended = verb.head.lemma_.lower() in words["intent"] or _going(verb.head, words)
    return verb.dep_ == "xcomp" and infinitive(verb) and intended


def _future(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "will hold", "manifesteront", "vont manifester" (the infinitive below "aller" in the present)."""
    if verb.morph.get("Tense") == ["Fut"]:
        return True
    return any(c.dep_.startswith("aux") and c.lower_ in words["future_aux"] for c in verb.children)


def _going(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "are going to", "vont": a verb of going in the present (in English, the progressive)."""
    if verb.lemma_.lower() not in words["going"]:
        return False
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ in {"VBP", "VBZ"} for c in verb.children)
    return verb.morph.get("Tense") == ["Pres"]


def antecedent(report: Report, sentence_start: int, trigger_start: int) -> bool:
    """ "Following an IED attack the day before, forces raided the village": the trigger names an event that came
    before the one its sentence reports (see `antecedent` in discourse.yaml)."""
    return antecedent_phrase(report, sentence_start, trigger_start) is not None


def antecedent_phrase(report: Report, sentence_start: int, trigger_start: int) -> tuple[int, int] | None:
    """Where the words naming the earlier event are: from "following" to the next comma or the sentence's end."""
    text = report.article.text
    found = discourse().antecedent[report.language].search(normalise(text[sentence_start:trigger_start]))
    if found is None:
        return None
    sentence = report.sentence_of(trigger_start)
    end = sentence.end if sentence is not None else len(text)
    comma = re.compile(r"[,;]").search(text, trigger_start, end)
    return sentence_start + found.start(), comma.start() if comma else end


def continues_background(report: Report, unit: Unit, background_sentences: set[int]) -> bool:
    """ "Début octobre dernier, un bataillon a essuyé une attaque à Boulkessy. Pas moins de 38 soldats y avaient
    péri": a clause in the pluperfect right after a sentence of background goes on telling that past event."""
    if unit.sentence.index - 1 not in background_sentences:
        return False
    span = report.doc.char_span(unit.clause[0], unit.clause[1], alignment_mode="expand")
    # The tense auxiliary, not a passive one: "était planifiée" is an imperfect, "avaient péri" a pluperfect.
    first = next((t for t in span or [] if t.dep_ in {"aux", "aux:tense"} and t.lemma_.lower() in PERFECT_AUX), None)
    return first is not None and first.morph.get("Tense") == [PAST_OF_AUX[report.language]]


def in_pluperfect(report: Report, unit: Unit) -> bool:
    """The verb of the clause's trigger is in the pluperfect ("had abducted", "avaient enlevé", "avaient été
    enlevés"): told as before the time the report's other past tenses tell."""
    verb = report.governing_verb(unit.ctype.hit.start)
    return verb is not None and any(
        c.dep_ in {"aux", "aux:tense"}
        and c.lemma_.lower() in PERFECT_AUX
        and c.morph.get("Tense") == [PAST_OF_AUX[report.language]]
        for c in verb.children
    )


def repeated(report: Report, unit: Unit) -> bool:
    """The clause's sentence says the event came again or went on ("attacked the town again", "les combats ont
    repris le lendemain"): it tells another day's event, not the one before restated."""
    a, b = unit.sentence.start, unit.sentence.end
    return bool(discourse().repeated[report.language].search(normalise(report.article.text[a:b])))


def told_victims(report: Report, unit: Unit) -> bool:
    """Every casualty word of the clause names victims already told: "the wounded", "les blessés", "ces
    victimes". When they died is then no other event's date."""
    text = report.article.text
    return all(DEFINITE_VICTIMS.search(text[max(0, h.start - 12) : h.start]) for h in unit.ctype.hits)


def cared_for(report: Report, unit: Unit) -> bool:
    """A casualty word of the clause is followed by what was done for the casualties afterwards ("six wounded were
    taken to hospital in Gao on Monday", "six blessés ont été évacués lundi vers Gao"): the day the clause names is
    the transfer's, no other event's."""
    text, care = report.article.text, discourse().cared_for[report.language]
    return any(care.match(normalise(text[h.end : unit.clause[1]])) for h in unit.ctype.hits)


def died_of_wounds(report: Report, unit: Unit) -> bool:
    """The clause tells a wounded person dying afterwards ("a succombé mercredi à l'hôpital", "one of the wounded died
    of his injuries on Tuesday"): the day it names is the death's, no other event's."""
    text = normalise(report.article.text[unit.clause[0] : unit.clause[1]])
    return bool(discourse().died_of_wounds[report.language].search(text))


def announces_new_event(report: Report, unit: Unit) -> bool:
    """ "A second blast", "a separate attack", "une autre attaque", "in a separate incident": a word of
    `new_event` qualifies the trigger, with only articles, adjectives or an incident noun between them. In
    "a second statement saying clashes continued", "second" is about the statement."""
    hit = unit.ctype.hit
    start = max(unit.clause[0], hit.start - NEW_EVENT_REACH)
    before = normalise(report.article.text[start : hit.start])
    nouns = discourse().incident_nouns[report.language]
    for m in word_pattern("new_event", report.language).finditer(before):
        between = [t for t in report.doc.char_span(start + m.end(), hit.start, alignment_mode="expand") or []]
        if all(t.pos_ in INCIDENT_POS or t.lower_ in nouns for t in between if t.idx >= start + m.end()):
            return True
    return _fronted_new_event(report, unit)


def _active_verb(report: Report, unit: Unit) -> bool:
    """The trigger is a verb in the active voice ("killed four farmers", not "was injured")."""
    token = report.token_at(unit.ctype.hit.start)
    return token is not None and token.pos_ == "VERB" and not any(c.dep_ in PASSIVE_AUX for c in token.children)


def _fronted_new_event(report: Report, unit: Unit) -> bool:
    """ "In a separate operation on Monday evening, an army drone struck ...", "Dans une autre attaque, ...": a
    phrase heading the clause and closed by a comma before the trigger, whose new-event word qualifies an event
    noun, announces the whole clause as another event, however far its specific trigger comes after, or its bare
    verb with a doer ("In a separate incident on Tuesday, gunmen killed four farmers"); a bare passive ("In another
    incident, a woman was injured when pickets hurled stones") may still be how the event told before went."""
    if unit.ctype.strength != "strong" and not _active_verb(report, unit):
        return False
    return opens_another_incident(report.article.text[unit.clause[0] : unit.ctype.hit.start], report.language)


def title_line(report: Report, unit: Unit) -> bool:
    """The clause is the report's headline: a line with no closing stop, above a body, with nothing before it but
    such lines (an outlet's name, "Sahel Wire, NIAMEY"). A one-line note with no stop ("Twin blasts in Eastleigh
    target civilians") is the whole report."""
    sentence, text = unit.sentence, report.article.text
    body = text[sentence.end : sentence.end + 1] == "\n" and bool(text[sentence.end :].strip())
    header = all(_bare_line(text, s) for s in report.sentences[: sentence.index])
    return header and not LINE_END.search(sentence.text) and body


def _bare_line(text: str, sentence: Sentence) -> bool:
    """The sentence is a line of its own with no closing stop: a headline, a link to another story, a credit."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip() == sentence.text.strip() and not LINE_END.search(sentence.text)


def headline_sum(report: Report, unit: Unit) -> bool:
    """A headline that counts events ("Two attacks in Borno leave 11 dead") or lists them ("Drone strike in Mali,
    ambush in Niger leave 13 dead") sums up those the body tells one by one: its figures are their total, no
    event of its own."""
    if not title_line(report, unit):
        return False
    pattern, numbers = discourse().counted[report.language]
    text = normalise(report.article.text)
    counted = any(numbers[m.group(1).lower()] >= 2 for m in pattern.finditer(text, *unit.clause))
    return counted or _lists_events(report, unit)


def _lists_events(report: Report, unit: Unit) -> bool:
    """Two event nouns of the clause joined by a comma or "and"/"et", with no verb between: "Drone strike in Mali,
    ambush in Niger", "Air strike in Sudan, shelling in Chad leave 14 dead"."""
    nouns = [h for h in unit.ctype.hits if (t := report.token_at(h.start)) is not None and _event_noun(t)]
    joins = discourse().joins[lang(report.language)]
    text = report.article.text
    for first, second in zip(nouns, nouns[1:], strict=False):
        between = text[first.end : second.start]
        verbs = [t for t in report.doc if first.end <= t.idx < second.start and t.pos_ in {"VERB", "AUX"}]
        if ("," in between or joins.search(between)) and not verbs:
            return True
    return False


def _event_noun(token: Token) -> bool:
    """A noun, or a gerund a headline uses as one ("shelling", "fighting")."""
    return token.pos_ in {"NOUN", "PROPN"} or token.tag_ == "VBG"


def link_headline(report: Report, unit: Unit) -> bool:
    """A line that is not a sentence (no closing stop), after the title, reporting an event placed in another
    country than the report's: a link to another story ("About 40 people kidnapped in Zamfara, Nigeria")."""
    if title_line(report, unit) or not _bare_line(report.article.text, unit.sentence):
        return False
    place = unit.place.place if unit.place is not None else None
    home = report.home_country
    return place is not None and home is not None and place.country_code != home


def historical_present(report: Report, unit: Unit) -> bool:
    """ "Le 16 janvier 2013, des hommes armés attaquent le site. Ils prennent en otage des employés": a full date
    naming its year, with its verb in the present, in a page that does not say when it was published, and a
    later sentence that goes on in the present, tells a timeline, not news. One sentence in the present ("On
    4 July 2016, parents hold a demonstration ...", as ACLED notes and wire summaries write) is the event."""
    if not discourse().historical_present or report.article.published is not None:
        return False
    date = unit.date
    if date is None or date.value is None or date.precision != 1:
        return False
    if not re.search(r"(?:19|20)\d\d", report.article.text[date.start : date.end]):
        return False
    if not _in_present(report, report.token_at(unit.ctype.hit.start), report.governing_verb(unit.ctype.hit.start)):
        return False  # "prennent en otage": the verb the trigger noun hangs off
    later = [s for s in report.sentences if s.index > unit.sentence.index]
    return any(
        _in_present(report, *(t for t in span if t.dep_ == "ROOT"))
        for s in later
        if (span := report.doc.char_span(s.start, s.end, alignment_mode="expand")) is not None
    )


def _in_present(report: Report, *tokens: Token | None) -> bool:
    """One of the words is a verb in the present that tells something done (not "said", "is", "has")."""
    reporting = role_words().reporting[report.language]
    return any(
        _present(t, report.language)
        for t in tokens
        if t is not None and t.lemma_.lower() not in reporting and t.lemma_.lower() not in STATIVE
    )


def _present(token: Token, language: str) -> bool:
    """A finite verb in the present with no auxiliary ("attack", "attaquent"), not a participle. The small
    French model often tags a verb in -ent as an adverb: a form in -ent (not -ment) that is not a noun or an
    adjective is a third person plural present."""
    if any(c.dep_.startswith("aux") for c in token.children):
        return False
    if token.pos_ == "VERB" and token.morph.get("Tense") == ["Pres"]:
        return token.morph.get("VerbForm") == ["Fin"] or token.tag_ in {"VBP", "VBZ"}
    word = token.lower_
    return language == "fr" and word.endswith("ent") and not word.endswith("ment") and token.pos_ in {"VERB", "ADV"}


# --- groups -----------------------------------------------------------------------------------------------


def in_context_passage(group: Group, background_sentences: set[int]) -> bool:
    """A secondary event told in one sentence beside sentences marked as background ("Wednesday, 13 people
    were killed in three villages of X. The region is regularly hit by jihadists.") is part of that context
    passage, not news of its own."""
    indexes = group.sentence_indexes
    if len(indexes) != 1:
        return False
    (index,) = indexes
    reach = discourse().context_reach
    return any(0 < abs(index - b) <= reach for b in background_sentences)


# --- one event per place ------------------------------------------------------------------------------------


def coordinated_places(report: Report, unit: Unit) -> list[Toponym]:
    """Two or more localities the clause's trigger is about, joined by "and"/"et" ("à Boulikessi et Mondoro",
    "the villages of X, Y and Z"), none a country or a region, not a stretch "between X and Y". A capitalised
    name joined to a locality is a place too, whether or not the gazetteer knows it."""
    text = normalise(report.article.text)
    rules = discourse()
    hit = unit.ctype.hit
    a, b = unit.clause
    coordination = rules.coordination[report.language]
    named = {t.start: t for t in report.toponyms if a <= t.start < b}
    for first in sorted(named.values(), key=lambda t: t.start):
        if not _locality(first):
            continue
        chain = [first]
        while True:
            gap = coordination.match(text, chain[-1].end, b)
            following = gap and (named.get(gap.end()) or _unknown_name(report, text, gap.end(), b))
            if not gap or not following or not _locality(following) or _doers_after(report, first, following):
                break
            chain.append(following)
        while len(chain) >= 2 and not rules.joins[report.language].search(text[chain[-2].end : chain[-1].start]):
            chain.pop()  # "Bankass, Mopti": a comma alone does not join two places
        if len(chain) < 2 or not rules.introduced[report.language].search(text[a : chain[0].start]):
            continue
        if rules.route[report.language].search(text[a : chain[0].start]):
            return []  # "the road between Gao and Ansongo": one stretch, not two places
        if not any(report.attached(t.start, hit.start, hit.end, OBJECT_REACH) for t in chain):
            return []
        if len({_name_key(t) for t in chain}) < len(chain) or not _told_apart(report, text, unit, chain):
            return []
        return chain
    return []


def _doers_after(report: Report, first: Toponym, following: Toponym) -> bool:
    """The name joined after a place is the subject of a verb, or joined to one, while that place is not ("in Garba
    Tula, Borana and Somalis clashed": a people, or a place standing for its people): who acted, not a place the
    event happened at. (When the parse makes the first place a subject too, it misread the phrase.)"""
    return _names_doers(report, following) and not _names_doers(report, first)


def _names_doers(report: Report, toponym: Toponym) -> bool:
    token = report.token_at(toponym.start)
    while token is not None and token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token is not None and token.dep_ in SUBJECTS


def _told_apart(report: Report, text: str, unit: Unit, chain: list[Toponym]) -> bool:
    """The report tells the places' events apart: it names one of them again outside this sentence ("à
    Mondoro, les assaillants avaient pris le camp"), or it speaks of two attacks ("la double attaque"), or of
    gatherings in the plural ("Protests were held in Mombasa and Kisumu": one crowd per town)."""
    if discourse().several[report.language].search(text):
        return True
    trigger = report.token_at(unit.ctype.hit.start)
    plural = trigger is not None and trigger.pos_ == "NOUN" and "Plur" in trigger.morph.get("Number")
    if unit.ctype.event_type in DEMONSTRATIONS and plural:
        return True
    outside = text[: unit.sentence.start] + " " + text[unit.sentence.end :]
    return any(re.search(rf"(?<!\w){re.escape(normalise(t.text))}(?!\w)", outside) for t in chain)


def _unknown_name(report: Report, text: str, start: int, end: int) -> Toponym | None:
    """A capitalised name the gazetteer did not find ("Ogossagou and Welingara"), resolved if it can be."""
    m = CAPITALISED.match(text, start, end)
    if m is None:
        return None
    found = geo.get_geocoder().resolve_spans(report.article.text, [(m.start(), m.end())], report.language)
    if found and found[0].place is not None and found[0].place.country_code == report.home_country:
        return found[0]
    return Toponym(start=m.start(), end=m.end(), text=m.group(0), rule="coordinated")


def _locality(toponym: Toponym) -> bool:
    """A town or village: resolved to a populated place, or a name the gazetteer lacks (placed at its region at
    best), never a country or a region."""
    place = toponym.place
    return place is None or place.feature_class == "P" or toponym.rule.endswith("region-fallback")


def _name_key(toponym: Toponym) -> str:
    place = toponym.place
    if place is not None and not toponym.rule.endswith("region-fallback"):
        return str(place.geonameid or place.name.lower())
    return normalise(toponym.text).lower()
