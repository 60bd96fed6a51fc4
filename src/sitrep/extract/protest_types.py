"""Demonstrations: which ACLED protest or riot sub-type a report's demonstration is.

ACLED's order: demonstrators who are violent or destructive make a violent demonstration (Riots); lethal force on
peaceful protesters is excessive force; a protest dispersed or met with arrests is a protest with intervention;
else a peaceful protest. The words are the `modifiers` of data/event_types.yaml.
"""

from __future__ import annotations

import re

from sitrep.extract.crowd_types import DEMONSTRATORS
from sitrep.extract.targets import PASSIVE_AGENT, PASSIVE_BEFORE, target_class
from sitrep.extract.time_spans import time_span
from sitrep.extract.vocabulary import Hit, blanked, lang, message_spans, normalise, vocabulary, word_pattern

# "A shutdown hit the valley on Tuesday, a day after a youth was killed", "the raid came a month after two attacks
# killed 40 soldiers": the past event is a clause of its own.
PAST_EVENT = rf"(?:,\s*|(?<=\s))(?:{time_span('en')}|{time_span('fr')})"
PAST_CLAUSE = re.compile(f"(?:{PAST_EVENT})[^.;]*", re.IGNORECASE)
# Burning an effigy, a flag or copies of a text is a protest's symbol, not violence.
SYMBOL = r"(?:effig\w*|flags?|cop(?:y|ies) of|posters?|portraits?|pictures?|photo(?:graph)?s?|banners?|drapeaux?)"
EFFIGY = re.compile(rf"\b(?:burn\w*|torch\w*|set fire to|set ablaze|brûl\w*)\s+(?:[\w'.-]+\s+){{0,6}}{SYMBOL}"
                    rf"|\b{SYMBOL}\s+(?:[\w'-]+\s+){{0,3}}(?:burn\w*|torched|set ablaze|brûl\w*)", re.IGNORECASE)
# A modifier denied ("marched peacefully without violence", "no untoward incident") or naming the grievance
# ("compensation for crop damage", "protested after a pedestrian was killed", "farmers whose crops were damaged",
# "to repair damaged roads", "alleging the youth was beaten up") does not change the protest's type.
NEGATED = re.compile(
    r"\b(?:without|no|not|never|nor|free of|sans|aucune?|pas de|ni)\s+(?:(?:any|major|serious|reported|de|d')\s*)*$"
    r"|\b(?:free of|free from|devoid of|absence of|exempte? de)\s+(?:[\w'-]+\s+){0,4}$"
    # "No one was reported killed", "nobody was hurt or killed", "no protester was shot": nobody was.
    r"|\b(?:no\s+one|nobody|none|no\s+(?:protest\w*|demonstrators?|persons?|people|casualt\w+|lives?))"
    r"\s+(?:of\s+(?:the|them)\s+(?:[\w'-]+\s+)?)?(?:was|were|has\s+been|have\s+been|had\s+been|got)"
    r"\s+(?:(?:reported(?:ly)?|said\s+to\s+have\s+been|seriously|badly|injured|hurt|wounded|or|and)\s+)*$"
    r"|\bno\s+reports?\s+of\s+(?:any(?:one|body)|people|protesters)\s+(?:being\s+)?$",
    re.IGNORECASE,
)
GRIEVANCE = re.compile(
    r"(?:\b(?:against|over(?! (?:\d+|an?|one|two|three|four|five|six|several|half|the past|the last) )|after"
    r"|following|condemn\w*|denounc\w*|decr(?:y|ies|ied|ying)|mourn\w*|in response to|compensation for|contre|après"
    r"|dénon\w+|suite à"
    r"|(?:failure|failing|inability|refusal) to|to (?:stop|end|prevent|curb)"
    r"|(?:arrest|punishment|prosecution|justice) (?:of|for|against)|release of|libération (?:de|des|du)"
    r"|indemnisation (?:de|pour)"
    r"|whose|(?:fix|repair|rebuild|restor)\w*|alleg(?:e|es|ed|ing)|claim(?:s|ed|ing)? that|blam\w*|responsible for)"
    r"|\bprotest(?:ed|ing)?\s+(?:the|a|an|their|le|la|les|[\w-]+'s))\s+(?:(?!(?:and|et|turn\w*|bec[oa]m\w*|went|grew|escalat\w*|erupt\w*|degenerat\w*|throw|threw|hurl\w*"
    r"|pelt\w*|set|burn\w*|block\w*|attack\w*|storm\w*|raid\w*|loot\w*|damag\w*|vandal\w*)\b)[\w'-]+\s+){0,5}$",
    re.IGNORECASE,
)
# A modifier telling what befell someone or something else ("the protesters were beaten with sticks", "the road,
# which was damaged by rain"), what was feared or prevented ("fearing looting", "to prevent the protests from
# turning violent") or what is not known ("it is not known if the protesters were violent") is no act of theirs.
NOT_THEIR_ACT = re.compile(
    r"\b(?:was|were|been|being|got)\s+(?:\w+\s+)?(?:beaten|attacked|hacked|hit|struck|cut|assaulted|whipped|clobbered)"
    r"\s+(?:[\w'-]+\s+){0,2}with\s+(?:[\w'-]+\s+){0,2}$"
    r"|\b(?:fear(?:ing|ed|s)?|for fear of|fears? of)\s+(?:[\w'-]+\s+)?$"
    r"|\bprevent\w*\s+(?:[\w'-]+\s+){0,4}from\s+(?:turning|becoming|getting)\s+$"
    r"|\bnot (?:known|clear|confirmed) (?:if|whether)\s+(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A passive in a relative clause ("the road, which was damaged"), not a progressive ("which were burning tyres").
RELATIVE_PASSIVE = re.compile(
    r"\b(?:which|that|whose)\s+(?:[\w'-]+\s+){0,2}(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# A relative clause on someone the protest names ("the arrest of employees who attacked a student", "prisoners who
# had allegedly rioted"): their act, unless the word before it is the crowd's ("youths who pelted stones") or a
# force's ("dispersed by police, who arrested ten").
RELATIVE_ACT = re.compile(
    r"\b([\w'-]+),?\s+(?:who|qui)\s+(?:(?:had|have|has|allegedly|reportedly|recently|also|avaient|avait|ont)\s+){0,2}$",
    re.IGNORECASE,
)
# A reason told with "for" and a verb: "protested against the party's workers for attacking journalists".
FOR_DOING = re.compile(r"\b(?:for|pour avoir)\s+$", re.IGNORECASE)
# The demonstration's own act told after "after": "arrested after they burned the dormitory", "shot after the
# protesters tried to break into the station" is no grievance.
OWN_ACT = re.compile(
    r"\b(?:after|following|après)\s+(?:they|(?:the|some)\s+(?:protest[eo]rs|demonstrators|rioters|crowd|mob)"
    r"|ils|elles|(?:les|des)\s+manifestants)\s+(?:had\s+|have\s+|avaient\s+|ont\s+|(?:tried|attempted)\s+to\s+)?$",
    re.IGNORECASE,
)
# Violence told as what came before the clause's act, not what its protest is about.
SEQUENCE = re.compile(r"\b(?:after|following|après|suite à)\s+(?:[\w'-]+\s+){0,5}$", re.IGNORECASE)
# Told in the past perfect, the modifier is what led to the protest: "demanding the release of students who had
# recently been arrested", "11 had been killed in the feud".
PAST_PERFECT = re.compile(r"\b(?:had|avaient|avait)\s+(?:\w+ly\s+)?(?:been|été)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A killing named as a noun is what the protest is about: "the lack of an inquiry into the killing of a villager".
KILLING_NOUN = re.compile(r"(?:killings?|murders?|meurtre|assassinat)\s+(?:of|de|du|des)\b", re.IGNORECASE)
# What a protest is against is a noun phrase; a verb in the past with its object after it is the demonstrators' act
# ("demonstrating against the new constitution vandalised a police van").
AGAINST_PHRASE = re.compile(
    r"\b(?:against|over|contre)\s+(?:(?!(?:who|which|that|whom|qui|que|after|when|and|et)\b)[\w'-]+\s+){1,5}$",
    re.IGNORECASE,
)
MAIN_VERB = re.compile(
    r"(?:[\w-]+ed|burnt|threw|set|smashed)\s+(?:a|an|the|two|three|four|five|several|some|many|their|police|\d+)\b",
    re.IGNORECASE,
)
CLASHED_WITH = re.compile(r"[\w-]+ed\s+with\b", re.IGNORECASE)
STORMED = re.compile(r"storm(?:s|ed|ing)?|pris d'assaut", re.IGNORECASE)
# A demand pressed: "stormed the offices demanding", "to demand an explanation", "pour exiger".
DEMANDING = re.compile(
    r"\b(?:demand\w*|in protest|to protest|protesting|calling for|to call for|to press|complain\w*|réclam\w*"
    r"|exig\w*|pour protester)\b",
    re.IGNORECASE,
)
# Violence on people, not places: "attacked journalists" (not "stormed the office" nor "stoned cars").
# Not the noun: "the attack on farmers", "attacks against the community".
PEOPLE_ATTACKED = re.compile(
    r"(?<!the )(?<!an )(?<!a )\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|beat(?:s|ing)? up|roughed up"
    r"|whip(?:s|ped|ping))\s(?:and (?:injur|wound|hurt)\w*\s)?"
    r"(?!(?:on|against|of|by|in|at)\b)",
    re.IGNORECASE,
)
# Stones thrown at someone: "pelted the governor with stones", "threw stones at the senator's convoy".
PELTED = re.compile(
    r"\b(?:pelt(?:s|ed|ing)|ston(?:es|ed|ing)"
    r"|(?:threw|throw|throwing|hurled|hurling) (?:[\w-]+ ){0,2}(?:stones|rocks|mud|objects) at)\s",
    re.IGNORECASE,
)
# Someone hurt by the crowd, told in the passive: "the returning officer was attacked by demonstrators".
HIT_BY_CROWD = re.compile(
    r"\b(?:attacked|assaulted|injured|beaten(?: up)?|roughed up|whipped|stoned|pelted|hit)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:by|par)\s+(?:(?:the|a|an|some|angry|irate|rowdy)\s+)*",
    re.IGNORECASE,
)
# Whom bombs were thrown at: "exploded crude bombs at police", "hurled petrol bombs targeting the officers".
BOMBED_AT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:at|on|targeting|towards|sur|contre)\s+(?:(?:the|a|an|les?|la|des)\s+)?", re.IGNORECASE
)
# Mob violence words that only tell a crowd's mood: "angry youths", "une foule en colère" (not "a mob").
ANGRY_CROWD = re.compile(r"angry \w+|foule en colère", re.IGNORECASE)
VICTIM_WORDS = 4  # words after the verb that name whom it hit
PELTED_WORDS = 6  # words after "pelted" that name whom: "pelted the convoy of the county senator"
CROWD_AGENT = re.compile(r"\s+(?:by|par)\s+(?:(?:the|a|an|some|angry|les|des|la)\s+)*", re.IGNORECASE)


def demonstration_type(text: str, hits: list[Hit], language: str, lead: str) -> tuple[str, str, str]:
    """The type of a demonstration read over everything the report says of it: a protest during which
    people burned tyres or clashed with police is a violent demonstration; one where police shot
    protesters is excessive force."""
    if lead == "Mob violence" and _bombs_at_force(text, hits, language):
        return "Riots", "Violent demonstration", "type:demonstrators-bomb-force"
    if lead == "Mob violence" and _riot_of_a_crowd(text, hits, language):
        return "Riots", "Violent demonstration", "type:riot-not-mob"
    if lead == "Mob violence" and _angry_demand(text, hits, language):
        hits, lead = [h for h in hits if h.sub.name != "Mob violence"], "Peaceful protest"
    elif lead == "Mob violence":
        return "Riots", "Mob violence", "type:trigger:Mob violence"
    if any(h.sub.sub_event_type == "Violent demonstration" for h in hits):
        sub, rule = "Violent demonstration", "type:trigger:Violent demonstration"
    else:
        # A clause's modifier is read again over the whole sentence: "burnt | the effigies of the minister" was
        # cut in two clauses, and the effigy is a symbol.
        sub, rule = protest_sub_type(PAST_CLAUSE.sub(" ", text), language)
        if lead == "Violent demonstration" and sub != lead and not _symbol_burned(text):
            sub, rule = lead, "type:trigger:Violent demonstration"
    if sub == "Violent demonstration" and _rioters_attack_civilians(normalise(text), language):
        # ACLED: rioters who attack bystanders, journalists or passers-by commit mob violence; a violent
        # demonstration's violence is against the police or property.
        return "Riots", "Mob violence", "type:rioters-attack-civilians"
    return ("Riots" if sub == "Violent demonstration" else "Protests"), sub, rule


def _bombs_at_force(text: str, hits: list[Hit], language: str) -> bool:
    """Demonstrators (a protest, strike or hartal told, no mob or lynching word) throwing crude or petrol bombs at a
    state force ("activists enforcing a hartal threw stones and exploded crude bombs at police"): ACLED's violent
    demonstration, a crowd fighting the police, not mob violence on others."""
    if any(h.sub.name == "Mob violence" for h in hits):
        return False
    if not any(h.sub.protest for h in hits):
        return False
    segment = normalise(text)
    force = vocabulary().targets[lang(language)]["military"]
    for h in hits:
        at = segment.find(h.text) if h.sub.name == "Incendiary" else -1
        aimed = BOMBED_AT.match(segment, at + len(h.text)) if at >= 0 else None
        if aimed and force.match(segment, aimed.end()):
            return True
    return False


def _riot_of_a_crowd(text: str, hits: list[Hit], language: str) -> bool:
    """A riot whose only mob words name the crowd's mood ("riots by angry youths over the murder of a politician",
    "angry youths riot and set fire to the market"), or violence told only by its post-election setting ("four
    vehicles burnt in post-election violence"): rioting with a grievance, ACLED's violent demonstration, unless
    a mob, a lynching or partisans are named (mob violence)."""
    segment = normalise(text)
    if not _mood_only(segment, hits, language):
        return False
    rioting = any(h.sub.name == "Violent demonstration" for h in hits)
    post_election = word_pattern("post_election_violence", language).search(segment)
    return (rioting and bool(_mob_words(hits))) or bool(post_election)


def _angry_demand(text: str, hits: list[Hit], language: str) -> bool:
    """A crowd whose only mob words name its mood and that presses a demand ("angry youths lit bonfires, demanding
    justice for a hawker", "angry residents stormed the hospital to protest alleged negligence") demonstrates
    (ACLED: a mob acts without a demonstrative aim): its acts type it as a demonstration, with no mob word."""
    segment = normalise(text)
    return bool(_mob_words(hits)) and _mood_only(segment, hits, language) and bool(DEMANDING.search(segment))


def _mob_words(hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if h.sub.name == "Mob violence"]


def _mood_only(segment: str, hits: list[Hit], language: str) -> bool:
    """Every mob word only tells the crowd's mood ("angry youths") and the words name no partisans and no mob's
    victims: nothing marks a mob (`_riot_of_a_crowd`, `_angry_demand`)."""
    if any(not ANGRY_CROWD.fullmatch(normalise(h.text)) for h in _mob_words(hits)):
        return False
    named = word_pattern("partisans", language).search(segment) or word_pattern("mob_victims", language).search(segment)
    return not named


def _symbol_burned(text: str) -> bool:
    return bool(EFFIGY.search(normalise(text)))


def protest_sub_type(clause_text: str, language: str) -> tuple[str, str]:
    """ACLED order: violent protesters > lethal force on (peaceful) protesters > dispersed protest > peaceful
    protest. Demonstrators who riot are coded Riots even when the police shot at them. A modifier that is
    denied ("marched without violence") or names what the protest is about ("against the burning of waste")
    does not count."""
    modifiers = vocabulary().modifiers[lang(language)]
    segment = EFFIGY.sub(" ", normalise(clause_text))
    segment = blanked(segment, message_spans(segment))  # placards reading "Stop burning our kiosks"
    for name in ("Violent demonstration", "Excessive force against protesters", "Protest with intervention"):
        found = (m for m in modifiers[name].finditer(segment) if not _a_name(segment, m.start()))
        if any(not _denied_or_grievance(segment, m.start(), language) for m in found):
            return name, f"type:protest-modifier:{name}"
        if name == "Violent demonstration" and _crowd_attacks(segment, language):
            return name, "type:protest-crowd-attack"
    return "Peaceful protest", "type:trigger:Peaceful protest"


def in_grievance(text: str, hit: Hit, clause: tuple[int, int], language: str) -> bool:
    """A violence word inside what the clause's protest is against or asks for ("blocked the road demanding
    compensation for the family of a man killed by a car", "to protest the murder of a driver whose body was
    found"): the crowd's grievance, not its act. The demonstration's own violence words are never one, nor
    violence told only as coming before ("dispersed with tear gas following running battles" was theirs)."""
    if hit.sub.event_type == "Protests" or hit.sub.sub_event_type == "Violent demonstration":
        return False
    segment = normalise(text[clause[0] : clause[1]])
    at = hit.start - clause[0]
    if MAIN_VERB.match(segment, at) or CLASHED_WITH.match(segment, at):
        return False  # "protesting the confiscation of their goods clashed with police": the clause's verb
    return _denied_or_grievance(segment, at, language) and not SEQUENCE.search(segment, max(0, at - 50), at)


def riot_denied(text: str, hit: Hit, clause: tuple[int, int]) -> bool:
    """A riot word the report denies ("no riots were reported", "celebrations devoid of running battles"): it
    tells no violence, and the crowd's gathering is typed by its other words."""
    if hit.sub.event_type != "Riots":
        return False
    return bool(NEGATED.search(normalise(text[max(clause[0], hit.start - 50) : hit.start])))


def _a_name(segment: str, at: int) -> bool:
    """A capitalised word inside a sentence is a name, not the demonstrators' act: "blocked the highway at Burnt
    Forest"."""
    return segment[at].isupper() and not re.search(r"(?:^|[.!?:;\n(\[\"'-])\s*$", segment[:at])


def _denied_or_grievance(segment: str, at: int, language: str) -> bool:
    """Denied, or inside what the protest is against: "against the new levy, burning" still burns, but in
    "against the dumping and burning of waste" the burning is a noun of the grievance."""
    before = segment[max(0, at - 50) : at]
    if NEGATED.search(before) or PAST_PERFECT.search(before) or KILLING_NOUN.match(segment, at):
        return True
    passive = RELATIVE_PASSIVE.search(before) and not re.match(r"\w+ing\b", segment[at:])
    if (NOT_THEIR_ACT.search(before) or passive) and not _by_crowd(segment, at, language):
        return True
    relative = RELATIVE_ACT.search(before)
    force = vocabulary().targets[lang(language)]["military"]
    if relative and not any(p.fullmatch(relative.group(1)) for p in (word_pattern("crowd", language), force)):
        return True
    if FOR_DOING.search(before) and re.match(r"\w+ing\b", segment[at:]):
        return True
    own_act = OWN_ACT.search(before) or (AGAINST_PHRASE.search(before) and MAIN_VERB.match(segment, at))
    if GRIEVANCE.search(before) and not own_act and not _by_demonstrators(segment, at, language):
        return True
    nominal = re.match(r"[\w-]*\s+of\b", segment[at:])
    return bool(nominal and GRIEVANCE.search(re.sub(r"\b(?:and|et)\b", " ", before)))


def _by_crowd(segment: str, at: int, language: str) -> bool:
    """The words at `at` are the demonstrators' act after all: "which was torched by the protesters"."""
    end = at + re.match(r"[\w-]*", segment[at:]).end()
    agent = CROWD_AGENT.match(segment, end)
    return bool(agent and word_pattern("crowd", language).match(segment, agent.end()))


def _by_demonstrators(segment: str, at: int, language: str) -> bool:
    """The violence at `at` was done by the demonstrators, told after "by" ("injured after he was hit by a stone
    thrown by protesting youths"): their act even after "after", which else reads as what the protest is about."""
    end = at + re.match(r"[\w-]*(?:\s+(?:thrown|hurled))?", segment[at:]).end()
    agent = CROWD_AGENT.match(segment, end)
    if agent is None:
        return False
    protesting = re.match(r"(?:protesting|demonstrating|agitating|rioting)\s+", segment[agent.end() :], re.IGNORECASE)
    if protesting:
        return bool(word_pattern("crowd", language).match(segment, agent.end() + protesting.end()))
    return bool(DEMONSTRATORS.match(segment, agent.end()))


def _crowd_attacks(segment: str, language: str) -> bool:
    """People of the demonstration attack, storm or stone someone: an active verb with no state force or armed
    group named before it in its sentence ("supporters attacked the motorcade", "residents stormed the police
    station"), not the people attacked ("protesters were attacked by police")."""
    targets = vocabulary().targets[lang(language)]
    for m in word_pattern("crowd_attack", language).finditer(segment):
        before = segment[max(segment.rfind(".", 0, m.start()) + 1, m.start() - 80) : m.start()]
        sentence = segment[segment.rfind(".", 0, m.start()) + 1 : _sentence_end(segment, m.end())]
        if STORMED.fullmatch(m.group(0)) and _storming_demand(sentence, language):
            continue  # "stormed the offices demanding to see the governor": a protest's entry, hurting nobody
        by_crowd = CROWD_AGENT.match(segment, m.end()) and word_pattern("crowd", language).search(
            segment, m.end(), m.end() + 40
        )
        if by_crowd and not _denied_or_grievance(segment, m.start(), language):
            return True  # "the officer was attacked by demonstrators"
        if (
            PASSIVE_BEFORE.search(before)
            or PASSIVE_AGENT.match(segment, m.end())
            or targets["military"].search(before)
            or targets["armed_group"].search(before)
            or _denied_or_grievance(segment, m.start(), language)
        ):
            continue
        return True
    return False


def _rioters_attack_civilians(segment: str, language: str) -> bool:
    """Rioters or demonstrators hit people the report names as civilians or politicians, not a force nor property:
    they attack, beat or whip them ("rioters attack journalists", "students attacked and injured two teachers"),
    throw stones at a politician or his convoy ("youths pelted the senator's convoy"), or the people are told hurt
    by the crowd ("a returning officer was attacked by demonstrators"). No state force or armed group may stand
    before the verb in its sentence (in "police attacked journalists covering the riot" the police did)."""
    return (
        _people_attacked(segment, language)
        or _politician_pelted(segment, language)
        or _hurt_by_crowd(segment, language)
    )


def _actor_before_is_crowd(segment: str, at: int, language: str) -> bool:
    """No passive, state force or armed group before `at` in its sentence: the crowd acts."""
    targets = vocabulary().targets[lang(language)]
    before = segment[max(segment.rfind(".", 0, at) + 1, at - 80) : at]
    return not (
        PASSIVE_BEFORE.search(before) or targets["military"].search(before) or targets["armed_group"].search(before)
    )


def _people_attacked(segment: str, language: str) -> bool:
    for m in PEOPLE_ATTACKED.finditer(segment):
        if not _actor_before_is_crowd(segment, m.start(), language) or _denied_or_grievance(
            segment, m.start(), language
        ):
            continue
        hit = " ".join(re.split(r"[,;.]", segment[m.end() : m.end() + 60])[0].split()[:VICTIM_WORDS])
        if target_class(hit, language) == "civilian" and not word_pattern("vehicles", language).search(hit):
            return True  # "attacked a bus" is property; "attacked the minister" may be words
    return False


def _politician_pelted(segment: str, language: str) -> bool:
    """Stones thrown at a politician or his convoy; stones thrown at motorists or staff are the violence of a
    demonstration (the exports code these as violent demonstrations)."""
    for m in PELTED.finditer(segment):
        if not _actor_before_is_crowd(segment, m.start(), language):
            continue
        hit = " ".join(re.split(r"[,;.]", segment[m.end() : m.end() + 80])[0].split()[:PELTED_WORDS])
        if word_pattern("politicians", language).search(hit):
            return True
    return False


def _hurt_by_crowd(segment: str, language: str) -> bool:
    for m in HIT_BY_CROWD.finditer(segment):
        if not word_pattern("crowd", language).match(segment, m.end()):
            continue
        hit = segment[max(segment.rfind(".", 0, m.start()), segment.rfind(",", 0, m.start())) + 1 : m.start()]
        if word_pattern("vehicles", language).search(hit):
            continue  # "the minister's car was stoned by rioters"
        if target_class(hit, language) == "civilian" or word_pattern("politicians", language).search(hit):
            return True
    return False


def stormed_to_demand(text: str, clause: tuple[int, int], hits: list[Hit], hit: Hit, language: str) -> bool:
    """People who "stormed" an office, a court or an embassy to press a demand, and hurt nobody, protest ("veterans
    stormed the high commission demanding compensation"): the exports code these as protests, not attacks."""
    if not STORMED.fullmatch(hit.text) or any(h is not hit and h.sub.event_type != "Protests" for h in hits):
        return False
    segment = normalise(text[clause[0] : clause[1]])
    if vocabulary().targets[lang(language)]["armed_group"].search(segment):
        return False  # "militants stormed the station demanding the release of their commander"
    return _storming_demand(segment, language)


def _storming_demand(segment: str, language: str) -> bool:
    """The words press a demand and tell no harm nor other violence ("stormed the station and attacked the
    officers")."""
    hurt = word_pattern("hurt", language).search(segment) or word_pattern("killing", language).search(segment)
    violent = vocabulary().modifiers[lang(language)]["Violent demonstration"].search(segment)
    others = [m for m in word_pattern("crowd_attack", language).finditer(segment) if not STORMED.fullmatch(m.group(0))]
    return bool(DEMANDING.search(segment)) and not (hurt or violent or others)


def _sentence_end(segment: str, at: int) -> int:
    end = segment.find(".", at)
    return len(segment) if end < 0 else end

