"""ACLED's conventions for the sides of an event, once the parse has read who attacked whom (`roles.py`): the
defaults for what the text leaves unsaid (an unknown attacker, a demonstration's crowd and the force that
handled it, the police behind arrests), violence between communities, parties' militias, a peace mission's
contingents by sector and the names ACLED gave actors at the time of the event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from sitrep.extract.context import Group, Report, Sentence
from sitrep.extract.dep_labels import AGENTS, OBJECTS
from sitrep.extract.role_parse import only_tells
from sitrep.models import ActorRef

STATE, POLITICAL, IDENTITY, CIVILIANS, PROTESTERS, RIOTERS = 1, 3, 4, 7, 6, 5
STATE_CODES = {1, 8}  # state forces at home (1) and abroad or international forces (8)
ARMED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
GRIEVANCE_WORDS = {"over", "against", "about", "contre"}  # `_grievance`: not "after" (arrests that set off a riot)
GRIEVANCE_OBJECT_PREPS = {"by", "of", "for", "over", "against", "about"}  # `_protested`: not "at", "in", "outside"
# Unnamed forces that are the police when they handle a crowd.
SECURITY_WORDS = re.compile(r"\bsecurity\b|\bsécurité\b|forces de l'ordre", re.IGNORECASE)
# Word classes in data/roles.yaml that say the violence was between communities -> the KB role naming its sides
# (a livestock raid: ACLED codes the raiders as a communal militia, whatever the report calls them).
IDENTITY_CONFLICT = {"clan_conflict": "clan", "ethnic_conflict": "ethnic", "communal_conflict": "communal",
                     "livestock_raid": "communal"}
_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
# "between Koussouma and Mougna", "entre les communautés de X et de Y": two communities named by their places.
COMMUNITY_PAIR = re.compile(
    r"\b(?:between|entre)(?: members of| membres des?)?(?: the| les)?"
    r"(?: (?:communities|villages|communautés|villages) (?:of|de|d'))? "
    rf"(?P<first>{_NAME})(?: (?:community|village|communauté))? (?:and|et)(?: the| les| de| d')? ?(?P<second>{_NAME})"
)
# "at Kandi village", "Boro Haripur Chandina village" (the last name), "the village of Kandi", "le village de Kandi".
VILLAGE = re.compile(
    r"\b(?:(?!(?:The|A|This|That|Each|Every|One|Le|La|Un|Ce)\b)(?P<before>[A-Z][\w'-]+) village\b"
    rf"|village (?:of|de|d') ?(?P<after>{_NAME}))"
)
# A place followed by an area word is no community's village: "between two villages in Kisumu county".
AREA_AFTER = re.compile(
    r"\s+(?:and [A-Z][\w'-]+\s+)?(?:count(?:y|ies)|sub-count(?:y|ies)|districts?|upazilas?|provinces?|regions?|states?"
    r"|divisions?|cercles?|communes?)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Candidate:
    ref: ActorRef
    start: int
    end: int
    role: str | None  # "actor1" | "actor2" | None (undecided)
    generic: bool
    acts: bool = False  # the subject of the violent verb that holds the trigger ("police raided a hideout")
    agent: bool = False  # the agent of the trigger's passive verb ("shot dead by a police officer")
    between: bool = False  # one of the two sides of "between X and Y"
    allied: bool = False  # named with a state force as one side: "troops and the Civilian JTF killed six"


@dataclass(slots=True)
class Actors:
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    claimed_by: ActorRef | None = None
    blamed: ActorRef | None = None  # the group a report pins the attack on without a claim ("suspected X")
    rules: list[str] = field(default_factory=list)


def evidenced(result: Actors, report: Report, group: Group) -> None:
    """Every side keeps evidence: a side no words named (a convention's default: "Seven villagers were killed"
    has an Unidentified Armed Group for actor1) points at the event's trigger, under the rule that chose it."""
    hit = group.lead.ctype.hit

    def sourced(ref: ActorRef, side: str) -> ActorRef:
        if ref.evidence is not None:
            return ref
        rule = next((r for r in reversed(result.rules) if r.startswith(f"{side}:")), f"{side}:default")
        return ref.model_copy(update={"evidence": report.evidence(hit.start, hit.end, rule)})

    result.actor1 = sourced(result.actor1, "actor1") if result.actor1 else None
    result.actor2 = sourced(result.actor2, "actor2") if result.actor2 else None
    result.assoc_actor_1 = [sourced(r, "actor1") for r in result.assoc_actor_1]
    result.assoc_actor_2 = [sourced(r, "actor2") for r in result.assoc_actor_2]


def is_unidentified(ref: ActorRef) -> bool:
    return ref.name.lower().startswith("unidentified")


def _rename(result: Actors, name: Callable[[ActorRef], ActorRef]) -> None:
    """Apply a naming convention to both sides and their associates."""
    result.actor1 = name(result.actor1) if result.actor1 else None
    result.actor2 = name(result.actor2) if result.actor2 else None
    result.assoc_actor_1 = [name(r) for r in result.assoc_actor_1]
    result.assoc_actor_2 = [name(r) for r in result.assoc_actor_2]


def party_militias(result: Actors, group: Group, kb: Any) -> None:
    """A party's supporters who fight are ACLED's "<party> Militia" (the party itself stays an associate of
    its protests): "BNP activists attacked ..." -> BNP: Bangladesh Nationalist Party Militia."""
    if group.event_type not in ARMED:
        return

    def militia(ref: ActorRef) -> ActorRef:
        found = kb.militia_of(ref)
        if found is None:
            return ref
        evidence = ref.evidence.model_copy(update={"rule": "actor:party-militia"}) if ref.evidence else None
        return found.model_copy(update={"mention": ref.mention, "evidence": evidence})

    _rename(result, militia)


def names_of_the_time(result: Actors, report: Report, group: Group, kb: Any) -> None:
    """Actors under the names ACLED gave them when the event happened (`ActorKB.as_of`): the event's date, else
    the report's publication date (reports are published within days of what they tell), else the time the
    analyst says undated reports are from (`Article.as_of`). An export's own date (`Article.as_of`) then gives the
    names ACLED used for every event in exports of that time (`ActorKB.as_exported`)."""
    when, export = _event_date(report, group), report.article.as_of
    if when is None and export is None:
        return

    def named(ref: ActorRef) -> ActorRef:
        return kb.as_exported(kb.as_of(ref, when), export)

    _rename(result, named)
    result.claimed_by = named(result.claimed_by) if result.claimed_by else None
    result.blamed = named(result.blamed) if result.blamed else None


def _event_date(report: Report, group: Group) -> dt.date | None:
    dates = group.dates() or (group.parent.dates() if group.parent else [])
    return dates[0].value if dates else report.article.about_date


def _event_admin1(report: Report, group: Group, country: str | None) -> str | None:
    """The first-level area of the event's place, else of a place its sentences name."""
    spans = [(u.sentence.start, u.sentence.end) for u in group.units]
    named = [t for t in report.toponyms if any(start <= t.start < end for start, end in spans)]
    places = [t.place for t in [*group.places(), *named] if t.place is not None and t.place.country == country]
    return next((p.name if (p.feature_code or "").startswith("ADM1") else p.admin1 for p in places
                 if p.admin1 or (p.feature_code or "").startswith("ADM1")), None)


def mission_sectors(result: Actors, report: Report, group: Group, kb: Any, country: str | None) -> None:
    """A peace mission's forces by the sector of the event's place (`ActorKB.in_sector`), and the insurgency
    ACLED names the unidentified attackers of an area by since it began (`ActorKB.regional_insurgency`: attacks in
    Thailand's Deep South are the Southern Muslim Separatists', in Cabo Delgado since 2017 Ahlu Sunnah Wa-Jama's,
    separatists in Balochistan the Baloch Separatists; Thailand's "insurgents" where the report names no place)."""
    admin1 = _event_admin1(report, group, country)
    when = _event_date(report, group)

    def placed(ref: ActorRef) -> ActorRef:
        found = kb.in_sector(ref, country, admin1)
        insurgents = kb.regional_insurgency(country, admin1, when, ref.mention)
        if found is None and insurgents is not None and ref.name == kb.unidentified(country).name:
            found = insurgents.model_copy(update={"mention": ref.mention, "evidence": ref.evidence})
            result.rules.append(f"actor:regional-insurgency:{admin1 or 'no-place'}")
            return found
        if found is None:
            return ref
        result.rules.append(f"actor:mission-sector:{admin1}")
        return found

    _rename(result, placed)


def identity_conflict(
    result: Actors,
    report: Report,
    sentences: list[Sentence],
    group: Group,
    kb: Any,
    country: str | None,
    peoples: Sequence[ActorRef] = (),
) -> None:
    """Violence the text calls ethnic, communal or clan ("ethnic clashes", "two communities clashed") with no
    attacker the parse tied to the event: the militias of the peoples its sentences name (`peoples`: "ethnic
    clashes involving the Degodia and Garre clans", "people killed as Pokomo ethnic militia attacks"), else
    ACLED's Unidentified Ethnic/Communal/Clan Militia of the country, on both sides of a battle. Communal militias
    go by the communities when the text names them: "between Koussouma and Mougna" (one side each), "between
    Pokot and Turkana communities" (their ethnic militias), "a land dispute at Kandi village" (both sides: Kandi
    Communal Militia)."""
    if group.event_type not in ARMED:
        return
    cls, kind = next(
        ((cls, role) for cls, role in IDENTITY_CONFLICT.items()
         for s in sentences if report.search(cls, s.start, s.end)),
        (None, None),
    )
    if kind is None:
        return
    if result.actor1 is not None and not is_unidentified(result.actor1):
        if group.event_type == "Battles" and result.actor2 is not None and is_unidentified(result.actor2) \
                and result.actor2.inter_code != IDENTITY:
            result.actor2 = kb.role(kind, country)  # "police engaged communal gunmen", "police pursued rustlers"
            result.rules.append(f"actor2:{kind}-conflict")
        return
    if cls == "livestock_raid" and result.actor1 is not None and result.actor1.inter_code == IDENTITY:
        return  # raiders the text already gives a people: "Ethiopian raiders" are Ethiopia's ethnic militia
    if cls == "livestock_raid" and result.actor1 is not None and any(
        report.search("unknown_attacker", s.start, s.end) for s in sentences
    ):
        return  # "an unknown group attacked the village and stole cattle": ACLED's Unidentified Armed Group
    # a battle's named second side stays ("Degodia and Garre clans"); an attack's actor2 is its victims
    taken = result.actor2.name if result.actor2 is not None and group.event_type == "Battles" else None
    # (a raid's named people is as often the one raided: "raid village of Turkana ethnic group")
    sides = [] if cls == "livestock_raid" else list({r.name: r for r in peoples if r.name != taken}.values())
    if sides:  # one people named: the other side is still nobody's ("Pokot raiders clashed with herders")
        first, second = sides[0], sides[1] if len(sides) > 1 else kb.role(kind, country)
    else:
        named_by = {"communal_conflict": "Communal", "clan_conflict": "Clan"}.get(cls or "")
        sides = _community_sides(report, sentences, kb, country, group.event_type, named_by) if named_by else []
        first, second = (sides[0], sides[-1]) if sides else (kb.role(kind, country), kb.role(kind, country))
    result.actor1 = first
    result.rules.append(f"actor1:{kind}-conflict" + (":named" if sides else ""))
    if group.event_type == "Battles" and (
        result.actor2 is None or is_unidentified(result.actor2) or result.actor2.inter_code == CIVILIANS
    ):
        result.actor2 = second  # the people hurt in a clash between communities are not its other side
        result.rules.append(f"actor2:{kind}-conflict" + (":named" if sides else ""))


def _community_sides(
    report: Report, sentences: list[Sentence], kb: Any, country: str | None, event_type: str | None,
    kind: str = "Communal",
) -> list[ActorRef]:
    """The communities' militias when the text names them: in a clash, two peoples or places joined in "between
    X and Y (communities)" (one side each; an attack "in a dispute between X and Y" names neither attacker),
    else the village or the first town of the event's sentences ("at Kandi village": both sides). Clans
    (`kind` "Clan") go only by their names: "a clash between the Kabasiran and Kapkeny clans" (not by a place)."""
    text = report.article.text
    for sentence in sentences if event_type == "Battles" else []:
        for match in COMMUNITY_PAIR.finditer(text, sentence.start, sentence.end):
            pair = [match["first"], match["second"]]
            peoples = [kb.people_militia(name, country) for name in pair]
            if all(peoples):
                return peoples
            if not any(peoples) and not any(kb.lookup(name) or kb.country(name) for name in pair):
                return [kb.communal(name, country, kind) for name in pair]
    if kind == "Clan":
        return []
    for sentence in sentences:
        village = VILLAGE.search(text, sentence.start, sentence.end)
        if village:
            return [kb.communal(village["before"] or village["after"], country)]
    for sentence in sentences:
        for toponym in report.toponyms:
            if (
                sentence.start <= toponym.start < sentence.end
                and (toponym.place is None or (toponym.place.feature_code or "").startswith("PPL"))
                and not AREA_AFTER.match(text, toponym.end)
            ):
                return [kb.communal(toponym.text, country)]
    return []


def _force(ref: ActorRef | None) -> bool:
    """A state's armed or police force (not its government, which ACLED names as a party to agreements)."""
    return ref is not None and ref.inter_code in STATE_CODES and not ref.name.startswith("Government")


def _intervening_force(
    candidates: list[Candidate], kb: Any, country: str | None, report: Report | None = None
) -> ActorRef | None:
    """The first force the event's sentences name in a role ("police dispersed the crowd", "soldiers fired on
    protesters"); with `report`, only a force whose verb handles a crowd (roles.yaml `intervene`), not one the
    crowd protests against. A force that only reports ("police said") has no role and is no candidate. Unnamed
    "security forces" that handle a crowd are its police, as ACLED codes them."""
    forces = [c for c in sorted(candidates, key=lambda c: c.start)
              if _force(c.ref) and (report is None or _handles(report, c.start) and not _grievance(report, c.start))]
    if not forces:
        return None
    force = forces[0]
    if force.generic and force.ref.inter_code == STATE and SECURITY_WORDS.search(force.ref.mention or ""):
        return kb.police(country).model_copy(update={"mention": force.ref.mention, "evidence": force.ref.evidence})
    return force.ref


def _handles(report: Report, start: int) -> bool:
    """Whether the words at `start` hang off a verb of handling a crowd (roles.yaml `intervene`)."""
    verb = report.governing_verb(start)
    return verb is not None and bool(report.pattern("intervene").fullmatch(verb.lemma_.lower()))


def _demonstration_sides(
    result: Actors, report: Report, group: Group, kb: Any, country: str | None, candidates: list[Candidate]
) -> None:
    """ACLED codes a demonstration's crowd as actor1 and the force that intervened as actor2 (police who
    dispersed or fired on protesters, police rioters fought); a government, party or force the crowd only
    protests against, or the crowd itself named twice, is no side. A mob's victims are civilians."""
    event_type, sub = group.event_type, group.sub_event_type
    crowd = PROTESTERS if event_type == "Protests" else RIOTERS
    displaced = result.actor1 if result.actor1 is not None and result.actor1.inter_code != crowd else None
    if result.actor1 is None or displaced is not None:
        result.actor1 = kb.protesters(country) if crowd == PROTESTERS else kb.rioters(country)
        result.rules.append("actor1:default:" + ("protesters" if crowd == PROTESTERS else "rioters"))
    side = result.actor2
    if event_type == "Protests":
        acting = _intervening_force(candidates, kb, country, report)
        if acting is not None:
            result.actor2 = acting
            result.rules.append("actor2:intervening-force")
        elif sub == "Peaceful protest" and side is not None:
            result.actor2 = None  # the crowd itself, or people, a government or a force the protest is about
            result.rules.append("actor2:protest-crowd-is-not-a-side")
        elif sub != "Peaceful protest" and not _force(side):
            result.actor2 = kb.police(country)
            result.rules.append("actor2:default:police")
        return
    if side is not None and _force(side):
        # a force the crowd fought or that dispersed it, over one the riot was only about ("protesting the killing
        # of a man who entered a military camp ... rioters clashed with police"); a force only protested against
        # is no side ("students rioted over police brutality")
        handler = _intervening_force(candidates, kb, country, report)
        told = side.evidence if side.evidence is not None and not side.evidence.in_title else None
        if handler is not None and handler.name != side.name and not (told and _handles(report, told.start)):
            result.actor2 = handler
            result.rules.append("actor2:intervening-force")
        elif handler is None and _rose_against(report, side):
            result.actor2 = None
            result.rules.append("actor2:protest-crowd-is-not-a-side")
        return
    if sub == "Mob violence":
        # a mob attacks people, not a force that came to stop it: the people it hurt are civilians (even when its
        # riot words made them rioters: "two suspects lynched by a mob of residents") unless the parse made a force
        # its target ("a mob lynched a police officer") or the force fought it ("police clashed with a mob"); two
        # crowds that clashed ("supporters of rival candidates clashed", "BJP and TMC supporters clashed") are
        # rioters on both sides, the party an associate; a party the mob went for is its people, civilians ("youths
        # attacked an ODM caravan", "supporters assaulted two MDC activists"; the party an associate); a mob that
        # only burned buses hurt no one
        crowd_side = side is None or side.inter_code == RIOTERS
        party = side is not None and side.inter_code == POLITICAL  # a party's supporters in a clash: rioters
        targets = [c for c in candidates if c.role == "actor2" and _force(c.ref)]
        if targets and (side is None or side.inter_code in STATE_CODES | {RIOTERS}):
            result.actor2 = targets[0].ref
            result.rules.append("actor2:mob-target")
        elif _force(displaced) and crowd_side:
            result.actor2 = displaced
            result.rules.append("actor2:mob-fought-force")
        elif (crowd_side or party) and any(report.search("mutual", u.sentence.start, u.sentence.end)
                                           for u in group.units) or _crowds_fought(report, group, side):
            parties = [r for r in (displaced, *result.assoc_actor_1, side)
                       if r is not None and r.inter_code == POLITICAL]
            if len(parties) >= 2 and parties[0] is displaced:
                # "Awami League and BNP activists clashed": each crowd is its party's, in the order named
                result.assoc_actor_1 = [parties[0]]
                result.assoc_actor_2 += [parties[1]]
            else:
                result.assoc_actor_2 += [side] if party and side is not None else []
            result.actor2 = kb.rioters(country)
            result.rules.append("actor2:default:mob-clash-rioters")
        elif (side is not None and (side.inter_code == RIOTERS or _suspects(side, candidates))
              or side is None and _mob_victims(report, group)):
            result.actor2 = kb.civilians(country)
            result.rules.append("actor2:default:mob-violence-civilians")
        elif party and side is not None and _party_people(report, side):
            result.assoc_actor_2 += [side]
            result.actor2 = kb.civilians(country)
            result.rules.append("actor2:default:mob-violence-partisans-civilians")
        return
    # a force that handled a violent demonstration is its other side, over the people the crowd hurt ("rioters
    # pelted motorists with stones; police fired tear gas"); not one the crowd rioted over ("in protest of the
    # killing of a student by police")
    fought = [c for c in candidates if not _grievance(report, c.start)]
    force = _intervening_force(fought, kb, country) or (
        displaced if _force(displaced) and not _rose_against(report, displaced) else None)
    if force is not None and (side is None or side.inter_code in STATE_CODES | {PROTESTERS, RIOTERS, CIVILIANS}
                              or _party_people(report, side)):
        result.actor2 = force
        result.rules.append("actor2:intervening-force")
    elif side is not None and (side.inter_code in STATE_CODES or _party_people(report, side)
                               or _rose_against(report, side)):
        # a government, a party or people the rioters protested over ("to protest the primaries", "over the killing
        # of a student")
        result.actor2 = None
        result.rules.append("actor2:protest-crowd-is-not-a-side")
    elif _crowds_fought(report, group, side):
        result.actor2 = kb.rioters(country)
        result.rules.append("actor2:default:crowds-fought-each-other")
    elif side is None and _crowd_hurt(report, group, candidates):
        # rioters who beat or stabbed someone no force was handling ("students beat up their deputy principal")
        result.actor2 = kb.civilians(country)
        result.rules.append("actor2:default:riot-victims-civilians")


def defaults(
    result: Actors, report: Report, group: Group, kb: Any, country: str | None, candidates: list[Candidate]
) -> None:
    """ACLED's conventions for what the text leaves unsaid."""
    event_type, sub = group.event_type, group.sub_event_type
    if event_type in ("Protests", "Riots"):
        _demonstration_sides(result, report, group, kb, country, candidates)
        return
    if event_type == "Violence against civilians" and (result.actor2 is None or result.actor2.inter_code != CIVILIANS):
        if result.actor2 is not None and result.actor1 is None and result.actor2.inter_code != CIVILIANS:
            result.actor1 = result.actor2
        result.actor2 = kb.civilians(country)
        result.rules.append("actor2:default:civilians")
    if event_type == "Strategic developments":
        if sub == "Headquarters or base established" and result.actor2 is not None:
            # ACLED: one actor sets up its base; the building or ground it takes ("an abandoned police station") is
            # where, not a side
            result.actor2, result.assoc_actor_2 = None, []
            result.rules.append("actor2:none:base-established")
        if sub == "Disrupted weapons use":
            _weapon_sides(result, kb, country)
        if sub == "Arrests" and result.actor1 is None:
            result.actor1 = kb.police(country)  # ACLED: arrests are the police's unless another force is named
            result.rules.append("actor1:default:arrests-police")
        return
    if result.actor1 is None and sub == "Air/drone strike":
        result.actor1 = kb.state_forces(country)  # aircraft are the state's when the text names no other owner
        result.rules.append("actor1:default:air-strike-state-forces")
    if result.actor1 is None:
        result.actor1 = kb.unidentified(country)
        result.rules.append("actor1:default:unidentified-armed-group")
    if result.actor2 is None and event_type == "Battles":
        state = result.actor1 is not None and result.actor1.inter_code in STATE_CODES
        # a local side, or a party's militia: 'two factions of X clashed' is X on both sides
        local = result.actor1 is not None and (
            is_unidentified(result.actor1) or result.actor1.inter_code in (IDENTITY, POLITICAL))
        if local and _rivals_only(report, group, candidates):
            result.actor2 = result.actor1  # "rival Maasai groups clashed", "a clash over sand harvesting"
            result.rules.append("actor2:default:rival-groups")
        else:
            result.actor2 = kb.unidentified(country) if state else kb.state_forces(country)
            result.rules.append("actor2:default:" + ("unidentified" if state else "state-forces"))
    if result.actor2 is None and event_type == "Explosions/Remote violence":
        target = group.lead.ctype.target
        if target == "military":
            # armed targets the country's own forces struck are their enemies, not themselves
            forces = kb.state_forces(country)
            own = forces is not None and result.actor1 is not None and result.actor1.name == forces.name
            result.actor2 = kb.unidentified(country) if own else forces
        elif target == "civilian":
            result.actor2 = kb.civilians(country)
        elif target is None and _people_hurt(report, group):
            result.actor2 = kb.civilians(country)
            target = "people-hurt"
        if result.actor2 is not None:
            result.rules.append(f"actor2:default:{target}")


def _weapon_sides(result: Actors, kb: Any, country: str | None) -> None:
    """ACLED codes a weapon found, defused or seized with the group that had it, an Unidentified Armed Group when
    the text names none, and the force that stopped it, the police when the text names none (as for arrests):
    "a bomb was found in a church and defused" has both; "the bomb the suspected bombers were planting went off"
    has only the bombers."""
    sides = [side for side in (result.actor1, result.actor2) if side is not None]
    if not sides:
        result.actor1, result.actor2 = kb.police(country), kb.unidentified(country)
        result.rules += ["actor1:default:weapons-police", "actor2:default:weapons-unidentified"]
    elif not any(side.inter_code not in STATE_CODES and side.inter_code != CIVILIANS for side in sides):
        if result.actor1 is None:
            result.actor1 = kb.unidentified(country)
            result.rules.append("actor1:default:weapons-unidentified")
        elif result.actor2 is None:
            result.actor2 = kb.unidentified(country)
            result.rules.append("actor2:default:weapons-unidentified")


def _rivals_only(report: Report, group: Group, candidates: list[Candidate]) -> bool:
    """Whether a battle with one local side named (an unidentified group, a communal or ethnic militia) is a clash
    among its own kind: its sentences tell a mutual fight ("clashed", "a clash between rival groups") and the
    report names no state force anywhere (a named rebel group that "clashed" fought the army, as ACLED's default
    has it). A force that only told of it ("police said the families fought") is no side."""
    text = report.article.text
    forces = [start for cls in ("state_forces", "police") for start, _, _ in report.search(cls, 0, len(text))]
    forces += [c.start for c in candidates if _force(c.ref)]
    if any(not only_tells(report, start) for start in forces):
        return False
    return any(report.search("mutual", u.sentence.start, u.sentence.end) for u in group.units)


def _crowds_fought(report: Report, group: Group, side: ActorRef | None) -> bool:
    """Whether the event's sentences tell two crowds fighting each other (roles.yaml `reciprocal`: "delegates
    battled each other", "a clash between two groups of villagers") and the text gave the other side no name of its
    own, or only people words the crowd's fight made its victims: ACLED codes rioters on both sides."""
    return (side is None or side.inter_code in (CIVILIANS, RIOTERS)) and any(
        report.search("reciprocal", u.sentence.start, u.sentence.end) for u in group.units)


def crowds_fought_each_other(report: Report, group: Group) -> bool:
    """Whether a sentence of the event tells people fighting each other (roles.yaml `reciprocal`: "supporters threw
    stones at each other", "delegates battled one another") and names no state force, which would be one of the
    sides ("running battles between the two groups" after police fired tear gas at protesters)."""
    return any(
        report.search("reciprocal", u.sentence.start, u.sentence.end)
        and not any(report.search(cls, u.sentence.start, u.sentence.end) for cls in ("state_forces", "police"))
        for u in group.units)


def _mob_victims(report: Report, group: Group) -> bool:
    """Whether the event's sentences tell people a mob hurt (roles.yaml `mob_victims`), not in words that say
    nobody was ("a bus was torched; none was injured")."""
    for unit in group.units:
        denied = report.search("nobody_hurt", unit.sentence.start, unit.sentence.end)
        for start, _, _ in report.search("mob_victims", unit.sentence.start, unit.sentence.end):
            if not any(d_start <= start <= d_end + 30 for d_start, d_end, _ in denied):
                return True
    return False


def _grievance(report: Report, start: int) -> bool:
    """Whether the words at `start` tell what a crowd rose against, not whom it fought: under "over", "against",
    "about" or "in protest of" ("rioted over police harassment", "blocked roads in protest of police harassment",
    "in protest of the killing of a student by police"), or in the object of a verb of protesting ("to protest the
    shooting of a hawker by police"), and hanging off no verb of handling a crowd ("fought against police" is a
    fight; the protest words above it count, not the handling verb they hang from)."""
    token = report.token_at(start)
    if token is None:
        return False
    path = [token, *token.ancestors]
    verb = next((i for i, t in enumerate(path) if t.pos_ in {"VERB", "AUX"}), len(path))
    if any(_protest_prep(t) for t in path[:verb]):
        return True
    protesting = report.pattern("grievance_verbs")
    if 0 < verb < len(path) and _protested(path[verb - 1]) and protesting.fullmatch(path[verb].lemma_.lower()):
        return True
    # "demanding justice for a hawker they said was shot dead by police": the force's act is told of a noun the
    # crowd's demand names
    noun = next((i for i in range(verb + 1, len(path)) if path[i].pos_ in {"NOUN", "PROPN"}), len(path))
    if any(t.pos_ == "VERB" and protesting.fullmatch(t.lemma_.lower()) for t in path[noun + 1 :]):
        return True
    return not _handles(report, start) and any(_protest_prep(t) for t in path[verb:])


def _protested(token: Token) -> bool:
    """The words below a verb of protesting are what is protested: its object ("protest police harassment") or a
    phrase the parse hung from it ("to protest the shooting of a hawker | by police"), not where ("protest at the
    police station") nor who ("police protested")."""
    return token.dep_ in OBJECTS or token.dep_ == "prep" and token.lower_ in GRIEVANCE_OBJECT_PREPS


def _protest_prep(token: Token) -> bool:
    return token.dep_ == "prep" and (token.lower_ in GRIEVANCE_WORDS
                                     or token.lower_ == "of" and token.head.lemma_.lower() == "protest")


def _rose_against(report: Report, ref: ActorRef | None) -> bool:
    """`_grievance` for a side read from the report's text."""
    told = ref.evidence if ref is not None else None
    return told is not None and not told.in_title and _grievance(report, told.start)


def _party_people(report: Report, side: ActorRef) -> bool:
    """Whether a political side is named only for its people or gathering (roles.yaml `party_people`: "attacked
    an ODM caravan", "to protest the Jubilee primaries"), not as an armed militia ("lynched two Mungiki members")."""
    told = side.evidence
    if side.inter_code != POLITICAL or told is None or told.in_title:
        return False
    words = re.match(r"\s+([\w-]+)(?:\s+([\w-]+))?", report.article.text[told.end : told.end + 60])
    return words is not None and any(w and report.pattern("party_people").fullmatch(w) for w in words.groups())


def _suspects(side: ActorRef, candidates: list[Candidate]) -> bool:
    """Whether a mob's target is named only as an armed category ("lynched three suspected robbers", "residents
    killed two cattle rustlers"): people the mob took for criminals, ACLED's civilians."""
    return is_unidentified(side) and side.inter_code != STATE and all(
        c.generic for c in candidates if c.ref.name == side.name)


def _crowd_hurt(report: Report, group: Group, candidates: list[Candidate]) -> bool:
    """Whether the crowd itself hurt people in the event's sentences: the subject ("demonstrators injured a
    journalist", "they beat up the principal") or the agent ("was attacked by rioters") of a verb of `mob_victims`,
    not a harm the crowd protested over ("protested over murders", "riot after an accident injured a student")."""
    crowd = [c for c in candidates if c.ref.inter_code in (PROTESTERS, RIOTERS)]

    def by_crowd(token: Any) -> bool:
        return token.lower_ in {"they", "ils"} or any(start <= token.idx < end for start, end in spans)

    for unit in group.units:
        spans = [(c.start, c.end) for c in crowd] + [
            (start, end) for cls in ("rioters", "protesters") for start, end, _ in
            report.search(cls, unit.sentence.start, unit.sentence.end)
        ]
        for start, end, _ in report.search("mob_victims", unit.sentence.start, unit.sentence.end):
            span = report.doc.char_span(start, end, alignment_mode="expand")
            verb = next((t for t in span or [] if t.pos_ == "VERB"), None)
            while verb is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head  # "destroyed a plant and injured a journalist": the first verb's subject
            if verb is None:
                continue
            doers = [c for c in verb.children if c.dep_ == "nsubj" or c.dep_ in AGENTS]
            doers += [g for c in doers if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if any(by_crowd(d) for d in doers):
                return True
    return False


def _people_hurt(report: Report, group: Group) -> bool:
    """Whether the event's sentences say people were hurt and none says nobody was: an explosion that killed or
    wounded people no side names hit civilians ("a grenade attack at a supermarket wounds one")."""
    spans = [(u.sentence.start, u.sentence.end) for u in group.units]
    return any(report.search("people_hurt", *span) for span in spans) and not any(
        report.search("nobody_hurt", *span) for span in spans
    )
