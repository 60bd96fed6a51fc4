"""Who a violent clause says was hit: soldiers or police, an armed group, or civilians.

ACLED's battle or violence against civilians turns on the target. These helpers read it from the parse, from the
class words of data/event_types.yaml (`targets`) and from the actor knowledge base, leaving out who attacked
("by gunmen"), who only found or told the event ("police said") and people hit off duty; triggers.py calls them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.extract.actor_kb import get_actor_kb
from sitrep.extract.vocabulary import Hit, blanked, normalise, vocabulary, word_pattern
from sitrep.extract.vocabulary import lang as _lang

# Who did it, after "by": "by gunmen", "by unidentified armed bandits", "by a gang of assailants".
# A figure before the attackers does not end their name: "by about 500 cattle rustlers", "by over 20 raiders".
AGENT = re.compile(
    r"\b(?:by|par)\s+(?:(?:des|les|d'|the|an?|un|une|de|du|some|suspected|about|around|over|nearly|up to|at least"
    r"|more than|plus de|près de|environ|une? (?:vingtaine|trentaine|centaine|dizaine) d'|\d[\d,.]*"
    r"|(?:a )?(?:group|gang|band) of)\b\s*)*"
    r"(?:[\w-]+\s+){0,2}[\w-]+",
    re.I,
)
# A dispute over land: "a land dispute", "a land-related dispute", "a row ... over a piece of land", "un litige
# foncier".
LAND_DISPUTE = re.compile(
    r"\b(?:land|boundary)[\w-]*\s+(?:dispute|row|feud|wrangle|conflict|fallout)s?\b"
    r"|\b(?:dispute|row|feud|wrangle|fallout)s?\s+(?:[\w-]+\s+){0,3}(?:over|about)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:land|plot|boundary)\b|\b(?:litiges?|conflits?|différends?)\s+fonciers?\b",
    re.I,
)
# Words that tell one side going at the other ("attacked", "raided", "hacked to death", "murdered"): no mutual fight.
ONE_SIDED = re.compile(
    r"\b(?:attack|raid|ambush|assault|storm|invad|attaqu|agress|murder|hack|stabb|chopp|lynch|slaughter|butcher)\w*"
    r"|\bto death\b",
    re.I,
)
# Who the report blames is the attacker, not the target: "residents blamed the attacks on a Somali militia",
# "the Mungiki sect was held responsible for the killing", "attributed to bandits".
BLAMED = re.compile(
    r"\bblam(?:e|es|ed|ing)\b[^.;]{0,60}?\bon\s+(?P<on>(?:[\w'()-]+\s+){0,4}[\w'()-]+)"
    r"|\b(?:attributed|imputée?s?|attribuée?s?) (?:to|à|aux)\s+(?P<to>(?:[\w'()-]+\s+){0,3}[\w'()-]+)"
    r"|(?P<held>(?:[\w'()-]+\s+){1,4}(?:(?:was|were|is|are|being)\s+)?(?:held|believed to be|thought to be"
    r"|suspected to be)\s+responsible)\b"
    r"|(?P<tenu>(?:[\w'()-]+\s+){1,4}(?:(?:a|ont) été\s+)?(?:tenue?s? pour|jugée?s?) responsables?)\b",
    re.I,
)
# Between civilians and the forces named with them: "civilians and five police", "residents, two soldiers".
ALONGSIDE = re.compile(r"\s*(?:,|\band\b|&|\bas well as\b|\bet\b)\s+(?:(?:\d+|one|two|three|four|five|six"
                       r"|seven|eight|nine|ten|several|some|many|the|a|an|deux|trois|des|les|local|[a-z]+an)\s+){0,2}",
                       re.IGNORECASE)
# Where a clause names who was among the people hit: "killing seven, including two police officers", "dont deux
# gendarmes", "three persons including a member of the Border Guard", "dont un membre des forces de sécurité".
AMONG_HIT = re.compile(
    r"\b(?:including|among them|among whom|dont|parmi (?:eux|lesquels))\s+"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a|an|the|un|une|deux|trois|des|les)\s+)?"
    r"(?:(?:members?\s+of|membres?\s+d(?:es|u|e la|e l'))\s*(?:the\s+)?)?",
    re.IGNORECASE,
)
# State forces named by a title or an army acronym rather than by "soldiers"/"police".
STATE_WORDS = re.compile(
    r"\b(?:government|armed forces|national army|[A-Z]{2,5}(?= (?:is|are|has|have|had|was|were)))\b"
)
# What follows an active violence verb: its object ("attacked a polling station", "stabbed to death a police
# colonel"), maybe after a second verb ("attacked and injured several civilians").
OBJECT_AFTER = re.compile(
    r"(?:\s+(?:to death|dead|down|up))?(?:\s+and\s+[a-z]+(?:ed|t)\b)?\s+(?:a|an|the|their|his|her|its|several"
    r"|many|some|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|\d+|un|une|des|les|le|la|deux"
    r"|trois|plusieurs)\b",
)
# Words that make a clash the time or the setting of what the clause told before it ("during ethnic clashes",
# "four days of clashes").
SETTING = re.compile(r"\b(?:during|amid|amidst|following|after|days of|weeks of)\s+(?:[\w-]+\s+){0,2}$", re.I)
FIGHTING = re.compile(r"(?:fight\w*|fought|battl\w*|combats?)", re.IGNORECASE)  # bare words that still mean a battle
# A violence verb right after an armed group's name: the group is its subject, the attacker.
ATTACKER_VERB = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:attack|kill|raid|shot|shoot|storm|ambush|open|abduct|kidnap|hack|torch|burn|loot|invad"
    r"|stab|beat|rob|stole|steal|lynch|corner|chase|destroy|damag|vandal|set|wreck|broke|smash|shatter|ransack|hurl|threw|throw"
    r"|ston(?:e|es|ed|ing)\b|spear|thrash|clubb"
    r"|pelt|attaqu|tu[ée]|enlev|abatt|ouvert|incendi|pill|saccag|mis le feu|mett|battu|brûl|lapid|vandalis|détrui"
    r"|tabass|lynch)\w*",
    re.IGNORECASE,
)
# A passive verb before the trigger: the people named before it were hit ("residents were attacked").
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got|a été|ont été)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|got|a été|ont été|sont|est)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE
)
PASSIVE_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,4}(?:by|par)\s", re.IGNORECASE)
UNDERGONE = re.compile(r"(?:essuy|subi|c[oa]me under|comes under|coming under)", re.IGNORECASE)
# Headlinese drops the auxiliary: "Police reservist shot dead while patrolling", "Suspected gang members killed after
# a carjacking". A killing word followed by no object (a preposition, a time word or the clause's end) has the
# people named before it as the ones hit.
HEADLINE_PARTICIPLE = re.compile(
    r"(?:killed|shot dead|shot and killed|gunned down|murdered|hacked to death|stabbed to death|beheaded"
    r"|injured|wounded)",
    re.IGNORECASE,
)
NO_OBJECT = re.compile(
    r"\s*(?:$|[;:,.(\-–—]|(?:in|at|on|near|while|during|after|following|when|as|along|outside|inside|overnight"
    r"|yesterday|today|last|early|late|this)\b)",
    re.IGNORECASE,
)
PASSIVE_AFTER = re.compile(r"\s+(?:was|were|been|being|is|are|got|a été|ont été)\b", re.IGNORECASE)
# The police or authorities telling, finding or investigating an event are not its target ("police found the
# bodies", "police are investigating the killing of a reporter", "police said they were strangled").
REPORTERS = re.compile(
    r"\b(?:police(?: officers?)?|policemen|officers|authorities|security forces|investigators|la police"
    r"|les gendarmes)\s+"
    r"(?:(?:are|were|have|has|had|later|also|then|a|ont)\s+)*"
    r"(?:investigat\w*|f[oi]und|discover\w*|recover\w*|retrouv\w*|découv\w*|said|says?|suspect\w*|believe\w*"
    r"|confirm\w*|launched|opened|ouvert|indiqu\w*|déclar\w*)\b",
    re.IGNORECASE,
)
# What a bomb was thrown at: "at a truck", "on the bus", "targeting the goods-laden truck" (not "rickshaw pullers").
AIMED_AT = re.compile(
    r"\b(?:at(?! least)|on|onto|into|inside|targeting|sur|contre|dans)\s+(?:[\w'-]+\s+){0,3}[\w'-]*$", re.IGNORECASE
)
VEHICLE_PEOPLE = re.compile(r"\s+(?:pullers?|drivers?|riders?|operators?|owners?|passengers?)\b", re.IGNORECASE)
NO_HURT = re.compile(r"\b(?:no|not|without|nor|sans|aucune?|pas de)\s+(?:(?:any|major|serious|reported)\s+)*$", re.I)
# Security forces attacked off duty or at home are civilians to ACLED ("a policeman shot dead outside his house").
OFF_DUTY = re.compile(
    r"\b(?:off-?duty|retired|former|ex-|en civil|à la retraite)\b"
    r"|\b(?:at|in|outside|near|inside|in front of|into|from|stormed|raided|attacked|broke into|torched|entered)"
    r" (?:his|her|their) (?:own )?"
    r"(?:homes?|houses?|residences?)\b"
    r"|(?:'s|s') (?:homes?|houses?|residences?)\b|\b(?:à|devant) (?:son|leur) domicile\b",
    re.IGNORECASE,
)

# Forces combing an area for an armed group ("a search operation", "a cordon and search operation"), and the words
# that say its dead were civilians all the same.
SEARCH_OPERATION = re.compile(r"\b(?:search|combing|search-and-cordon|cordon[- ]and[- ]search) operations?\b", re.I)
CIVILIANS_NAMED = re.compile(r"\b(?:civilians?|villagers?|residents?|women|children|bystanders?|passers-?by)\b", re.I)

REBELS = 2  # ACLED's inter code of rebel groups

# Fighters who left their group are civilians when hit: "a former militant", "two ex-BLA militants", "an al
# Shabaab returnee", "des repentis".
LEFT_GROUP = re.compile(r"(?<!\w)(?:ex-|(?:former|returnees?|repentis?)(?!\w))", re.IGNORECASE)
# A post of the forces that tells where, not whom: "Mollapara area under Rajpara Police Station", "in the Rajpara
# police station area", "gathered outside the police station" (South Asian reports place events by station), "shot a
# herder near the army camp", "tué un enseignant près du camp militaire".
POSTS = r"(?:stations?|posts?|checkpoints?|check[- ]posts?|roadblocks?|camps?|bases?|barracks|outposts?)"
POSTES = (r"(?:camps?|postes?|casernes?|bases?|commissariats?|gendarmeries?|barrages?)"
          r"(?:\s+(?:militaires?|de l'armée|de (?:la )?police|de (?:la )?gendarmerie))?")
ADDRESS = re.compile(
    r"\b(?:under|outside|near|opposite|behind|beside|in front of|close to|next to)\s+(?:(?:the|a|an|its|their)\s+)?"
    rf"(?:[\w'-]+\s+){{0,3}}?{POSTS}\b|\bpolice\s+station\s+(?:area|limits|jurisdiction)\b"
    r"|\b(?:près|non loin|à proximité|aux abords|à côté)\s+(?:du|des|de la|de l'|d'un|d'une|de)\s*"
    rf"(?:[\w'-]+\s+){{0,2}}?{POSTES}\b|\b(?:devant|derrière)\s+(?:le|la|l'|les|un|une)\s*(?:[\w'-]+\s+){{0,2}}?{POSTES}\b",
    re.IGNORECASE,
)


def target_class(text: str, language: str) -> str | None:
    """Who the words say was hit: military, civilian or armed_group (first found).

    Soldiers or guards named right after civilian words are the target: the words qualify them ("a hotel
    security guard", "market guards"), or civilians are named together with them ("killing three civilians
    and five police"; ACLED codes civilians hit in an attack that also hit the forces as part of that battle,
    and violence against civilians only when civilians alone were targeted)."""
    segment = ADDRESS.sub(lambda m: " " * len(m[0]), normalise(text))
    found: list[tuple[int, int, int, str]] = []
    for cls, pattern in vocabulary().targets[_lang(language)].items():
        for m in pattern.finditer(segment):
            found.append((m.start(), m.start() - m.end(), m.end(), cls))  # the longer words win at one place
    if not found:
        return None
    found.sort()
    start, _, end, cls = found[0]
    qualifier = not segment[start:end].lower().startswith("civil")  # "civilian convoys" stay civilians
    if cls == "civilian" and any(
        c == "military" and s > end and ((qualifier and gap.isspace()) or ALONGSIDE.fullmatch(gap))
        for s, _, _, c in found[1:]
        for gap in (segment[end:s],)
    ):
        return "military"
    return cls


def forces_among_hit(clause_text: str, language: str) -> bool:
    """Soldiers or police named among the people a clause counts hit ("gunmen attacked a bus and killed seven,
    including police officers"): the attack hit the forces, a battle, as civilians named with the forces are
    (see target_class)."""
    segment = normalise(clause_text)
    military = vocabulary().targets[_lang(language)]["military"]
    return any(military.match(segment, m.end()) for m in AMONG_HIT.finditer(segment))


def disarmed(text: str, language: str) -> bool:
    """The report says the people killed were unarmed, had surrendered or were executed (`disarmed` words of
    event_types.yaml): ACLED codes the killing of people who were not fighting as violence against civilians,
    whatever group they were suspected of."""
    return bool(word_pattern("disarmed", language).search(normalise(text)))


def former_fighters(clause_text: str, language: str) -> bool:
    """An armed group's word in the clause qualified as having left it ("unknown gunmen shot a former militant
    dead", "killed two ex-BLA militants", "a suspected al Shabaab returnee was killed")."""
    segment = normalise(clause_text)
    for m in LEFT_GROUP.finditer(segment):
        near = segment[m.start() : m.end() + 30]
        armed = vocabulary().targets[_lang(language)]["armed_group"].search(near)
        if (armed and len(near[len(m.group(0)) : armed.start()].split()) <= 2) or m.group(0).lower().startswith(
            ("returnee", "repenti")
        ):
            return True
    return False


def attack_during_clashes(text: str, clause: tuple[int, int], hits: list[Hit], clash: Hit, language: str) -> bool:
    """Civilians attacked by a named armed group, the clash word only telling when or amid what ("a teacher
    attacked by raiders during ethnic clashes", "raiders kill civilians in revenge attacks, four days of
    clashes"): the attack on civilians is the event. Not when no attacker is named ("a boy was killed during
    clashes between two clans": killed in the battle)."""
    if not SETTING.search(text[max(clause[0], clash.start - 30) : clash.start]):
        return False
    if not any(h.sub.name == "generic" and not FIGHTING.search(h.text) and h.end <= clash.start for h in hits):
        return False
    before = normalise(text[clause[0] : clash.start])
    if not vocabulary().targets[_lang(language)]["armed_group"].search(before):
        return False
    return target_class(no_agents(before, language), language) == "civilian"


def is_passive(text: str, clause: tuple[int, int], hit: Hit) -> bool:
    """The trigger is a passive verb: an auxiliary before it or an agent after it ("were shot dead by"), or words
    whose subject is the side hit ("a patrol came under fire", "les gendarmes ont essuyé des tirs")."""
    return bool(
        PASSIVE_BEFORE.search(text[clause[0] : hit.start])
        or PASSIVE_AGENT.match(text[hit.end : clause[1]])
        or UNDERGONE.match(hit.text)
    )


def headline_side_hit(
    text: str, clause: tuple[int, int], hit: Hit, language: str, actor_class: Callable[[int, int], str | None] | None
) -> str | None:
    """The armed side named before a killing word that headlinese left without its auxiliary and that has no object
    ("Police reservist shot dead while on patrol", "Suspected gang members killed after a carjacking"): "military"
    or "armed_group", else None (people of no side stay read as before)."""
    if not HEADLINE_PARTICIPLE.fullmatch(hit.text) or not NO_OBJECT.match(text[hit.end : clause[1]]):
        return None
    if not text[clause[0] : hit.start].strip():
        return None
    side = passive_subject(text, clause, hit, language, actor_class)
    return side if side in {"military", "armed_group"} else None


def passive_subject(
    text: str,
    clause: tuple[int, int],
    hit: Hit,
    language: str,
    actor_class: Callable[[int, int], str | None] | None,
    fighting: bool = False,
) -> str | None:
    """Who was hit, read before a passive trigger the parse did not attach: the last class word there, or the
    group or force the actor knowledge base names there ("3 Mungiki members killed by police")."""
    before = normalise(text[clause[0] : hit.start])
    start = clause[0] + max((m.end() for m in REPORTERS.finditer(before)), default=0)
    before = before[start - clause[0] :]
    found = [
        (m.start(), cls)
        for cls, pattern in vocabulary().targets[_lang(language)].items()
        for m in pattern.finditer(before)
    ]
    if found:
        return max(found)[1]
    if actor_class is None or hit.start <= start:
        return None
    return named_target(text, (start, hit.start), language, actor_class, fighting)


def named_target(
    text: str,
    span: tuple[int, int],
    language: str,
    actor_class: Callable[[int, int], str | None],
    fighting: bool = False,
) -> str | None:
    """The class of the group or force the actor knowledge base names in text[span]. Members, activists or
    leaders of a party or militia attacked as persons ("a Jubo League activist was hacked to death", "gunmen
    killed two members of the sect") are civilians: ACLED's battles need both sides fighting as groups. Not
    when the clause tells a fight ("killed four BLA members during a battle"), the police hunted them as
    suspects ("three suspected Mungiki members killed by police"), or the group is a rebel group, whose
    members and leaders are its fighters ("the army killed a senior leader of Islamic State Sahel"; its
    supporters and sympathisers are not)."""
    found = actor_class(*span)
    words = normalise(text[span[0] : span[1]])
    members = word_pattern("group_members", language).search(words)
    supporter = members is not None and word_pattern("supporters", language).fullmatch(members.group(0))
    fighter = members is not None and not supporter and rebels_named(words, language)
    suspects = word_pattern("suspected", language).search(words)  # "three suspected Mungiki members killed by police"
    if found == "armed_group" and members and not fighting and not suspects and not fighter:
        return "civilian"
    return found


def rebels_named(words: str, language: str) -> bool:
    """A rebel group (not a party's or a community's militia) named in the words: an armed side, never a crowd."""
    return any(m.ref.inter_code == REBELS for m in get_actor_kb().find_mentions(words, language))


def named_attacker(
    text: str,
    clause: tuple[int, int],
    hit: Hit,
    passive: bool,
    language: str,
    actor_class: Callable[[int, int], str | None],
) -> bool:
    """A party or militia the knowledge base names did it ("Awami League men hacked a BNP leader to death"):
    rival groups fighting, not unnamed gunmen or assailants attacking a group's member."""
    agent = AGENT.search(text, hit.end, clause[1]) if passive else None
    if passive and agent is None:
        return False  # "an ANC member was shot dead": no attacker named
    span = (agent.start(), agent.end()) if agent else (clause[0], hit.start)
    words = normalise(text[span[0] : span[1]])
    if span[1] <= span[0] or vocabulary().targets[_lang(language)]["armed_group"].search(words):
        return False
    if word_pattern("unnamed_attackers", language).search(words):
        return False
    return actor_class(*span) == "armed_group"


# Fighters counted among a shelling's dead ("killing five of its fighters"), not named as its attackers ("police
# shot dead two of the attackers"): the shelling's toll, not a sign that anyone fought back.
TOLL = re.compile(r"\b(?:kill\w*|shot dead|shooting dead|gunned down|neutrali[sz]\w*|tu[ée]\w*)", re.IGNORECASE)
ATTACKERS = re.compile(r"\b(?:attackers?|assailants?|assaillants|raiders?|gunm[ae]n|robbers?)\b", re.IGNORECASE)


def tells_fight(hits: list[Hit]) -> bool:
    """A clash or fight word among the clause's triggers: both sides fought."""
    return any(h.sub.name == "Armed clash" or FIGHTING.fullmatch(h.text) for h in hits)


def fought_back(
    text: str, hits: list[Hit], event_type: str, sub_event_type: str, language: str
) -> tuple[str, str, str] | None:
    """The battle an attack or explosion became when the other side fought: `text` is what the report says of
    the event (its sentences), `hits` its triggers. ACLED codes an attack as a battle when both sides fought
    ("an exchange of fire"; "police intervened, shooting dead two of the attackers"), and an explosion followed
    by armed fighting with a state force as a battle too ("hurled a grenade at a patrol; the police opened fire
    after the blast"; "fired rockets at a check post; the military returned fire"), or by the attackers' own
    small-arms fire ("attacked police officers with grenades and AK-47s"). Returns (type, sub-type, rule), or
    None when the event stays what it was."""
    segment = normalise(text)
    clash = any(h.sub.name == "Armed clash" and not _setting_of(segment, h) for h in hits)
    answers = [m.group(0) for m in word_pattern("fought_back", language).finditer(segment)]
    if sub_event_type == "Shelling/artillery/missile attack" and not clash and answers and all(
        TOLL.search(a) and not ATTACKERS.search(a) for a in answers
    ) and not word_pattern("forces_fired", language).search(segment):
        return None
    answered = clash or bool(answers)
    if (event_type, sub_event_type) == ("Violence against civilians", "Attack") and answered:
        return "Battles", "Armed clash", "type:victims-fought-back"
    state = vocabulary().targets[_lang(language)]["military"].search(segment)
    fired = bool(answered or word_pattern("forces_fired", language).search(segment))
    if sub_event_type == "Air/drone strike":
        fired = clash  # "gunships struck hideouts, killing 8 militants": the strike's toll, nobody fought back
    if event_type == "Explosions/Remote violence" and state and fired:
        return "Battles", "Armed clash", "type:explosion-within-battle"
    return None


def _setting_of(segment: str, hit: Hit) -> bool:
    """The clash word tells when the event happened ("attacked by raiders during ethnic clashes"), not a fight."""
    at = segment.lower().find(hit.text.lower())
    return at > 0 and bool(SETTING.search(segment[max(0, at - 30) : at]))


def _past(sentence: str, language: str) -> bool:
    """A sentence background.py reads as telling the past or an ongoing war, not news."""
    from sitrep.extract.background import rules  # background.py imports triggers.py, which imports this module

    return bool(rules().patterns[_lang(language)].search(sentence))


def explosion_fought_after(told: str, after: str, event_type: str, language: str) -> tuple[str, str, str] | None:
    """An explosion whose fight is told in the next sentence: `told` is what the report says of the explosion,
    `after` the sentence that follows it ("A roadside bomb hit an army convoy. The troops clashed with the
    militants shortly after the blast"; "militants fired rockets at a check post. The military returned fire").
    ACLED codes the explosion and the fighting it set off as one battle. Not when that sentence announces
    another event ("in a separate incident") or tells the area's past ("the area has seen heavy fighting since last
    year"). Returns (type, sub-type, rule), or None."""
    segment = normalise(after)
    if event_type != "Explosions/Remote violence" or not segment.strip():
        return None
    another = any(word_pattern(words, language).search(segment) for words in ("new_event", "elsewhere", "another_time"))
    if another or _past(segment, language):
        return None
    clash = any(
        sub.name == "Armed clash" and pattern.search(segment) for pattern, sub in vocabulary().patterns[_lang(language)]
    )
    state = vocabulary().targets[_lang(language)]["military"].search(normalise(told))  # the explosion hit a state force
    fired = clash or word_pattern("fought_back", language).search(segment)
    if state and (fired or word_pattern("forces_fired", language).search(segment)):
        return "Battles", "Armed clash", "type:explosion-then-battle"
    return None


def occupants_hurt(text: str, clause: tuple[int, int], language: str) -> bool:
    """A petrol or crude bomb thrown at a bus, truck or auto-rickshaw that burned or hurt the people in it, by
    attackers who are not a crowd ("assailants hurled a petrol bomb at a truck, injuring its driver"): the bomb
    was aimed at the occupants, an attack on civilians, not the street violence of a strike (bombs set off near
    a rally, a bus torched with nobody hurt) that exports code as riots. Not a police or army vehicle. A crowd
    word told as hurt ("two workers were injured") names the occupants, not the attackers."""
    sentence = normalise(text[slice(*sentence_around(text, clause))])
    targets = vocabulary().targets[_lang(language)]
    aimed = any(
        AIMED_AT.search(sentence, max(0, m.start() - 40), m.start()) and not VEHICLE_PEOPLE.match(sentence, m.end())
        for m in word_pattern("vehicles", language).finditer(sentence)
    )
    if not aimed or targets["military"].search(sentence):
        return False
    named = word_pattern("unnamed_attackers", language).sub(" ", sentence)  # "assailants" are not a crowd
    crowd = (m for m in word_pattern("mob", language).finditer(named) if not PASSIVE_AFTER.match(named, m.end()))
    # "two workers were injured as ...": the crowd word names the hurt
    if any(crowd) or word_pattern("unhurt", language).search(sentence):
        return False
    return any(not NO_HURT.search(sentence[: m.start()]) for m in word_pattern("hurt", language).finditer(sentence))


def sentence_end(text: str, at: int) -> int:
    """Where the sentence holding text[at - 1] ends (its full stop), or the end of the text."""
    end = text.find(".", max(0, at - 1))
    return len(text) if end < 0 else end


def sentence_around(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """Where the sentence holding the clause starts (after the full stop before it) and ends (`sentence_end`)."""
    return text.rfind(".", 0, clause[0]) + 1, sentence_end(text, clause[1])


def attackers_start(text: str, start: int, end: int, language: str) -> int:
    """Where text[start:end] starts naming who attacked: "by ..." or an armed group doing the next violence
    ("injured when assailants hurled cocktails"); `end` when it names none."""
    agent = AGENT.search(text, start, end)
    cut = agent.start() if agent else end
    segment = normalise(text[start:cut])
    for m in vocabulary().targets[_lang(language)]["armed_group"].finditer(segment):
        if ATTACKER_VERB.match(segment, m.end()):
            return start + m.start()
    return cut


def reporters_start(text: str, start: int, end: int) -> int:
    """Where text[start:end] starts naming who told or investigates the event (", police said"): `end` when it
    names none. Those words name no one hit."""
    told = REPORTERS.search(text, start, end)
    return told.start() if told else end


def no_reporters(segment: str) -> str:
    """The words without the police or authorities who found, told or investigate the event, and without those
    the report blames for it."""
    return without_blamed(REPORTERS.sub(lambda m: " " * len(m.group(0)), segment))


def without_blamed(segment: str) -> str:
    """The words without those naming who the report blames ("blamed the attacks on a Somali militia")."""
    return blanked(segment, [next(m.span(g) for g in ("on", "to", "held", "tenu") if m.group(g))
                             for m in BLAMED.finditer(segment)])


def killed_in_search(sentence: str) -> bool:
    """A sentence telling a search operation and naming no civilians ("a man was killed and three arrested by
    security forces during a search operation"): forces searching an area hunt an armed group, and ACLED codes
    the deaths of such an operation as a battle with it (Asia export: every such note of the readable seeds)."""
    segment = normalise(sentence)
    return bool(SEARCH_OPERATION.search(segment)) and not CIVILIANS_NAMED.search(segment)


def land_dispute_killing(text: str, clause: tuple[int, int], hit: Hit) -> bool:
    """People killed in a dispute over land, and nobody named attacking ("three were killed in a land dispute",
    "five killed in a row pitting residents over a piece of land"): a dispute has two sides, and ACLED codes its
    deaths as a clash between them (communal militias). Not "farmers attacked and killed a man over a land
    dispute" nor "beaten to death by his rivals": one side attacked the other."""
    segment = text[clause[0] : clause[1]]
    sentence = text[slice(*sentence_around(text, clause))]
    return (
        bool(LAND_DISPUTE.search(sentence))
        and is_passive(text, clause, hit)
        and not AGENT.search(text, hit.end, clause[1])
        and not ONE_SIDED.search(segment)
    )


def two_armed_sides(clause_text: str, language: str) -> bool:
    """A state force and an armed group named in one violent clause."""
    targets = vocabulary().targets[_lang(language)]
    segment = no_reporters(normalise(clause_text))  # ", police said": the police told of it
    return bool(targets["military"].search(segment) and targets["armed_group"].search(segment))


def no_agents(segment: str, language: str) -> str:
    """The words after a trigger without those naming who attacked: "by gunmen", and an armed group that is
    the subject of the next violence verb ("1 killed when bandits attacked a van": the bandits were not hit)."""
    segment = AGENT.sub(" ", no_reporters(segment))
    armed = vocabulary().targets[_lang(language)]["armed_group"]
    for m in reversed(list(armed.finditer(normalise(segment)))):
        if ATTACKER_VERB.match(segment, m.end()):
            segment = segment[: m.start()] + " " * (m.end() - m.start()) + segment[m.end() :]
    return segment


def subject_read_as_target(text: str, parsed: tuple[int, int], hit: Hit, passive: bool, language: str) -> bool:
    """The parse read a headline passive ("Bandits attacked") where the verb is active: an armed group named
    before the trigger, no auxiliary or agent, and an object after it ("Armed bandits attacked and raided a
    polling station", "gunmen shot two traders"). The armed group is then the attacker."""
    if passive or parsed[1] > hit.start:
        return False
    words = normalise(text[parsed[0] : parsed[1]])
    if not vocabulary().targets[_lang(language)]["armed_group"].search(words):
        return False
    return bool(OBJECT_AFTER.match(text, hit.end))


def organised_sides(clause_text: str, language: str) -> bool:
    """A clan, community, militia, armed group or state force named in the clause."""
    segment = normalise(clause_text)
    targets = vocabulary().targets[_lang(language)]
    return bool(
        word_pattern("organised", language).search(segment)
        or targets["armed_group"].search(segment)
        or state_side(segment, language)
    )


def state_side(segment: str, language: str) -> bool:
    """Soldiers, police or a state force named in these words."""
    return bool(STATE_WORDS.search(normalise(segment)) or vocabulary().targets[_lang(language)]["military"].search(
        normalise(segment)
    ))


def communal_fight(clause_text: str, hits: list[Hit], language: str) -> bool:
    """ "Farmers and herders fought running battles": clans, communities, herders or militias, with no protest
    in the clause, are organised sides (ACLED's communal militias), so their fight is a battle, not a riot."""
    if any(h.sub.event_type == "Protests" for h in hits):
        return False
    segment = normalise(clause_text)
    return bool(word_pattern("organised", language).search(segment)
                or vocabulary().targets[_lang(language)]["armed_group"].search(segment))


def killing_end(clause_text: str, language: str) -> int | None:
    """Where the first word telling people killed in the clause ends, unless denied ("five killed and two
    abducted"; not "no one was killed"); None when nobody was killed."""
    segment = normalise(clause_text)
    for m in word_pattern("killing", language).finditer(segment):
        before = segment[max(0, m.start() - 30) : m.start()]
        if not (NO_HURT.search(before) or word_pattern("unhurt", language).search(before)):
            return m.end()
    return None


def stone_fight(clause_text: str, language: str) -> bool:
    """A clash fought with stones, sticks or fists ("villagers of two communities clashed with stones"): no
    weapon, armed group or state force named and nobody killed, so its sides are rioters, not identity militias."""
    segment = normalise(clause_text)
    if not word_pattern("brawl_means", language).search(segment) or word_pattern("weapons", language).search(segment):
        return False
    armed = vocabulary().targets[_lang(language)]["armed_group"].search(segment)
    return not (armed or state_side(segment, language) or killing_end(segment, language) is not None)
