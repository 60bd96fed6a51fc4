"""Who did what to whom: actor1 (the attacker), actor2 (the attacked), allies, and claims of responsibility.

Candidates come from the actor knowledge base (named groups and forces) and from generic words in
`data/roles.yaml` ("gunmen", "soldiers", "villagers"). The spaCy parse decides each candidate's role: the
subject of an active trigger verb or the agent of a passive one ("killed by X") attacks; the object, the
passive subject or the target of "attack on/contre" is attacked. ACLED defaults fill what the text leaves
open: an unknown attacker is the Unidentified Armed Group of the country, the victims of violence against
civilians are Civilians (country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sitrep.extract.actor_mentions import ActorMention
from sitrep.extract.context import Group, Report, Sentence, role_words
from sitrep.models import ActorRef

STATE, IDENTITY, CIVILIANS, PROTESTERS, RIOTERS = 1, 4, 7, 6, 5
STATE_CODES = {1, 8}  # state forces at home (1) and abroad or international forces (8)
ARMED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
ATTACKED_PREPOSITIONS = {"on", "against", "at", "targeting", "contre", "visant", "sur"}
AGENT_PREPOSITIONS = {"by", "par"}
# A name that only qualifies a noun takes that noun's role: "an al Shabaab recruiter", "UPDF's soldiers".
NOUN_MODIFIERS = {"compound", "amod", "appos", "flat", "flat:name", "poss", "nmod:poss"}
ACCUSE = {"accuse", "suspect", "blame", "accuser", "soupçonner", "incriminer"}
# Generic word classes in data/roles.yaml; each is also the name of the knowledge-base helper for the country.
GENERIC = ("unidentified", "state_forces", "police", "civilians", "protesters", "rioters")
# Word classes in data/roles.yaml that say the violence was between communities -> the KB role naming its sides
# (a livestock raid: ACLED codes the raiders as a communal militia, whatever the report calls them).
IDENTITY_CONFLICT = {"clan_conflict": "clan", "ethnic_conflict": "ethnic", "communal_conflict": "communal",
                     "livestock_raid": "communal"}
BETWEEN = ("between", "between the", "between members of", "between members of the", "entre", "entre les",
           "entre des")
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
AND = {"and", "and the", "et", "et les", "et des"}
# Words that may qualify the second side of "between X and Y": "between herders and former Seleka militiamen".
SIDE_QUALIFIERS = ("former", "ex", "suspected", "alleged", "armed", "rival", "local", "anciens", "ex-", "présumés")
AND |= {f"{conj} {word}" for conj in ("and", "and the", "et", "et les", "et des") for word in SIDE_QUALIFIERS}


@dataclass(slots=True)
class Candidate:
    ref: ActorRef
    start: int
    end: int
    role: str | None  # "actor1" | "actor2" | None (undecided)
    generic: bool
    acts: bool = False  # the subject of the violent verb that holds the trigger ("police raided a hideout")
    between: bool = False  # one of the two sides of "between X and Y"


@dataclass(slots=True)
class Actors:
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    claimed_by: ActorRef | None = None
    rules: list[str] = field(default_factory=list)


def pick_actors(report: Report, group: Group, kb: Any, country: str | None) -> Actors:
    """actor1/actor2 for one event, read from the sentences of its clauses (the deciding clause first).

    `country` is the event's country; without one, the report's home country (which the analyst's
    `Article.country` hint decides when the text names none) names the generic actors.
    """
    country = _actor_country(report, kb, country)
    result = Actors()
    sentences = _group_sentences(group)
    trigger = group.lead.ctype.hit.start
    candidates: list[Candidate] = []
    for sentence in sentences:
        anchor = trigger if sentence.index == group.lead.sentence.index else _first_trigger(group, sentence)
        candidates += _candidates(report, sentence, anchor, kb, country)
        if result.claimed_by is None:
            result.claimed_by = _claimant(report, sentence, kb, country)
    if result.claimed_by is None and group.event_type in ARMED:
        # A claim or a blame anywhere in the report names the group behind its violence.
        result.claimed_by = next(
            (c for s in report.sentences if (c := _claimant(report, s, kb, country, "blame")) is not None), None
        )
    offensive = any(report.search("offensive", s.start, s.end) for s in sentences)
    mutual = bool(report.search("mutual", group.lead.ctype.hit.start, group.lead.ctype.hit.end)) and not any(
        report.search("one_way", s.start, s.end) for s in sentences
    )
    _between(report, candidates)
    if group.event_type == "Battles":
        _armed_sides(report, candidates, kb, country)
    _assign(result, candidates, group, offensive, mutual)
    if group.sub_event_type == "Air/drone strike":
        _air_strike_owner(result, candidates)
    _identity_conflict(result, report, sentences, group, kb, country)
    _party_militias(result, group, kb)
    _defaults(result, group, kb, country)
    claimant = result.claimed_by
    if claimant is not None and result.actor2 is not None and result.actor2.name == claimant.name:
        claimant = None  # the group named near the blame is the side that was hit, not a second attacker
    if claimant is not None and (
        result.actor1 is None
        or _is_unidentified(result.actor1)
        or result.actor1.inter_code in STATE_CODES
        and not offensive
    ):
        if result.actor2 is None and result.actor1 is not None and result.actor1.inter_code in STATE_CODES:
            result.actor2 = result.actor1  # the state side named as subject was the one hit
        result.actor1 = claimant
        result.rules.append("actor1:claim-of-responsibility")
    return result


def _actor_country(report: Report, kb: Any, country: str | None) -> str | None:
    """The country that names generic actors: the event's, unless the analyst said the reports are about
    another country (`Article.country`) and the text never names the event's country ("Protesters" in a Kenyan
    village that shares its name with a Malian one are Kenyan protesters)."""
    hint = (report.article.country or "").upper()
    if not country or not hint:
        return country or report.home_country or report.article.country
    info = kb.country(country)
    if info is None or info.iso2 == hint:
        return country
    named = any(
        t.place is not None and t.place.country_code == info.iso2 and (t.place.feature_code or "").startswith("PCL")
        for t in report.toponyms
    )
    return country if named else hint


def _group_sentences(group: Group) -> list[Sentence]:
    seen: dict[int, Sentence] = {group.lead.sentence.index: group.lead.sentence}
    for unit in group.units:
        seen.setdefault(unit.sentence.index, unit.sentence)
    return list(seen.values())


def _first_trigger(group: Group, sentence: Sentence) -> int:
    return min(u.ctype.hit.start for u in group.units if u.sentence.index == sentence.index)


@dataclass(slots=True)
class _MentionCache:
    """The mentions of the last report read: one `find_mentions` over the whole text serves all its events, and
    report-level rules ("the only jihadist group named in the report") see every sentence."""

    key: tuple[int, int, str | None] | None = None
    report: Report | None = None
    mentions: list[ActorMention] = field(default_factory=list)

    def get(self, report: Report, kb: Any, country: str | None) -> list[ActorMention]:
        key = (id(report), id(kb), country)
        if key != self.key or report is not self.report:
            self.key, self.report = key, report
            self.mentions = kb.find_mentions(report.article.text, report.language, country=country)
        return self.mentions


_MENTIONS = _MentionCache()


def _sentence_mentions(report: Report, sentence: Sentence, kb: Any, country: str | None) -> list[ActorMention]:
    return [m for m in _MENTIONS.get(report, kb, country) if sentence.start <= m.start < sentence.end]


def _candidates(report: Report, sentence: Sentence, trigger: int, kb: Any, country: str | None) -> list[Candidate]:
    found: list[Candidate] = []
    for mention in _sentence_mentions(report, sentence, kb, country):
        start, end = mention.start, mention.end
        ref = _with_evidence(report, mention.ref, start, end, mention.rule)
        role = _role(report, start, end, trigger)
        found.append(Candidate(ref, start, end, role, mention.generic, _acts(report, start, end, trigger)))
    for cls in GENERIC:
        for start, end, words in report.search(cls, sentence.start, sentence.end):
            if any(c.start <= start < c.end or start <= c.start < end for c in found):
                continue
            ref = getattr(kb, cls)(country)
            if ref is None:
                continue
            ref = _with_evidence(report, ref, start, end, f"actor:generic:{cls}", words)
            role = "actor2" if cls == "civilians" else _role(report, start, end, trigger)
            found.append(Candidate(ref, start, end, role, generic=True))
    return [c for c in found if c.role is not None]


def _between(report: Report, candidates: list[Candidate]) -> None:
    """ "clashes between X and Y", "affrontements entre X et Y": X is actor1 and Y actor2, whatever the parse."""
    text = report.article.text
    ordered = sorted(candidates, key=lambda c: c.start)  # generic words are found after the KB's mentions
    for first, second in zip(ordered, ordered[1:], strict=False):
        before = " ".join(text[max(0, first.start - 30) : first.start].lower().split())
        gap = " ".join(text[first.end : second.start].lower().split())
        if before.endswith(BETWEEN) and gap in AND:
            first.role, second.role = "actor1", "actor2"
            first.between = second.between = True


def _air_strike_owner(result: Actors, candidates: list[Candidate]) -> None:
    """Aircraft are a state's: in an air strike with no named attacker (or only words like "extremists", often
    the targets), the state force the event's sentences name struck ("a strike by Barkhane", "les armées
    française et malienne"), even when the parse put it on the other side; `_defaults` falls back to the
    country's forces."""
    if result.actor1 is not None and not (_is_unidentified(result.actor1) and result.actor1.inter_code != IDENTITY):
        return
    state = next((c.ref for c in sorted(candidates, key=lambda c: c.start) if c.ref.inter_code in STATE_CODES), None)
    if state is None and result.actor1 is not None and any(
        c.ref.name == result.actor1.name and not c.generic for c in candidates
    ):
        return  # a named group of unknown members ("Unidentified Armed Group" said in so many words) stays
    result.actor1 = state
    result.rules.append("actor1:air-strike-state-forces" if state else "actor1:air-strike-owner-unknown")
    if state is not None and result.actor2 is not None and result.actor2.name == state.name:
        result.actor2 = None


def _armed_sides(report: Report, candidates: list[Candidate], kb: Any, country: str | None) -> None:
    """Civilians are never a side of a battle (ACLED: both sides of a battle can use violence), so people the
    text sets against another side ("a clash between Fulani herdsmen and farmers") fight as their people's
    militia when it names one, else as the country's communal militia."""
    for cand in candidates:
        if cand.ref.inter_code != CIVILIANS or not cand.between:
            continue
        words = (cand.ref.mention or "").split()
        militia = next((m for w in words if (m := kb.people_militia(w, country)) is not None), None)
        rule = "actor:battle-side:people" if militia else "actor:battle-side:communal"
        militia = militia or kb.role("communal", country)
        cand.ref = _with_evidence(report, militia, cand.start, cand.end, rule, cand.ref.mention)


def _with_evidence(
    report: Report, ref: ActorRef, start: int, end: int, rule: str, words: str | None = None
) -> ActorRef:
    return ref.model_copy(
        update={"mention": words or report.article.text[start:end], "evidence": report.evidence(start, end, rule)}
    )


def _role(report: Report, start: int, end: int, trigger: int) -> str | None:
    """actor1 or actor2 from the parse; None when the words only report ("the army said")."""
    span = report.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "actor1" if start < trigger else "actor2"
    root = span.root
    while root.dep_ in NOUN_MODIFIERS and root.head is not root:
        root = root.head
    head = root.head
    dep = root.dep_
    if head.lemma_.lower() in ACCUSE:
        # "UPDF accused of bombing", "the family accused the police of killing him": the accused attacked
        return "actor1" if dep in {"nsubjpass", "nsubj:pass", "dobj", "obj"} else None
    if dep in {"nsubjpass", "nsubj:pass"}:
        return "actor2"
    if dep == "obl:agent" or (dep == "pobj" and head.lower_ in AGENT_PREPOSITIONS):
        return "actor1"
    if any(c.dep_ == "case" and c.lower_ in AGENT_PREPOSITIONS for c in root.children):
        return "actor1"
    if dep == "nsubj":
        verb = report.governing_verb(root.idx)
        if verb is not None and verb.lemma_.lower() in _reporting(report):
            return None
        if verb is not None and verb.lemma_.lower() in role_words().victim_verbs[report.language]:
            return "actor2"
        return "actor1"
    if dep in {"dobj", "obj", "poss"}:
        return "actor2"
    if dep == "pobj" and head.lower_ in ATTACKED_PREPOSITIONS:
        return "actor2"
    if any(c.dep_ == "case" and c.lower_ in ATTACKED_PREPOSITIONS for c in root.children):
        return "actor2"
    return "actor1" if start < trigger else "actor2"


def _acts(report: Report, start: int, end: int, trigger: int) -> bool:
    """Whether the words are the subject of the verb that does the violence: the trigger's own verb or a verb
    above it ("Police kill a recruiter during a shootout"), but not a reporting or a repelling one ("the army
    repelled an attack")."""
    span = report.doc.char_span(start, end, alignment_mode="expand")
    token = report.token_at(trigger)
    if span is None or token is None:
        return False
    root = span.root
    while root.dep_ in NOUN_MODIFIERS and root.head is not root:
        root = root.head
    verb = root.head
    if root.dep_ == "pobj" and root.head.lower_ in AGENT_PREPOSITIONS:  # "killed by the police"
        verb = root.head.head
    elif root.dep_ == "obl:agent" or any(c.dep_ == "case" and c.lower_ in AGENT_PREPOSITIONS for c in root.children):
        pass
    elif root.dep_ != "nsubj":
        return False
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _reporting(report) or report.pattern("repel").fullmatch(lemma):
        return False
    return verb == token or token in verb.subtree


def _reporting(report: Report) -> frozenset[str]:
    return role_words().reporting[report.language]


def _claimant(
    report: Report, sentence: Sentence, kb: Any, country: str | None, words: str = "claim"
) -> ActorRef | None:
    """The named group a claim of responsibility in this sentence names ("IS claimed", "revendiqué par X");
    with words="blame", also a group the attack is attributed to ("blamed on X", "imputé à X")."""
    claims = report.search("claim", sentence.start, sentence.end)
    if words == "blame":
        claims += report.search("blame", sentence.start, sentence.end)
    if not claims:
        return None
    claim_start = claims[0][0]
    named = []
    for mention in _sentence_mentions(report, sentence, kb, country):
        ref = mention.ref
        if mention.generic or ref.inter_code in STATE_CODES | {CIVILIANS}:
            continue
        named.append((abs(mention.start - claim_start), mention.start, mention.end, ref))
    if not named:
        return None
    _, start, end, ref = min(named, key=lambda n: n[0])
    return _with_evidence(report, ref, start, end, "actor:claim-of-responsibility")


def _is_unidentified(ref: ActorRef) -> bool:
    return ref.name.lower().startswith("unidentified")


def _battle_sides(
    candidates: list[Candidate], attackers: list[Candidate], attacked: list[Candidate], offensive: bool, mutual: bool
) -> tuple[list[Candidate], list[Candidate]]:
    """The state side first in a battle the text tells as mutual ("clashes", "a shootout", "fighting between",
    "affrontements") or as a state offensive ("an operation against insurgent groups"), as ACLED lists it; in
    an attack told one way ("jihadists attacked the camp"; the army "repelled" it) the attacker first, unless
    the state side is the subject of the violence and no armed group is ("police raided a hideout, killing two")."""
    armed = [c for c in candidates if c.ref.inter_code not in STATE_CODES | {CIVILIANS}]
    state = [c for c in candidates if c.ref.inter_code in STATE_CODES]
    if not state:
        return attackers, attacked
    if not armed:
        # Only the state side is named: in an attack told one way, someone the text does not name attacked it.
        return (state, []) if offensive or mutual or any(c.acts for c in state) else ([], state)
    mutual = mutual and not any(c.ref.inter_code in (PROTESTERS, RIOTERS) for c in armed)  # a mob stays actor1
    if offensive or mutual or (any(c.acts for c in state) and not any(c.acts or c.role == "actor1" for c in armed)):
        return state, armed
    return armed, state


def _assign(result: Actors, candidates: list[Candidate], group: Group, offensive: bool, mutual: bool) -> None:
    """First named attacker/attacked wins over generic words; later different actors on a side are allies."""
    attackers = [c for c in candidates if c.role == "actor1" and c.ref.inter_code != CIVILIANS]
    attacked = [c for c in candidates if c.role == "actor2"]
    if group.event_type == "Battles":
        attackers, attacked = _battle_sides(candidates, attackers, attacked, offensive, mutual)
    result.actor1 = _best(attackers)
    if result.actor1 is not None:
        result.rules.append(
            "actor1:" + ("kb" if not _generic(attackers, result.actor1) else "generic") + ":attacker-role"
        )
    others = [c for c in attacked if result.actor1 is None or c.ref.name != result.actor1.name]
    if group.event_type == "Battles" and not others and result.actor1 is not None:
        # "X and Y clashed": both sides are subjects; the second one named is actor2
        others = [c for c in attackers if c.ref.name != result.actor1.name and c.ref.inter_code != CIVILIANS]
    if group.event_type == "Battles" and any(c.between for c in others):
        # "people killed in a clash between X and Y": the people hurt are no side of it
        others = [c for c in others if c.ref.inter_code != CIVILIANS] or others
    result.actor2 = _best(others)
    if result.actor2 is not None:
        result.rules.append("actor2:attacked-role")
    result.assoc_actor_1 = _allies(attackers, result.actor1)
    result.assoc_actor_2 = _allies(others, result.actor2)


def _generic(candidates: list[Candidate], ref: ActorRef) -> bool:
    return all(c.generic for c in candidates if c.ref.name == ref.name)


def _best(candidates: list[Candidate]) -> ActorRef | None:
    named = [c for c in candidates if not c.generic]
    pick = (named or candidates)[:1]
    return pick[0].ref if pick else None


def _allies(candidates: list[Candidate], main: ActorRef | None) -> list[ActorRef]:
    if main is None:
        return []
    allies: dict[str, ActorRef] = {}
    for c in candidates:
        if not c.generic and c.ref.name != main.name and c.ref.inter_code == main.inter_code:
            allies.setdefault(c.ref.name, c.ref)
    return list(allies.values())


def _party_militias(result: Actors, group: Group, kb: Any) -> None:
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

    result.actor1 = militia(result.actor1) if result.actor1 else None
    result.actor2 = militia(result.actor2) if result.actor2 else None
    result.assoc_actor_1 = [militia(r) for r in result.assoc_actor_1]
    result.assoc_actor_2 = [militia(r) for r in result.assoc_actor_2]


def _identity_conflict(
    result: Actors, report: Report, sentences: list[Sentence], group: Group, kb: Any, country: str | None
) -> None:
    """Violence the text calls ethnic, communal or clan ("ethnic clashes", "two communities clashed") with no
    attacker named: ACLED's Unidentified Ethnic/Communal/Clan Militia of the country, on both sides of a battle.
    Communal militias go by the communities when the text names them: "between Koussouma and Mougna" (one side
    each), "between Pokot and Turkana communities" (their ethnic militias), "a land dispute at Kandi village"
    (both sides: Kandi Communal Militia)."""
    if group.event_type not in ARMED:
        return
    cls, kind = next(
        ((cls, role) for cls, role in IDENTITY_CONFLICT.items()
         for s in sentences if report.search(cls, s.start, s.end)),
        (None, None),
    )
    if kind is None or (result.actor1 is not None and not _is_unidentified(result.actor1)):
        return
    if cls == "livestock_raid" and result.actor1 is not None and result.actor1.inter_code == IDENTITY:
        return  # raiders the text already gives a people: "Ethiopian raiders" are Ethiopia's ethnic militia
    sides = _community_sides(report, sentences, kb, country, group.event_type) if cls == "communal_conflict" else []
    first, second = (sides[0], sides[-1]) if sides else (kb.role(kind, country), kb.role(kind, country))
    result.actor1 = first
    result.rules.append(f"actor1:{kind}-conflict" + (":named" if sides else ""))
    if group.event_type == "Battles" and (
        result.actor2 is None or _is_unidentified(result.actor2) or result.actor2.inter_code == CIVILIANS
    ):
        result.actor2 = second  # the people hurt in a clash between communities are not its other side
        result.rules.append(f"actor2:{kind}-conflict" + (":named" if sides else ""))


def _community_sides(
    report: Report, sentences: list[Sentence], kb: Any, country: str | None, event_type: str | None
) -> list[ActorRef]:
    """The communities' militias when the text names them: in a clash, two peoples or places joined in "between
    X and Y (communities)" (one side each; an attack "in a dispute between X and Y" names neither attacker),
    else the village or the first town of the event's sentences ("at Kandi village": both sides)."""
    text = report.article.text
    for sentence in sentences if event_type == "Battles" else []:
        for match in COMMUNITY_PAIR.finditer(text, sentence.start, sentence.end):
            pair = [match["first"], match["second"]]
            peoples = [kb.people_militia(name, country) for name in pair]
            if all(peoples):
                return peoples
            if not any(peoples) and not any(kb.lookup(name) or kb.country(name) for name in pair):
                return [kb.communal(name, country) for name in pair]
    for sentence in sentences:
        match = VILLAGE.search(text, sentence.start, sentence.end)
        if match:
            return [kb.communal(match["before"] or match["after"], country)]
    for sentence in sentences:
        for toponym in report.toponyms:
            if (
                sentence.start <= toponym.start < sentence.end
                and (toponym.place is None or (toponym.place.feature_code or "").startswith("PPL"))
                and not AREA_AFTER.match(text, toponym.end)
            ):
                return [kb.communal(toponym.text, country)]
    return []


def _defaults(result: Actors, group: Group, kb: Any, country: str | None) -> None:
    """ACLED's conventions for what the text leaves unsaid."""
    event_type, sub = group.event_type, group.sub_event_type
    if event_type == "Protests":
        if result.actor1 is None or result.actor1.inter_code != PROTESTERS:
            result.actor1 = kb.protesters(country)
            result.rules.append("actor1:default:protesters")
        if result.actor2 is not None and result.actor2.inter_code in (PROTESTERS, RIOTERS, CIVILIANS):
            result.actor2 = None  # the crowd itself, or people the protest is about: not the other side
            result.rules.append("actor2:protest-crowd-is-not-a-side")
        if sub != "Peaceful protest" and result.actor2 is None:
            result.actor2 = kb.police(country)
            result.rules.append("actor2:default:police")
        return
    if event_type == "Riots":
        if result.actor1 is None or result.actor1.inter_code != RIOTERS:
            result.actor1 = kb.rioters(country)
            result.rules.append("actor1:default:rioters")
        return
    if event_type == "Violence against civilians" and (result.actor2 is None or result.actor2.inter_code != CIVILIANS):
        if result.actor2 is not None and result.actor1 is None and result.actor2.inter_code != CIVILIANS:
            result.actor1 = result.actor2
        result.actor2 = kb.civilians(country)
        result.rules.append("actor2:default:civilians")
    if event_type == "Strategic developments":
        return
    if result.actor1 is None and sub == "Air/drone strike":
        result.actor1 = kb.state_forces(country)  # aircraft are the state's when the text names no other owner
        result.rules.append("actor1:default:air-strike-state-forces")
    if result.actor1 is None:
        result.actor1 = kb.unidentified(country)
        result.rules.append("actor1:default:unidentified-armed-group")
    if result.actor2 is None and event_type == "Battles":
        state = result.actor1 is not None and result.actor1.inter_code in STATE_CODES
        result.actor2 = kb.unidentified(country) if state else kb.state_forces(country)
        result.rules.append("actor2:default:" + ("unidentified" if state else "state-forces"))
    if result.actor2 is None and event_type == "Explosions/Remote violence":
        target = group.lead.ctype.target
        if target == "military":
            result.actor2 = kb.state_forces(country)
        elif target == "civilian":
            result.actor2 = kb.civilians(country)
        if result.actor2 is not None:
            result.rules.append(f"actor2:default:{target}")
