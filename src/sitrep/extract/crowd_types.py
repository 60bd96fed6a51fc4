"""Riots told by who acted: crowds, mobs and demonstrators, and the violence that stays an armed group's.

ACLED codes violence by unorganised people as a riot: a violent demonstration when they demonstrate, mob violence
otherwise; property they burn is a riot's work, not a strategic development. triggers.py asks these questions
of one clause once its triggers are known.
"""

from __future__ import annotations

import re

from sitrep.extract.actor_kb import get_actor_kb
from sitrep.extract.mention_context import PEOPLE_OF
from sitrep.extract.targets import (
    ATTACKER_VERB,
    PASSIVE,
    PASSIVE_AFTER,
    PASSIVE_AGENT,
    is_passive,
    no_reporters,
    sentence_around,
    sentence_end,
    state_side,
)
from sitrep.extract.vocabulary import Hit, find_hits, lang, normalise, vocabulary, word_pattern
from sitrep.models import ActorRef

DEMONSTRATORS = re.compile(r"demonstrators|protest[eo]rs|manifestants", re.IGNORECASE)
PROTEST_REACH = 200  # characters around a clause of property destruction where a protest makes it a riot
CLASH_REACH = 300  # characters after a clash where stones or tear gas tell a riot
# Who a politician's attackers are ("supporters of Governor X", "youths allied to the candidate"): not whom they hit.
FOLLOWERS = re.compile(
    r"\b(?:(?:supporters|followers|loyalists|youths?|allies|members|camp)\s+of|allied to|loyal to|by|par)\s+"
    r"(?:[\w'.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Where the words naming whom an active verb hit end: "attacked the MP during a rally", "by", a new clause.
OBJECT_END = re.compile(r"\b(?:by|during|at|in|while|after|near|on|when|as|par|pendant|lors)\b|[,.;]", re.IGNORECASE)
# What was fired or thrown at is named after a preposition: "fired upon a procession", "exploded at a rally" (not
# "the injured at a demonstration", who were hurt there).
FIRED = re.compile(r"(?:fire|fired|firing|shots|explod\w*|hurl\w*|threw|thrown|lobbed|tirs?)$", re.IGNORECASE)
AIMED_AT = re.compile(r"^\s*(?:on|upon|at|into|sur)\s+", re.IGNORECASE)
POLITICIAN_REACH = 50  # characters after an active verb where the politician it hit is named
OBJECT_WORDS = 4  # words of them: in "attack journalists covering a visit from the governor" the journalists are hit
# "by a mob", "by angry youths", "by a band of vigilantes": one word may stand before the crowd word.
# The crowd word's complement before its verb: "cadres of the front vandalised", "youths from the estate attacked".
MOB_SUBJECT = re.compile(
    r"(?:\s+(?:of|from|in|at|du|de|des)\s+(?:[\w'()-]+\s+){0,4}?[\w'()-]+){0,2}" + ATTACKER_VERB.pattern, re.IGNORECASE
)
MOB_AGENT = re.compile(
    r"\b(?:by|par)\s+(?:(?:a|an|the|une?|la|les|des)\s+)?(?:(?:angry|irate|(?:group|band) of)\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The crowd word is what a violence verb right before it hit ("killing four residents and burning their houses",
# "tuant quatre habitants et incendiant"): the victims, not a mob.
HIT_BEFORE = re.compile(
    r"\b(?:kill|shoot|shot|wound|injur|hack|stab|abduct|kidnap|attack|tu[ée]|tuant|bless|enlev|attaqu)\w*"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Headlinese drops the auxiliary of a passive: a crowd word's violence verb with its agent right after it ("nine
# villagers killed by gunmen", "neuf villageois tués par des hommes armés") names the people hit.
AGENT_AFTER = re.compile(r"\s+(?:(?:dead|to death|à mort)\s+)?(?:by|par)\s", re.IGNORECASE)
# A passive clause with no agent, "a man was beaten to death", and the verb coordinated after it that names one:
# "... and set on fire by residents", "... and nearly lynched in a suburb by a vigilante mob".
PASSIVE_VERB = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:[\w-]+\s+)?[\w-]+(?:ed|en|t)\b", re.IGNORECASE)
SHARED_AGENT = re.compile(r"\s*,?\s*(?:and|et)\s+(?:[\w'-]+\s+){0,8}?(?:by|par)\s", re.IGNORECASE)
AGENT_REACH = 40  # characters after "by" where the crowd word stands
IDENTITY = 4  # ACLED's inter code of identity militias (ethnic, clan and communal)
ETHNIC_RULE = "actor:ethnic-group"  # a mention read from data/actors/ethnic.yaml
COMMUNAL = "Communal Militia"  # its name for India's religious and caste communities
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|à|en)\s+$", re.IGNORECASE)
CROWD_CODES = {5, 6}  # ACLED's inter codes of rioters and protesters
PROTESTERS_CODE = 6
STATE_FORCES = {1, 8}  # ACLED's inter codes of state forces at home and abroad
HIT_GATHERING_TYPES = {"Violence against civilians", "Explosions/Remote violence"}
UNORGANISED_FOES = {1, 5, 6, 7}  # sides a crowd riots against: state forces, another crowd, civilians


def armed_attacker(text: str, clause: tuple[int, int], language: str) -> bool:
    """An armed group ("militants", "al Shabaab") named in the clause, and no crowd, threw the bomb. Attackers
    the report does not name ("assailants hurled cocktails") are rioters: Violence against civilians needs an
    organised armed group, and exports code such bomb-throwing in political unrest as riots."""
    segment = _unnamed_masked(normalise(text[clause[0] : clause[1]]), language)
    armed = vocabulary().targets[lang(language)]["armed_group"].search(segment)
    return bool(armed) and not word_pattern("mob", language).search(segment)


def _unnamed_masked(segment: str, language: str) -> str:
    """The words without attackers the report does not name ("assailants", "unidentified people")."""
    return word_pattern("unnamed_attackers", language).sub(lambda m: " " * len(m.group(0)), segment)


def _militia_spans(segment: str, language: str) -> list[tuple[int, int]]:
    """Where the words name an ethnic group's or a clan's militia as the actor knowledge base reads them
    ("Kalenjin youths", "Pokot tribe"): ACLED codes such people as an identity militia, an organised side, so
    their violence is no mob's (a crowd word inside the name is no crowd). Not vigilantes, who lynch as a mob,
    nor India's religious and caste communities, whose clashes South Asian exports code as riots, nor a name
    after "in" or "at", a place's ("students of a school in Kisii burnt their dormitories")."""
    mentions = get_actor_kb().find_mentions(segment, language)
    return [
        (_people_of(segment, m.start, language), m.end)
        for m in mentions
        if m.rule == ETHNIC_RULE
        and m.ref.inter_code == IDENTITY
        and COMMUNAL not in m.ref.name
        and not PLACE_BEFORE.search(segment, 0, m.start)
    ]


def _people_of(segment: str, start: int, language: str) -> int:
    """Where the militia's name starts once the crowd word its people are named by is read with it: "youths from
    the Berom community", "members of the Pokot tribe", "des jeunes de la communauté peule" are that community's
    militia as "Berom youths" is; else `start`."""
    of = PEOPLE_OF.search(segment, 0, start)
    if of is None:
        return start
    for name in ("crowd", "mob"):
        people = [m for m in word_pattern(name, language).finditer(segment, 0, of.start()) if m.end() == of.start()]
        if people:
            return people[-1].start()
    return start


def crowd_fight(clause_text: str, language: str) -> bool:
    """A clash of supporters, party members, youths or traders (with each other or the police): no armed group,
    and no clan, community or militia that would make them an organised armed side. Demonstrators alone are not
    such a crowd: their clash is their demonstration's violence (`demonstrators_fight`), wherever the police are
    named."""
    segment = normalise(clause_text)
    armed = vocabulary().targets[lang(language)]["armed_group"].search(segment)
    if armed or word_pattern("organised", language).search(segment) or _militia_spans(segment, language):
        return False
    crowds = [m.group(0) for m in word_pattern("crowd", language).finditer(segment)]
    return not all(DEMONSTRATORS.fullmatch(c) for c in crowds)


def riot_control_clash(text: str, clause: tuple[int, int], language: str) -> bool:
    """A clash told with stones or fists, or broken up with tear gas or dispersal, within CLASH_REACH characters
    after it, and no armed group nor weapon named there ("two factions clashed in the assembly; police broke up
    the scuffling groups with tear gas"): ACLED's battles need armed sides, so its sides are rioters."""
    start, end = clause[0], min(len(text), clause[1] + CLASH_REACH)
    window = normalise(text[start:end])
    if vocabulary().targets[lang(language)]["armed_group"].search(window):
        return False
    if word_pattern("weapons", language).search(window):
        return False
    return bool(word_pattern("brawl_means", language).search(window)) or any(
        h.sub.name == "Crowd dispersed" for h in find_hits(text, start, end, language)
    )


# An auxiliary before a passive verb, an adverb or two between ("were then set on fire", "ont ensuite été incendiés").
PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|got|été|sont|est)\b(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)
# What a grievance names ("marched after bandits killed a herder") is not who acted since.
LED_TO = re.compile(r"\b(?:after|following|over|against|since|après|suite à|contre|depuis)\s+(?:[\w'-]+\s+){0,3}$",
                    re.IGNORECASE)


def armed_doer_before(text: str, at: int, language: str) -> bool:
    """The doer last named in the paragraph before `at` is an armed group, not a crowd or a force ("Des hommes armés
    ont intercepté deux cars ... Les véhicules ont ensuite été incendiés", "Gunmen stopped two buses. They opened
    fire"): violence told after it with no doer of its own is theirs, not a crowd's the report tells elsewhere."""
    start = text.rfind("\n", 0, at) + 1
    segment = _unnamed_masked(normalise(text[start:at]), language)  # "assailants torched a bus": no organised group
    targets = vocabulary().targets[lang(language)]

    def last(pattern: re.Pattern[str]) -> int:
        # not a word's end ("fire-fighters"), nor what a grievance names
        found = (m.start() for m in pattern.finditer(segment) if segment[max(0, m.start() - 1) : m.start()] != "-")
        return max((at for at in found if not LED_TO.search(segment, 0, at)), default=-1)

    armed = last(targets["armed_group"])
    return armed >= 0 and armed > max(last(targets["military"]), last(word_pattern("crowd", language)))


def demonstration_near(text: str, clause: tuple[int, int], language: str) -> bool:
    """A protest or a riot told in or around the clause (within PROTEST_REACH characters)."""
    around = find_hits(text, max(0, clause[0] - PROTEST_REACH), min(len(text), clause[1] + PROTEST_REACH), language)
    return any(
        h.sub.protest or h.sub.name == "Violent demonstration"
        for h in around
    )


def demonstrators_fight(clause_text: str, hits: list[Hit], language: str) -> bool:
    """Rioters or protesters clashing with police, no armed group in the clause: a violent demonstration."""
    if not any(h.sub.event_type in {"Protests", "Riots"} for h in hits):
        return False
    return not vocabulary().targets[lang(language)]["armed_group"].search(normalise(clause_text))


def mob_attack(
    text: str,
    clause: tuple[int, int],
    language: str,
    parsed: tuple[int, int] | None = None,
    words: str = "mob",
    militias: list[tuple[int, int]] | None = None,
) -> bool:
    """A crowd (`words`: the "mob" list, or the wider "crowd" list) is the attacker: the subject of an active
    violence verb ("residents cornered and killed a man") or its agent ("beaten to death by a crowd"); not the
    people the parse says were hit ("two residents killed", "residents were attacked"). `militias` are the
    clause's `_militia_spans` when the caller has read them (the knowledge base's matcher is slow)."""
    segment = normalise(text[clause[0] : clause[1]])
    for m in word_pattern(words, language).finditer(segment):
        militias = _militia_spans(segment, language) if militias is None else militias
        if _inside_any(m.start(), militias):
            continue  # "Kalenjin youths attacked ...": an ethnic militia
        before = segment[max(0, m.start() - 24) : m.start()]
        if MOB_AGENT.search(before):
            return True
        if _inside(clause[0] + m.start(), parsed) or PASSIVE_AFTER.match(segment, m.end()) or HIT_BEFORE.search(before):
            continue
        verb = MOB_SUBJECT.match(segment, m.end())
        if verb and not AGENT_AFTER.match(segment, verb.end()):
            return True
    return _shared_agent(text, clause, segment, words, language)


def _shared_agent(text: str, clause: tuple[int, int], segment: str, words: str, language: str) -> bool:
    """The crowd named as the agent of the verb coordinated with the clause's agentless passive ("a man was
    beaten to death and set on fire by residents"): it did both."""
    if not PASSIVE_VERB.search(segment) or re.search(r"\b(?:by|par)\b", segment, re.IGNORECASE):
        return False
    rest = normalise(text[clause[1] : sentence_end(text, clause[1])])
    agent = SHARED_AGENT.match(rest)
    if agent is None:
        return False
    found = word_pattern(words, language).finditer(rest, agent.end(), agent.end() + AGENT_REACH)
    return any(MOB_AGENT.search(rest[: m.start()]) for m in found)


def crowd_violence(
    text: str, clause: tuple[int, int], hit: Hit, parsed: tuple[int, int] | None, language: str
) -> str | None:
    """Violence by unorganised people, with no armed group (nor, unless it is their target, a state force) in the
    clause: a crowd as the subject ("residents of the village beat up a man", "youths attacked two officers"),
    mob justice ("two suspected thieves were burnt to death") or partisans hurt ("two supporters of the governor
    were injured at the rally"). Returns the rule, or None."""
    segment = normalise(text[clause[0] : clause[1]])
    victims = word_pattern("mob_victims", language)
    segment = victims.sub(lambda m: " " * len(m.group(0)), segment)  # "suspected robbers" are not an armed group
    targets = vocabulary().targets[lang(language)]
    if targets["armed_group"].search(segment):
        return None
    armed_state = targets["military"].search(segment)
    before = segment[: hit.start - clause[0]]
    crowd = [m for m in word_pattern("mob", language).finditer(before) if not _inside(clause[0] + m.start(), parsed)]
    militias = _militia_spans(segment, language) if crowd else []
    crowd = [m for m in crowd if not _inside_any(m.start(), militias)]
    if crowd and not targets["military"].search(before) and not PASSIVE.search(before):
        return "crowd-attack"
    if armed_state:
        return None
    if victims.search(normalise(text[clause[0] : clause[1]])):
        return "mob-justice"
    if word_pattern("partisans", language).search(segment):
        return "partisan-violence"
    if word_pattern("political_violence", language).search(segment) and not word_pattern("killing", language).search(
        segment
    ):
        return "partisan-violence"  # "injured in post-election violence"; a killing in it is an attack
    return None


def crowd_destruction(
    text: str, clause: tuple[int, int], language: str, hit: Hit | None = None
) -> tuple[str, str, str] | None:
    """Property burned or wrecked by people who are not an organised armed group is a riot, not ACLED's strategic
    Looting/property destruction: during a strike, blockade or protest told around it, and with no armed group
    or state force in the clause ("two buses were set on fire during the blockade"), a violent demonstration;
    else by a crowd ("students burned the dormitory", "torched by party supporters") mob violence. Vehicles
    burned or wrecked by people the report does not name ("assailants torched a bus"), with no armed group or
    state force in the sentence, are mob violence too, as is property they set on fire when no violence is told:
    exports code such arson as riots, hardly ever as a strategic development. Property harmed in the passive with no
    agent after an armed group's acts ("Les véhicules ont ensuite été incendiés") is theirs, no crowd's."""
    if hit is not None and _passive_without_agent(text, clause, hit) and armed_doer_before(text, hit.start, language):
        return None
    segment = normalise(text[clause[0] : clause[1]])
    targets = vocabulary().targets[lang(language)]
    named = _unnamed_masked(segment, language)  # "a gang of assailants" is no organised gang
    armed = targets["armed_group"].search(named) or word_pattern("organised", language).search(named)
    if not armed and not targets["military"].search(segment):
        around = find_hits(
            text, max(0, clause[0] - PROTEST_REACH), min(len(text), clause[1] + PROTEST_REACH), language
        )
        if any(h.sub.protest for h in around):
            return "Riots", "Violent demonstration", "type:destruction-during-protest"
    # An ethnic group's militia ("Kikuyu youths attacked residents and burned their houses") is no crowd.
    militia = _militia_spans(segment, language)
    if not militia and (
        mob_attack(text, clause, language, militias=militia)
        or mob_attack(text, clause, language, words="crowd", militias=militia)
    ):
        return "Riots", "Mob violence", "type:mob-destruction"
    start, end = sentence_around(text, clause)
    hurt = any(h.sub.name == "generic" for h in find_hits(text, start, end, language))  # "animals shot, huts burned"
    burned = word_pattern("arson", language).search(segment) and not hurt
    if armed or militia or not (burned or word_pattern("vehicles", language).search(segment)):
        return None
    sentence = no_reporters(normalise(text[start:end]))
    sentence = _unnamed_masked(sentence, language)
    if targets["armed_group"].search(sentence) or state_side(sentence, language) or _militia_spans(sentence, language):
        return None  # "two vehicles were burned and soldiers killed in an al Shabaab ambush"
    return "Riots", "Mob violence", "type:vehicles-burned"


def _passive_without_agent(text: str, clause: tuple[int, int], hit: Hit) -> bool:
    return bool(PASSIVE_AUX.search(text[clause[0] : hit.start])) and not PASSIVE_AGENT.match(text[hit.end : clause[1]])


def _inside(at: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= at < span[1]


def _inside_any(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(_inside(at, span) for span in spans)


def politician_attacked(
    text: str, clause: tuple[int, int], hit: Hit, language: str, words: str = "politicians"
) -> bool:
    """The clause's violence hit a politician (`words`: or the "gatherings" list, a rally or its
    marchers): the subject of a passive verb ("the candidate was attacked by youths") or the words right after an
    active one ("youths attacked the minister"), not the person the attackers follow ("supporters of the
    governor", "youths allied to his rival")."""
    segment = normalise(text[clause[0] : clause[1]])
    if is_passive(text, clause, hit):
        hit_words = segment[: hit.start - clause[0]]
        if words == "gatherings":  # "a student (who was killed while attending a protest)": only the subject
            hit_words = re.split(r"[,;()]|\b(?:who|which|that|while|when|after)\b", hit_words)[-1]
    else:
        after = segment[hit.end - clause[0] : hit.end - clause[0] + POLITICIAN_REACH]
        if words == "gatherings" and FIRED.search(hit.text):  # "opened fire on a rally", "exploded at a rally"
            after = AIMED_AT.sub("", after, count=1)
        end = OBJECT_END.search(after)
        hit_words = " ".join((after[: end.start()] if end else after).split()[:OBJECT_WORDS])
    found = word_pattern(words, language).finditer(hit_words)
    return any(not FOLLOWERS.search(hit_words[: m.start()]) for m in found)


def gathering_attacked(text: str, clause: tuple[int, int], hit: Hit, language: str) -> bool:
    """A rally, a meeting or demonstrators hit by people who are not a state force ("youths attacked the rally",
    "marchers were attacked by a gang"): force the police use on a demonstration stays a protest's sub-type."""
    if state_side(text[clause[0] : clause[1]], language):
        return False
    return politician_attacked(text, clause, hit, language, "gatherings")


def gathering_bombed(text: str, clause: tuple[int, int], hit: Hit, language: str) -> bool:
    """A bomb that "exploded at" or was "hurled into" a rally: the verb's object is the gathering (not "the blast",
    a noun a protest is about: "mourners of a victim of the blast held a protest")."""
    return bool(FIRED.search(hit.text)) and gathering_attacked(text, clause, hit, language)


def crowd_battle(
    event_type: str, sides: list[ActorRef | None], told: str, language: str
) -> tuple[str, str, str] | None:
    """A battle whose sides the actors read as rioters or protesters, fighting the state's forces, another crowd
    or no one named ("passengers demanding a train clashed with the police", "youths with crude weapons brought
    down a fence; one guard injured"): ACLED's battles are between organised armed groups, and a crowd's violence
    is a riot, a violent demonstration when `told` (the event's sentences) tells a protest, else mob violence. A
    crowd facing a named armed group or militia (not an unidentified one) stays a side of a battle, and so do
    people the words make organised (data/event_types.yaml `organised`: "youths of two communities clashed")."""
    named = [a for a in sides if a is not None]
    if event_type != "Battles" or not any(a.inter_code in CROWD_CODES for a in named):
        return None
    if word_pattern("organised", language).search(normalise(told)):
        return None
    if any(a.inter_code not in UNORGANISED_FOES and not a.name.lower().startswith("unidentified") for a in named):
        return None
    return "Riots", _riot_kind(told, language), "type:crowd-side-in-battle"


def crowd_abduction(
    sub_event_type: str, sides: list[ActorRef | None], told: str, language: str
) -> tuple[str, str, str] | None:
    """An abduction whose taker the actors read as rioters or protesters ("residents blocking the road held a truck
    driver hostage", "fishermen rioted and held two officers hostage"): ACLED's violence against civilians is an
    organised armed group's, and a crowd holding people is a riot, a violent demonstration when `told` (the event's
    sentences) tells a protest, else mob violence."""
    taker = sides[0]
    if sub_event_type != "Abduction/forced disappearance" or taker is None or taker.inter_code not in CROWD_CODES:
        return None
    return "Riots", _riot_kind(told, language), "type:crowd-holds-people"


def _riot_kind(told: str, language: str) -> str:
    """A violent demonstration when the words tell a protest or a riot, else mob violence."""
    protest = any(
        h.sub.protest or h.sub.name == "Violent demonstration" for h in find_hits(told, 0, len(told), language)
    )
    return "Violent demonstration" if protest else "Mob violence"


def crowd_against_militia(event_type: str, sides: list[ActorRef | None], communal: ActorRef) -> list[ActorRef | None]:
    """The sides of a battle in which a crowd stays a side against an identity militia (`crowd_battle` left it a
    battle: "clashes between cattle raiders and local youth"): local people who fight raiders or another
    community's militia fight as their community's militia, `communal` (ACLED: residents who fought back
    against raiders are coded as a communal militia, never as rioters in a battle). Other sides are kept."""
    if event_type != "Battles" or not any(a is not None and a.inter_code == IDENTITY for a in sides):
        return sides
    return [
        communal.model_copy(update={"mention": a.mention, "evidence": a.evidence})
        if a is not None and a.inter_code in CROWD_CODES
        else a
        for a in sides
    ]


def gathering_hit(event_type: str, sides: list[ActorRef | None], civilians: ActorRef) -> list[ActorRef | None]:
    """The people of a rally or a procession hit by an armed attack or a bomb ("a suicide bomber blew himself up at
    a political rally, killing twelve people", where the rally made the people read as protesters): ACLED codes
    them as civilians. Force a state uses on protesters is a protest's own sub-type and keeps its sides."""
    if event_type not in HIT_GATHERING_TYPES or len(sides) != 2 or sides[1] is None:
        return sides
    attacker, hit = sides
    if hit.inter_code != PROTESTERS_CODE or (attacker is not None and attacker.inter_code in STATE_FORCES):
        return sides
    return [attacker, civilians.model_copy(update={"mention": hit.mention, "evidence": hit.evidence})]
