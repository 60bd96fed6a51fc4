"""Event triggers: the words in a sentence that report violence, and the ACLED type they stand for.

The vocabulary lives in `data/event_types.yaml` (sub-types with definitions, precedence, trigger patterns in
English and French) so an analyst can read and change it. This module compiles it once and answers, for one
clause of one sentence (clauses.py cuts them), "which ACLED event does this clause report, and which words say
so?". Who acted (a crowd, demonstrators, an armed group) is read by crowd_types.py, a demonstration's sub-type by
protest_types.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sitrep.extract.clauses import DEMONSTRATION, split_clauses
from sitrep.extract.crowd_types import (
    armed_attacker,
    crowd_destruction,
    crowd_fight,
    crowd_violence,
    demonstration_near,
    demonstrators_fight,
    gathering_attacked,
    gathering_bombed,
    mob_attack,
    politician_attacked,
    riot_control_clash,
)
from sitrep.extract.main_act import (
    OUTRANKED_BY_HARM,
    TERRITORY,
    arrest_setting,
    carried_by_air,
    denied,
    harm_outranks,
    more_taken,
    passing_mention,
    search_raid,
)
from sitrep.extract.protest_types import (
    CLASHED_WITH,
    demonstration_type,
    in_grievance,
    protest_sub_type,
    riot_denied,
    stormed_to_demand,
)
from sitrep.extract.targets import (
    FIGHTING,
    OFF_DUTY,
    attack_during_clashes,
    attackers_start,
    communal_fight,
    disarmed,
    forces_among_hit,
    former_fighters,
    headline_side_hit,
    is_passive,
    killed_in_search,
    killing_end,
    land_dispute_killing,
    named_attacker,
    named_target,
    no_agents,
    occupants_hurt,
    organised_sides,
    passive_subject,
    rebels_named,
    reporters_start,
    sentence_around,
    state_side,
    stone_fight,
    subject_read_as_target,
    target_class,
    tells_fight,
    two_armed_sides,
    without_blamed,
)
from sitrep.extract.vocabulary import (
    DATA,
    Hit,
    SubType,
    Vocabulary,
    definition,
    find_hits,
    normalise,
    vocabulary,
    word_pattern,
)
from sitrep.extract.vocabulary import lang as _lang

__all__ = [  # the vocabulary's names other modules import from here
    "DATA", "SubType", "Vocabulary", "definition", "normalise", "vocabulary", "word_pattern",
    "ClauseType", "Hit", "classify_clause", "demonstration_type", "find_hits", "split_clauses", "target_class",
]

# Whom the taker fought ("rebels clashed with soldiers and seized the town"): not the side that took the place.
OPPONENT = re.compile(
    r"\b(?:with|against|contre|avec)\s+(?:(?:the|a|an|les|des|la|le|l')\s*)?[\w-]+(?:\s+forces)?", re.IGNORECASE
)
# What a protest is against ("protested the lynching of", "a protest condemning the rape of"): not an event here.
# Only verbs and prepositions: in "protesters clashed with police" the clash is the event.
PROTESTED = re.compile(
    r"\b(?:protest(?:ed|ing|s)?|demonstrat(?:ed|ing|ions?)|rall(?:y|ies|ied)|condemn\w*|denounc\w*|against|over"
    r"|justice for|manifest(?:é|ent|aient|ation|ations)|dénonc\w*|contre|suite à"
    # the people a protest is for: "to demand the release of kidnapped relatives", "relatives of abducted students"
    r"|(?:release|return|whereabouts|rescue|relatives|families|parents|mothers|wives) of|libération d[eu]s?"
    r"|(?:retour|proches|familles|parents|mères|épouses) d[eu]s?"
    # what it wants stopped or looked into: "to demand an end to the abduction of critics", "an inquiry into"
    r"|(?:an? )?(?:end|halt|stop) to|(?:probe|inquiry|investigation) into|accountability for"
    r"|(?:la )?fin (?:à|aux|d[eu]s?)|(?:l')?arrêt d[eu]s?|(?:une )?enquête sur)\s+(?:[\w-]+\s+|\w+'\s*){0,4}$",
    re.IGNORECASE,
)
# What a report links its event to ("an attack believed to be related to clashes between two clans", "linked
# with the ongoing political clashes"): the cause or setting, not the event the clause reports. Only a noun
# phrase in lower case: in "two men linked to the siege were arrested" the arrest is the event, and in "a group
# linked to Al Shabaab attacks a base" the attack.
CONTEXT = re.compile(
    r"\b(?:related to|linked (?:to|with)|connected (?:to|with)|in the wake of|stemming from|(?:a|the) result of"
    r"|blamed on|attributed to|lié(?:e|s|es)? (?:à|aux)|en marge d(?:e|es|u))\s+"
    r"(?:(?!(?:is|are|was|were|been|has|have|had|est|sont|a|ont|été)\s)(?-i:[a-z0-9à-ÿ][\w-]*)\s+|\w+'\s*){0,4}$",
    re.IGNORECASE,
)
# The Mob violence words that only name a crowd ("a mob", "angry villagers", "une foule en colère").
CROWD_NAME = re.compile(r"mobs?|angry \w+|foule en colère", re.IGNORECASE)
MARCHED = re.compile(r"march(?:ed|ing)?|marchaient|ont marché", re.IGNORECASE)
# Where the words naming who blocked a road start: after the last clause break before the blocking words ("were
# seized when armed men blocked the highway", "after gunmen killed a herder, youths blocked the road").
DOER_START = re.compile(
    r".*(?:[,;:]|\b(?:when|while|as|after|before|and|but|then|lorsque|quand|alors que|après que|et|mais|puis)\b)",
    re.IGNORECASE | re.DOTALL,
)
# Where the doer's head ends: its complement names others ("relatives of people kidnapped by bandits blocked").
DOER_END = re.compile(r"\s(?:of|by|from|who|whose|that|par|de|des|du|d'|qui|dont)\s", re.IGNORECASE)
BLOCKING = re.compile(r"block|blocus|siege", re.IGNORECASE)
# Who imposed a blockade, named after it: "a blockade by jihadists", "le blocus imposé par les hommes armés".
BLOCKADE_AGENT = re.compile(
    r"\s*(?:(?:imposed|enforced|mounted|imposée?|mis en place|décrété)\s+)?(?:by|par|of|des|du|de la|de l')\s+"
    r"(?:[\w'-]+\s+){0,4}",
    re.IGNORECASE,
)
# Sides that exchange fire are armed: a shoot-out, a gun battle or a South Asian "encounter" (a gunfight with the
# police or troops) stays a battle whoever the sides are called.
GUNFIRE = re.compile(r"gun|shoot|fire|tirs|encounter", re.IGNORECASE)
# The person noun a French "de"-complement qualifies, right before it: "éleveurs de bétail", "chauffeurs des camions".
PEOPLE_OF = re.compile(r"([\w-]+)\s+(?:de|des|du|d')\s*$", re.IGNORECASE)
# Guns taken from people ("seized two rifles"), not a cache, a haul or explosives: see _arms_of_the_arrested.
ARMS_SEIZED = re.compile(r"(?!.*\b(?:cache|haul)s?\b).*\b(?:weapons|arms|firearms|rifles|guns|pistols?)$",
                         re.IGNORECASE)
LABEL_REACH = 60  # characters at a note's start where its label ends
TARGET_REACH = 80  # characters after a trigger where its target is looked for when the parse names none
TAKEN_REACH = 30  # characters after an abduction verb where whom it took is named


@dataclass(frozen=True, slots=True)
class ClauseType:
    """What one clause reports: the ACLED type decided by precedence, and the hit that decided it."""

    event_type: str
    sub_event_type: str
    hit: Hit
    hits: tuple[Hit, ...]
    strength: str  # "strong" when a type-specific trigger decided; "weak" for bare "attack"/"blast"/"killed"
    standalone: bool
    target: str | None  # "military" | "civilian" | "armed_group" | None: who the clause says was hit
    rule: str



def classify_clause(
    text: str,
    hits: list[Hit],
    language: str,
    clause: tuple[int, int],
    target_span: Callable[[int, int], tuple[int, int] | None] | None = None,
    victims: list[str] | None = None,
    actor_class: Callable[[int, int], str | None] | None = None,
) -> ClauseType | None:
    """Apply ACLED precedence to the triggers of one clause; None when nothing in it reports an event.

    Who was hit decides between a battle and violence against civilians. In order: the target the parse
    gives (`target_span(start, end)`, its words or the actor `actor_class` names there), the victims the
    clause counts ("79 personnes"), the first target word after the trigger, then anywhere in the clause;
    the attacker named after "by"/"par" is never the target.
    """
    if target_span is not None:
        hits = [h for h in hits if not _thing_taken(text, h, language, target_span)]
    if any(h.sub.event_type == "Protests" for h in hits):
        # Armed men who block a road and march its travellers off do not protest: their marching words go with it.
        blockade = [h for h in hits if _armed_blockade(text, h, clause, language)]
        hits = [h for h in hits if not _protested(text, h, clause) and not in_grievance(text, h, clause, language)
                and h not in blockade and not (blockade and _troops_marched(text, h, clause, language))]
    hits = [h for h in hits if not riot_denied(text, h, clause)]
    hits = [h for h in hits if not _troops_marched(text, h, clause, language)] or hits
    hits = [h for h in hits if not _context(text, h, clause)] or hits
    hits = [h for h in hits if not arrest_setting(text, h, clause, language)] or hits
    hits = _without_passing_mentions(text, hits, clause, language)
    hits = _without_crowd_names(hits)
    hits = [h for h in hits if not denied(text, h, clause, language) and not carried_by_air(text, h, language)]
    if not hits:
        return None
    label = _note_label(text, language)
    if label is not None and label not in hits:
        # "Property destruction: 20 July. A house was set ablaze ...": the label types it all, read at its words.
        first = hits[0]
        hits = [Hit(first.start, first.end, first.text, label.sub, f"{label.rule}+note"), *hits]
    ranked = sorted(hits, key=lambda h: (-h.sub.priority, h.start))
    best = _arms_of_the_arrested(ranked[0], hits)
    lead = next((h for h in ranked if h.sub.strength == "strong"), best)
    if harm_outranks(hits, lead):
        # ACLED codes an arrest or a seizure only when no violence is reported: "killed one suspect and
        # arrested three", "beat up residents, arresting ten" and "killing two and recovering rifles" are the
        # violence, typed by whom it hit.
        violent = classify_clause(text, [h for h in hits if h.sub.name not in OUTRANKED_BY_HARM], language, clause,
                                  target_span, victims, actor_class)
        if violent is not None and violent.event_type != "Strategic developments":
            return ClauseType(violent.event_type, violent.sub_event_type, violent.hit, tuple(hits), violent.strength,
                              False, violent.target, f"{violent.rule}+violence-over-arrest")
    clause_text = text[clause[0] : clause[1]]
    target = None
    parsed = target_span(best.start, best.end) if target_span else None
    passive = is_passive(text, clause, best)
    # Whom the report blames is never the target ("blamed the attacks on a militia"): read with those words blanked.
    seen = text[: clause[0]] + without_blamed(normalise(clause_text)) + text[clause[1] :]
    if parsed is not None and (
        seen[parsed[0]].isspace() or subject_read_as_target(text, parsed, best, passive, language)
    ):
        parsed = None
    # Both sides fought, or a named party or militia attacked: its victims of a named group stay a side.
    sides = tells_fight(hits) or (actor_class is not None and named_attacker(text, clause, best, passive, language,
                                                                             actor_class))
    if parsed is not None:
        target = target_class(text[parsed[0] : parsed[1]], language)
        if target is None and actor_class is not None:
            # "attacked Mungiki members", "ambushed KDF"
            target = named_target(text, parsed, language, actor_class, sides)
    if target is None and passive:
        target = passive_subject(text, clause, best, language, actor_class, sides)
    elif target is None and (parsed is None or parsed[0] < best.start):
        # not when the parse gives the trigger an object ("shot dead at least 12 young men"): no headline left
        # the killing word without its object
        target = headline_side_hit(text, clause, best, language, actor_class)
    if target is None and victims:
        target = target_class(" and ".join(victims), language)
    if target is None:
        nearby = no_agents(seen[best.end : min(clause[1], best.end + TARGET_REACH)], language)
        rest = no_agents(seen[best.end : clause[1]], language)
        target = target_class(nearby, language) or target_class(rest, language)
    if target is None and actor_class is not None and not passive and best.end < clause[1]:
        end = attackers_start(text, best.end, clause[1], language)  # "raided by raiders": they are not hit
        end = reporters_start(text, best.end, end)
        end = next((i for i in range(best.end, end) if seen[i].isspace() and not text[i].isspace()), end)
        target = named_target(text, (best.end, end), language, actor_class, sides)
    if target is None and two_armed_sides(seen[clause[0] : clause[1]], language):
        target = "armed_group"  # "police pursue raiders and kill many": a fight between armed sides
    sentence = text[slice(*sentence_around(text, clause))]
    if target in {None, "civilian"} and killed_in_search(sentence):
        target = "armed_group"  # "a man was killed and three arrested by security forces during a search operation"
    if target == "civilian" and forces_among_hit(clause_text, language):
        target = "military"  # "killed seven, including police officers"
    if target == "military" and OFF_DUTY.search(normalise(clause_text)):
        target = "civilian"
    if target == "armed_group" and (
        former_fighters(clause_text, language) or (disarmed(text, language) and not rebels_named(clause_text, language))
    ):
        target = "civilian"  # "shot a former militant dead", "the two suspects were unarmed" (a rebel is a fighter)
    strong = [h for h in ranked if h.sub.strength == "strong"]
    if best.sub.strength == "strong" or (strong and best.sub.name == "generic"):
        best = strong[0] if best.sub.name == "generic" else best
        event_type, sub_event_type = best.sub.event_type, best.sub.sub_event_type
        rule = f"type:trigger:{best.sub.name}"
        # ACLED precedence: an airstrike or shelling inside a reported clash is one Battles event.
        if event_type == "Explosions/Remote violence" and best.sub.name in {
            "Air/drone strike",
            "Shelling/artillery/missile attack",
        }:
            clash = [h for h in hits if h.sub.name == "Armed clash" or FIGHTING.fullmatch(h.text)]
            if clash:
                best, event_type, sub_event_type = clash[0], "Battles", "Armed clash"
                rule = "type:precedence:strike-within-battle"
        if best.sub.name == "Attack" and any(
            h.sub.event_type == "Protests" and h.sub.strength == "strong" and h.start > best.end for h in hits
        ):
            event_type = "Protests"  # "shot dead two people taking part in a march": force used on a demonstration
        if event_type == "Protests":
            sub_event_type, rule = protest_sub_type(clause_text, language)
            if sub_event_type == "Violent demonstration":
                event_type = "Riots"
        attack = next((h for h in hits if h.sub.name == "generic" and h.end <= best.start), None)
        if best.sub.event_type == "Protests" and attack and gathering_attacked(text, clause, attack, language):
            # ACLED: demonstrators or a rally attacked by a non-state group are civilians hit, not a protest.
            event_type, sub_event_type, rule = "Violence against civilians", "Attack", "type:gathering-attacked"
        blast = next((h for h in hits if h.sub.event_type == "Explosions/Remote violence" and h.end <= best.start
                      and gathering_bombed(text, clause, h, language)), None)
        if best.sub.event_type == "Protests" and blast:
            # "a bomb exploded at an election rally": the explosion is the event, and the rally its place.
            best, event_type, sub_event_type = blast, blast.sub.event_type, blast.sub.sub_event_type
            rule = "type:gathering-bombed"
        killed = killing_end(clause_text, language) if sub_event_type == "Abduction/forced disappearance" else None
        if killed is not None and not more_taken(clause_text, killed, best.end - clause[0]):
            # ACLED codes an abduction only when it is the main act: people killed in it make it an attack, or a
            # battle when the killing words name soldiers or police.
            killed_class = target_class(no_agents(clause_text[killed : killed + TARGET_REACH], language), language)
            soldiers = (killed_class or target) == "military"
            event_type = "Battles" if soldiers else "Violence against civilians"
            sub_event_type = "Armed clash" if soldiers else "Attack"
            rule = "type:killing-over-abduction"
            lynching = [h for h in hits if h.sub.name == "Mob violence" and not CROWD_NAME.fullmatch(h.text)]
            if lynching:
                # "lynched after he tried to kidnap a woman": the killing is a mob's.
                best, event_type, sub_event_type = lynching[0], "Riots", "Mob violence"
                rule = "type:lynching-over-abduction"
        elif sub_event_type == "Abduction/forced disappearance" and _forces_taken(text, clause, best, language, target):
            # ACLED's abductions are of civilians: soldiers or police taken ("militants abducted four policemen")
            # are a side captured in a fight with an armed group, a battle.
            event_type, sub_event_type, rule = "Battles", "Armed clash", "type:forces-abducted"
        if best.sub.name == "Incendiary" and armed_attacker(text, clause, language):
            event_type, sub_event_type, _ = _generic_type(target)
            rule = "type:incendiary-by-armed-group"
        elif best.sub.name == "Incendiary" and occupants_hurt(text, clause, language):
            event_type, sub_event_type, rule = "Violence against civilians", "Attack", "type:incendiary-on-vehicle"
        told = text[text.rfind(".", 0, clause[0]) + 1 : clause[1]]  # "operators storm a station and clash with police"
        if (sub_event_type == "Armed clash" and not GUNFIRE.search(best.text)
                and (crowd_fight(told, language) or riot_control_clash(text, clause, language))
                and not rebels_named(told, language)):  # "LeI members clashed with the TTP": armed sides
            # Crowds fighting each other are a mob. A crowd fighting the police is a violent demonstration when it
            # demonstrates; with no demonstration told ("boda boda operators clashed with police after the arrest
            # of a colleague") it is mob violence, ACLED's riot outside a demonstration.
            police = target == "military" or state_side(clause_text, language)
            demonstrating = police and demonstration_near(text, clause, language)
            event_type = "Riots"
            sub_event_type = "Violent demonstration" if demonstrating else "Mob violence"
            rule = "type:crowd-clash-with-police" if police else "type:clash-between-crowds"
        if best.sub.event_type == "Battles" and best.sub.name in TERRITORY and any(
            h.sub.name == "Non-violent transfer of territory" for h in hits
        ):
            # "Al Shabaab took control of the town after the troops withdrew": taken without a battle.
            event_type, sub_event_type = "Strategic developments", "Non-violent transfer of territory"
            rule = "type:territory-without-battle"
        taker = OPPONENT.sub(" ", text[clause[0] : best.start])
        if sub_event_type == "Non-state actor overtakes territory" and state_side(taker, language):
            event_type, sub_event_type, rule = "Battles", "Government regains territory", "type:state-takes-territory"
        elif sub_event_type == "Government regains territory" and _non_state_taker(taker, language):
            # "les rebelles ont repris Bunagana", "militants recaptured the town": retaking is no state's here.
            sub_event_type, rule = "Non-state actor overtakes territory", "type:non-state-retakes-territory"
        if sub_event_type == "Looting/property destruction" and not best.sub.name.startswith("Note label"):
            event_type, sub_event_type, rule = crowd_destruction(text, clause, language, best) or (
                event_type, sub_event_type, rule
            )
        violence = [h for h in hits if h.sub.name == "generic" and not FIGHTING.search(h.text)]
        if best.sub.name == "Looting/property destruction" and sub_event_type == best.sub.name and violence:
            # ACLED's looting/property destruction is for property alone: burned while people were shot or
            # attacked ("shot dead as their homes were set on fire"), the attack on the people is the event, a
            # mob's when a crowd did it ("beaten to death and set on fire by residents").
            event_type, sub_event_type, _ = _generic_type(target)
            rule = "type:destruction-with-violence"
            if mob_attack(text, clause, language, parsed):
                event_type, sub_event_type, rule = "Riots", "Mob violence", "type:mob-attack"
        elif sub_event_type == best.sub.sub_event_type and _burned_to_flush_out(best, hits):
            event_type, sub_event_type, rule = "Violence against civilians", "Attack", "type:burned-to-flush-out"
        if sub_event_type == "Armed clash" and demonstrators_fight(clause_text, hits, language):
            event_type, sub_event_type, rule = "Riots", "Violent demonstration", "type:demonstrators-clash"
        if sub_event_type == "Armed clash" and best.sub.name == "Armed clash" and stone_fight(clause_text, language):
            event_type, sub_event_type, rule = "Riots", "Mob violence", "type:stone-fight"
        communal = FIGHTING.search(best.text) and communal_fight(clause_text, hits, language)
        if best.sub.name == "Violent demonstration" and communal:
            event_type, sub_event_type, rule = "Battles", "Armed clash", "type:communal-running-battles"
        if (
            sub_event_type == "Armed clash"
            and best.sub.name == "Armed clash"
            and target == "civilian"
            and _one_sided(best)
        ):
            event_type, sub_event_type, rule = "Violence against civilians", "Attack", "type:ambush-on-civilians"
        elif best.sub.name == "Armed clash" and attack_during_clashes(text, clause, hits, best, language):
            event_type, sub_event_type, rule = "Violence against civilians", "Attack", "type:attack-during-clashes"
        return ClauseType(event_type, sub_event_type, best, tuple(hits), "strong", best.sub.standalone, target, rule)
    if best.sub.name == "generic" and stormed_to_demand(text, clause, hits, best, language):
        sub_event_type, rule = protest_sub_type(clause_text, language)
        event_type = "Riots" if sub_event_type == "Violent demonstration" else "Protests"
        return ClauseType(event_type, sub_event_type, best, tuple(hits), "weak", False, target, f"{rule}+stormed")
    if best.sub.name == "generic":
        if search_raid(text, best, clause, language):
            return ClauseType("Strategic developments", "Other", best, tuple(hits), "weak", True, target,
                              "type:search-raid")
        mob = mob_attack(text, clause, language, parsed) and not _armed_crowd(text, clause, language)
        crowd = "mob-attack" if mob else None
        crowd = crowd or crowd_violence(text, clause, best, parsed, language)
        if crowd and politician_attacked(text, clause, best, language):
            return ClauseType("Violence against civilians", "Attack", best, tuple(hits), "weak", False, "civilian",
                              f"type:{crowd}-on-politician")
        if crowd and gathering_attacked(text, clause, best, language):
            return ClauseType("Violence against civilians", "Attack", best, tuple(hits), "weak", False, "civilian",
                              f"type:{crowd}-on-gathering")
        if crowd:
            return ClauseType("Riots", "Mob violence", best, tuple(hits), "weak", False, target, f"type:{crowd}")
        if target in {None, "civilian"} and FIGHTING.fullmatch(best.text):
            # "the Degodia and Garre clans battle", "fighting took place near the town": fighting has two sides,
            # not a victim (a crowd's fight is read above); people named with it are a side or its setting ("police
            # battle raiders following an attack on civilians", "fighting near the village; 400 people fled").
            rule = "type:mutual-fighting" if organised_sides(clause_text, language) else "type:fighting"
            return ClauseType("Battles", "Armed clash", best, tuple(hits), "weak", False, None, rule)
        if target in {None, "civilian"} and land_dispute_killing(text, clause, best):
            return ClauseType("Battles", "Armed clash", best, tuple(hits), "weak", False, None, "type:land-dispute")
        event_type, sub_event_type, rule = _generic_type(target)
        return ClauseType(event_type, sub_event_type, best, tuple(hits), "weak", False, target, rule)
    destruction = best.sub.sub_event_type == "Looting/property destruction"
    by_crowd = crowd_destruction(text, clause, language, best) if destruction else None
    if by_crowd:
        return ClauseType(*by_crowd[:2], best, tuple(hits), "weak", False, target, by_crowd[2])
    if _burned_to_flush_out(best, hits):
        return ClauseType("Violence against civilians", "Attack", best, tuple(hits), "weak", False, "civilian",
                          "type:burned-to-flush-out")
    return ClauseType(
        best.sub.event_type,
        best.sub.sub_event_type,
        best,
        tuple(hits),
        "weak",
        False,
        target,
        f"type:weak:{best.sub.name}",
    )


def _note_label(text: str, language: str) -> Hit | None:
    """The label a note opens with ("Movement of forces: ...", "Weapons seizure: ..."): the coder's name for
    what the whole note tells, so it types the clauses of its later sentences too."""
    opening = find_hits(text, 0, min(len(text), LABEL_REACH), language)
    return next((h for h in opening if h.start == 0 and h.sub.name.startswith("Note label")), None)


def _without_passing_mentions(text: str, hits: list[Hit], clause: tuple[int, int], language: str) -> list[Hit]:
    """The clause's triggers without those naming an event mentioned in passing ("arrested 74 people accused of
    killings and rapes"), when its sentence reports something else; a sentence that only says "Mungiki believed
    to be involved in the ethnic violence" still tells that violence."""
    kept = [h for h in hits if not passing_mention(text, h, language)]
    if len(kept) == len(hits):
        return hits
    start, end = sentence_around(text, clause)
    others = [h for h in find_hits(text, start, end, language) if not passing_mention(text, h, language)]
    return kept if others else hits


def _without_crowd_names(hits: list[Hit]) -> list[Hit]:
    """ "A mob of angry students protested", "angry villagers squatted on the road demanding": words that name the
    crowd are no violence when the clause tells only its protest (ACLED's mob violence needs violence)."""
    named = [h for h in hits if h.sub.name == "Mob violence" and CROWD_NAME.fullmatch(normalise(h.text))]
    if not named or not any(h.sub.protest for h in hits):
        return hits
    violent = [h for h in hits if h not in named and h.sub.event_type not in DEMONSTRATION | {"Strategic developments"}]
    return hits if violent else [h for h in hits if h not in named]


def _protested(text: str, hit: Hit, clause: tuple[int, int]) -> bool:
    """A violence word that names what a protest is against ("protested the rape of a student") or whom it is for
    ("marched to demand the release of kidnapped relatives"). A rape told
    in a protest's clause is what the protest is about ("demanded the death penalty for child rape"), however
    far from the protest word. A lynching can be a grievance too; a demonstration's own violence cannot."""
    if hit.sub.event_type == "Protests" or hit.sub.sub_event_type == "Violent demonstration":
        return False
    if hit.sub.name == "Sexual violence":
        return True
    if CLASHED_WITH.match(normalise(text), hit.start):
        return False  # "demonstrators protesting against the constitution clashed with police": the clause's verb
    return bool(PROTESTED.search(normalise(text[max(clause[0], hit.start - 50) : hit.start])))


def _troops_marched(text: str, hit: Hit, clause: tuple[int, int], language: str) -> bool:
    """ "Soldiers armed with sticks marched to the area and beat people": troops or fighters on the move, not a
    protest march (soldiers who protest are protesters, so only the marching words)."""
    if hit.sub.event_type != "Protests" or not MARCHED.fullmatch(hit.text):
        return False
    before = normalise(text[clause[0] : hit.start])
    targets = vocabulary().targets[_lang(language)]
    return bool(targets["military"].search(before) or targets["armed_group"].search(before))


def _armed_blockade(text: str, hit: Hit, clause: tuple[int, int], language: str) -> bool:
    """ "Armed men on motorcycles blocked the highway", "des hommes armés ont imposé un blocus", "a blockade by
    jihadists": a road blocked or a town besieged by an armed group is its act (a hold-up, a siege), no protest.
    Only the blocking words among the protest actions; the doer is the head of the words before them back to the last
    clause break, or named after "by"/"par"/"of" following them; a crowd named there ("youths", "residents") keeps it
    a protest, and so does an armed group in the doer's complement ("relatives of people kidnapped by bandits")."""
    if hit.sub.name != "Protest action" or not BLOCKING.search(hit.text):
        return False
    before = text[clause[0] : hit.start]
    opened = DOER_START.match(before)
    subject = before[opened.end() if opened else 0 :].strip()
    complement = DOER_END.search(subject)
    doers = [subject[: complement.start()] if complement else subject]
    agent = BLOCKADE_AGENT.match(text, hit.end, clause[1])
    if agent:
        doers.append(agent.group(0))
    armed = vocabulary().targets[_lang(language)]["armed_group"]
    crowd = word_pattern("crowd", language)
    return any(armed.search(normalise(d)) and not crowd.search(normalise(d)) for d in doers)


def _context(text: str, hit: Hit, clause: tuple[int, int]) -> bool:
    """A trigger naming what the event is linked to ("related to clashes between two clans")."""
    return bool(CONTEXT.search(normalise(text[max(clause[0], hit.start - 60) : hit.start])))


def _thing_taken(text: str, hit: Hit, language: str, target_span: Callable[[int, int], tuple[int, int] | None]) -> bool:
    """ "Deux véhicules enlevés": an abduction word whose object is a thing, not a person. A thing word that only
    says what kind of people were taken ("three cattle herders", "deux commerçants de bétail") is no thing taken."""
    if hit.sub.name != "Abduction/forced disappearance":
        return False
    span = target_span(hit.start, hit.end)
    if span is None:
        return False
    taken = normalise(text[span[0] : span[1]])
    return any(not _qualifies_people(taken, m, language) for m in word_pattern("not_people", language).finditer(taken))


def _qualifies_people(taken: str, thing: re.Match[str], language: str) -> bool:
    """The thing word qualifies the person noun it is said with: before it in English ("cattle herders", "truck
    drivers"), after "de" in French ("éleveurs de bétail", "chauffeurs de camions")."""
    people = vocabulary().targets[_lang(language)]["civilian"]
    if _lang(language) == "fr":
        owner = PEOPLE_OF.search(taken, 0, thing.start())
        return owner is not None and people.fullmatch(owner.group(1)) is not None
    after = re.compile(r"\s+([\w-]+)").match(taken, thing.end())
    return after is not None and people.fullmatch(after.group(1)) is not None


def _non_state_taker(taker: str, language: str) -> bool:
    """Words before a taking of territory that name an armed group and no state force."""
    armed = vocabulary().targets[_lang(language)]["armed_group"].search(normalise(taker))
    return bool(armed) and not state_side(taker, language)


def _armed_crowd(text: str, clause: tuple[int, int], language: str) -> bool:
    """A crowd word inside an armed group's name ("armed youths raided cattle camps"): people named by their arms
    attack as an armed group, not as a mob."""
    segment = normalise(text[clause[0] : clause[1]])
    groups = [m.span() for m in vocabulary().targets[_lang(language)]["armed_group"].finditer(segment)]
    return any(a <= m.start() < b for m in word_pattern("mob", language).finditer(segment) for a, b in groups)


def _forces_taken(text: str, clause: tuple[int, int], hit: Hit, language: str, target: str | None) -> bool:
    """Soldiers or police are whom the abduction took: the passive's subject ("four soldiers were kidnapped"), or
    named right after the verb ("abducted four policemen"); not a force word further on ("kidnapped three they
    accused of spying for the government")."""
    if is_passive(text, clause, hit):
        return target == "military"
    taken = no_agents(text[hit.end : min(clause[1], hit.end + TAKEN_REACH)], language)
    return target_class(taken, language) == "military"


def _arms_of_the_arrested(best: Hit, hits: list[Hit]) -> Hit:
    """ "Police arrested three armed men and seized two rifles": guns taken from the people arrested are the arrest's
    detail. ACLED's disrupted weapons use is a cache seized or explosives stopped before use; an arrest with the
    arms the arrested carried is an arrest."""
    if best.sub.name != "Disrupted weapons use" or not ARMS_SEIZED.fullmatch(normalise(best.text)):
        return best
    return next((h for h in hits if h.sub.name == "Arrests"), best)


def _burned_to_flush_out(best: Hit, hits: list[Hit]) -> bool:
    """ "Police burned houses to flush out suspected militia members": homes destroyed to drive their people out are
    violence aimed at the people, not property destruction alone (Kenya's notes code it an attack on civilians)."""
    return best.sub.sub_event_type == "Looting/property destruction" and any(
        h.sub.name == "Operation against a group" and h.start > best.end for h in hits
    )


def _one_sided(hit: Hit) -> bool:
    return hit.text.lower().startswith(("ambush", "embuscade"))


def _generic_type(target: str | None) -> tuple[str, str, str]:
    """'attack', 'killed', 'raid': a battle when soldiers or fighters were hit, else violence against civilians."""
    if target in {"military", "armed_group"}:
        return "Battles", "Armed clash", f"type:generic-on-{target}"
    if target == "civilian":
        return "Violence against civilians", "Attack", "type:generic-on-civilians"
    return "Violence against civilians", "Attack", "type:generic-no-target"
