"""Which act of a clause is the event: arrests and raids that give way to violence, words that only mention one.

ACLED codes an arrest, a search or a seizure only when no violence is reported with it, and an event named in
passing (what someone is accused of, what a meeting discussed) is no event. triggers.py asks these questions of
one clause's triggers before it weighs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.targets import sentence_end
from sitrep.extract.vocabulary import Hit, blanked, normalise, vocabulary, word_pattern
from sitrep.extract.vocabulary import lang as _lang

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.context import Group, Report

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}  # won by force
PURPOSE = {"to", "pour", "afin"}  # the words that open an infinitive of purpose ("to retake", "pour reprendre")
# Strategic developments that give way to people hurt in the same clause, and the words that say they were.
OUTRANKED_BY_HARM = {"Arrests", "Disrupted weapons use"}
HARM = re.compile(
    r"(?:kill|shot|shoot|gunn?ed|beat|injur|wound|tortur|stabb|hack|murder|lynch|tu[ée]|abatt|bless|battu|tabass)",
    re.IGNORECASE,
)
# Words that say men forced their way into a place, not that they hurt anyone ("stormed", "raided", "fait
# irruption"); "attacked the houses" says more: an attack.
ENTERED = re.compile(r"\b(?:storm\w*|raid\w*|invad\w*|irruption|broke into|break(?:s|ing)? into)", re.IGNORECASE)


def arrest_setting(text: str, hit: Hit, clause: tuple[int, int], language: str) -> bool:
    """An arrest tried or resisted ("killed by police as they resisted arrest", "an operation to arrest
    militants", "went there to arrest a suspect"): the setting of the violence the clause reports, not an
    arrest event."""
    if hit.sub.name != "Arrests":
        return False
    before = normalise(text[max(clause[0], hit.start - 40) : hit.start])
    return bool(word_pattern("arrest_setting", language).search(before))


def passing_mention(text: str, hit: Hit, language: str) -> bool:
    """The trigger names an event the clause mentions in passing: what someone is accused of ("arrested 74 people
    accused of killings and rapes"), what a meeting discussed, an earlier event ("wounded by an earlier bomb
    blast, he was wounded again when the ambulance was ambushed"). Read back to the sentence's start, past the
    clause's: in "accused of killings and rapes" the rapes are a clause of their own."""
    before = normalise(text[max(text.rfind(".", 0, hit.start) + 1, hit.start - 60) : hit.start])
    return bool(word_pattern("passing_mention", language).search(before))


def carried_by_air(text: str, hit: Hit, language: str) -> bool:
    """An aircraft that carried people ("the wounded were evacuated by military helicopter", "évacués par
    aéronefs"): the words name a means of transport, not an air strike."""
    if hit.sub.name != "Air/drone strike":
        return False
    before = normalise(text[max(text.rfind(".", 0, hit.start) + 1, hit.start - 60) : hit.start])
    return bool(word_pattern("carried_by_air", language).search(before))


def aircraft_not_striking(report: Report, hit: Hit, hits: list[Hit]) -> bool:
    """An aircraft the parse gives as what holds people or things ("the bodies being loaded into a military
    helicopter", "embarqués à bord d'un avion militaire") or as the air support of a ground force ("troops backed
    by fighter jets and helicopter gunships launched an assault", "des soldats appuyés par des hélicoptères de
    combat"): a carrier, or a part of the ground force's battle (ACLED codes air support inside a battle as that
    battle), not an air strike of its own. Read on the aircraft noun, the first of a coordination, and the words
    between the verb that governs it and its phrase; `hits` are the sentence's triggers."""
    if hit.sub.name != "Air/drone strike":
        return False
    noun = report.token_at(hit.end - 1)
    if noun is None:
        return False
    if noun.dep_ in {"amod", "compound"} and noun.head.i > noun.i - 3:
        noun = noun.head  # "avions militaires": the adjective's noun
    while noun.dep_ == "conj":
        noun = noun.head  # "backed by fighter jets and helicopter gunships": the gunships as the jets
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if governor.pos_ not in {"VERB", "AUX"} or governor.i >= noun.i:
        return False
    if any(h.start <= governor.idx < h.end for h in hits if h.sub.event_type != "Strategic developments"):
        return False  # "fired into a helicopter", "bombardés par des avions": the verb tells violence
    phrase = next(t for t in noun.subtree if t.dep_ != "case")  # "à bord d'un avion": "un", the case words before
    between = normalise(report.article.text[governor.idx : phrase.idx]).strip()
    words = ("aircraft_holds", "air_support")
    return any(word_pattern(name, report.language).search(between) for name in words)


def territory_aimed_at(report: Report, hit: Hit) -> bool:
    """A taking of territory told as the aim of another act, in an infinitive of purpose ("launched an assault to
    retake the town", "in a bid to recapture the base", "une offensive pour reprendre la ville"): the place was
    not taken, and the act that aimed at it is the event. Not "managed to retake", "were able to recapture" (the
    infinitive completes the verb: it happened)."""
    if hit.sub.sub_event_type not in TERRITORY:
        return False
    token = report.token_at(hit.start)
    if token is None or token.dep_ not in {"advcl", "acl"}:
        return False
    return infinitive(token) and any(c.dep_ in {"aux", "mark"} and c.lower_ in PURPOSE for c in token.children)


def infinitive(token: Token) -> bool:
    """The verb is a bare infinitive ("plan to strike", "pour reprendre"), not a finite or past form ("protested")."""
    return token.tag_ == "VB" or token.morph.get("VerbForm") == ["Inf"]


def denied(text: str, hit: Hit, clause: tuple[int, int], language: str) -> bool:
    """An arrest, battle or violence word denied or left open ("no arrests have been made", "any casualties or
    arrests", "no clashes were reported", "no fighting", "sans qu'aucun affrontement ne soit signalé"): it reports
    no event."""
    if hit.sub.name == "Arrests":
        words = "arrest_denied"
    elif hit.sub.event_type == "Battles" or hit.sub.strength == "generic":
        words = "violence_denied"
    else:
        return False
    before = normalise(text[max(clause[0], hit.start - 40) : hit.start])
    return bool(word_pattern(words, language).search(before))


def search_raid(text: str, hit: Hit, clause: tuple[int, int], language: str) -> bool:
    """State forces raiding a place and nobody hurt, shot or killed in the sentence or the next ("police raided
    the newspaper's office and closed it down"): a search, not an attack; ACLED codes it as a strategic
    development."""
    if not hit.text.lower().startswith(("raid", "perquisition")):
        return False
    if not vocabulary().targets[_lang(language)]["military"].search(normalise(text[clause[0] : hit.start])):
        return False
    sentence = normalise(text[text.rfind(".", 0, hit.start) + 1 : sentence_end(text, sentence_end(text, hit.end) + 2)])
    harm = (word_pattern(name, language).search(sentence) for name in ("hurt", "killing", "fought_back"))
    return not any(harm) and not word_pattern("force_in_raid", language).search(sentence)


SMALL_NUMBERS = {
    word: value
    for value, words in enumerate(
        [(), ("a", "an", "one", "un", "une"), ("two", "deux"), ("three", "trois"), ("four", "quatre"), ("five", "cinq"),
         ("six",), ("seven", "sept"), ("eight", "huit"), ("nine", "neuf"), ("ten", "dix")]
    )
    for word in words
}
MASS_TAKING = 5  # people taken for each one killed above which an abduction is the main act
COUNT_AFTER = re.compile(r"\s+(?:at least |some |more than |over |au moins |plus de )?(\d+|[^\W\d_]+)", re.IGNORECASE)


def more_taken(clause_text: str, killed_end: int, taken_end: int) -> bool:
    """Many times more people abducted than killed (MASS_TAKING), by the figures right after each verb ("killed
    two guards ... and abducted 41 foreigners"): the abduction stays the main act. A few more taken than killed
    ("killing a police officer and abducting two others", "killed 14 worshippers and abducted 20") is an attack
    that also took people: the exports code it as the killing (readable seeds: 3 of 3). False
    when either figure is not told."""
    def count(at: int) -> int | None:
        m = COUNT_AFTER.match(clause_text, at)
        word = m.group(1).lower() if m else ""
        return int(word) if word.isdigit() else SMALL_NUMBERS.get(word)

    killed, taken = count(killed_end), count(taken_end)
    return killed is not None and taken is not None and taken >= MASS_TAKING * killed


def harm_outranks(hits: list[Hit], lead: Hit) -> bool:
    """The clause's leading strong trigger is an arrest or a seizure (`lead`) told with people hurt: ACLED codes
    those only when no violence is reported, so the violence decides."""
    return lead.sub.name in OUTRANKED_BY_HARM and any(_harm(h) for h in hits)


def told_before_arrest(kept: list[Group], groups: list[Group]) -> Group | None:
    """The report's only events kept are arrests or seizures, and it told violence or a demonstration before them
    ("30 houses burned in attacks ... More than 60 youths arrested", "drivers blocked roads to protest the fees.
    Arrests reported", "attacked a Deputy Commissioner while protesting. Police arrested several agitators"): that
    earlier act is the event, however few words it took (ACLED codes an arrest only when nothing else happened).
    Not an act named as what led to another, nor one told after the arrest ("police arrested two men. They are
    accused of killing a trader") or in its sentence ("police carried out raids and mass arrests": the raids are
    the arrests' operation)."""
    if not kept or any(g.sub_event_type not in OUTRANKED_BY_HARM for g in kept):
        return None
    first = min(g.units[0].sentence.index for g in kept)
    return next(
        (g for g in groups
         if g.event_type != "Strategic developments" and not g.antecedent and g.units[0].sentence.index < first),
        None,
    )


def violence_over_agreement(report: Report, hits: list[Hit], agreement: Hit) -> bool:
    """An agreement named beside the violence its sentence tells ("militiamen attacked the village despite a
    ceasefire agreement", "rebels who signed a truce attacked an army base", "attacked the post in violation of the
    cessation of hostilities"): the violent verb is the sentence's main verb and the agreement is not, so the
    violence is the event (ACLED codes an agreement only when no violence is told as news). "Clans signed a peace
    agreement after attacks last month" keeps the agreement, which the main verb tells."""
    word = report.token_at(agreement.start)
    if word is None:
        return False
    root = word.sent.root
    if agreement.start <= root.idx < agreement.end:
        return False

    def main_verb(hit: Hit) -> bool:
        token = report.token_at(hit.start)
        return token is not None and (token == root or (token.dep_ == "conj" and token.head == root)
                                      or hit.start <= root.idx < hit.end)

    return any(main_verb(h) for h in hits
               if h.sub.name == "generic" or (h.sub.event_type in VIOLENT and h.sub.strength == "strong"))


def harm_in_arrest(first: Hit, second: Hit) -> bool:
    """People arrested, then hurt ("arrested and tortured a suspect", "were detained and beaten by soldiers"): one
    act, whose violence decides (harm_outranks), not two events. Not "killing one and arresting two", where the
    arrest is of others."""
    return first.sub.name == "Arrests" and _harm(second)


def taken_unopposed(sub_event_type: str, told: str, hits: list[Hit], language: str) -> tuple[str, str, str] | None:
    """A non-state group taking a place with no violence told ("Al Shabaab took over the village and preached to
    the residents"): `told` is what the report says of the taking (its sentences), `hits` the triggers of every
    clause the report tells as news. ACLED's overtaking of territory is a battle won; a place acquired without a
    violent interaction is a non-violent transfer of territory (codebook; Kenya's readable notes code such
    takeovers so). Not a place taken by force ("overran", "captured", "after driving out the soldiers"), nor the
    state's taking of a place, which the exports code as regaining territory whether or not fighting is told."""
    if sub_event_type != "Non-state actor overtakes territory":
        return None
    if word_pattern("taken_by_force", language).search(normalise(told)):
        return None
    if any(h.sub.name == "generic" or (h.sub.event_type in VIOLENT and h.sub.sub_event_type not in TERRITORY)
           for h in hits if h.sub.strength != "modifier"):
        return None
    return "Strategic developments", "Non-violent transfer of territory", "type:territory-taken-unopposed"


def taken_by_foreign_forces(sub_event_type: str, foreign: bool, told: str, hits: list[Hit],
                            language: str) -> tuple[str, str, str] | None:
    """Another state's forces taking a place with no violence told ("Ethiopian soldiers crossed into Kenya and took
    over a police station" in a report about Kenya; `foreign` says the taker is such a force): the codebook's
    regaining of territory is a state retaking its own ground from a non-state group; this is a non-violent
    transfer of territory, read as taken_unopposed reads a group's taking."""
    if sub_event_type != "Government regains territory" or not foreign:
        return None
    unopposed = taken_unopposed("Non-state actor overtakes territory", told, hits, language)
    return unopposed and (*unopposed[:2], "type:foreign-forces-take-territory")


def harm_told(report: Report) -> bool | None:
    """Whether the report's news (its background clauses left out) says people were hurt: True when a sentence
    names deaths or injuries ("Several residents report injury", "20 deaths reported"), False when none does and one
    says nobody was ("No casualties were reported", "Aucune victime"), None when it says neither. A hurt word after
    a denial in its sentence ("does not indicate any fatalities or injuries") says nobody was."""
    text = blanked(report.article.text, report.past)
    told, denied = False, False
    for sentence in report.sentences:
        words = normalise(text[sentence.start : sentence.end])
        hurt = report.pattern("people_hurt").search(words)
        denial = hurt and report.pattern("hurt_denied").search(words, 0, hurt.start())
        if report.pattern("nobody_hurt").search(words) or denial:
            denied = True
        elif hurt:
            told = True
    return True if told else (False if denied else None)


def destruction_with_harm(sub_event_type: str, hits: list[Hit], hurt: bool | None) -> tuple[str, str, str] | None:
    """Property looted or destroyed in a report whose news says people were hurt or killed, in another sentence
    ("burned several houses and shops. Several residents report injury"): ACLED's looting/property destruction is
    property alone, so the raid is an attack on civilians (triggers.py reads the same within one clause).
    Property destroyed and men storming or raiding (not attacking) a place, when the report says nobody was hurt
    ("stormed a village, looted livestock and burned huts. No casualties"), is looting/property destruction: no
    violence against people is told (codebook). Read only when the report codes no other violent event: then the
    hurt are that event's."""
    if sub_event_type == "Looting/property destruction" and hurt:
        return "Violence against civilians", "Attack", "type:destruction-with-harm-told"
    destroyed = any(h.sub.sub_event_type == "Looting/property destruction" for h in hits)
    entry_only = all(ENTERED.search(h.text) for h in hits if h.sub.name == "generic")
    if sub_event_type == "Attack" and hurt is False and destroyed and entry_only:
        return "Strategic developments", "Looting/property destruction", "type:destruction-nobody-hurt"
    return None


def _harm(hit: Hit) -> bool:
    return hit.sub.name == "generic" and bool(HARM.match(hit.text))
