"""Who did what to whom: actor1 (the attacker), actor2 (the attacked), allies, and claims of responsibility.

Candidates come from the actor knowledge base (named groups and forces) and from generic words in
`data/roles.yaml` ("gunmen", "soldiers", "villagers"). The spaCy parse decides each candidate's role
(`role_parse`); the rules here turn those roles into the event's two sides. ACLED defaults fill what the text leaves
open: an unknown attacker is the Unidentified Armed Group of the country, the victims of violence against
civilians are Civilians (country).
"""

from __future__ import annotations

import re
from typing import Any

from sitrep.extract.context import VIOLENT, Group, Report, Sentence, role_words
from sitrep.extract.dep_labels import OBJECTS, PASSIVE_MARKS, RELATIVE_CLAUSES
from sitrep.extract.role_candidates import sentence_candidates, sentence_mentions, the_doers_told_before, with_evidence
from sitrep.extract.role_conventions import (
    ARMED,
    CIVILIANS,
    IDENTITY,
    POLITICAL,
    PROTESTERS,
    RIOTERS,
    STATE_CODES,
    Actors,
    Candidate,
    defaults,
    evidenced,
    identity_conflict,
    is_unidentified,
    mission_sectors,
    names_of_the_time,
    party_militias,
)
from sitrep.extract.role_parse import (
    ACCUSE,
    AGENT_PREPOSITIONS,
    ATTRIBUTE,
    answers_an_attack,
    partner,
    phrase_head,
    put_down_to,
)
from sitrep.extract.triggers import normalise
from sitrep.extract.vocabulary import lang, vocabulary
from sitrep.models import ActorRef, PartialDate

BETWEEN = ("between", "between the", "between members of", "between members of the", "entre", "entre les",
           "entre des", "entre le", "entre la", "entre l'")
AND = {"and", "and the", "et", "et les", "et des", "et le", "et la", "et l'"}
# A verb that sets two sides against each other, with up to three words (a day, an article) before the first side:
# "des combats ont opposé dimanche les rebelles du M23 aux combattants Wazalendo", "clashes pitting the army against".
_PITTED = re.compile(r"\b(?:oppos(?:é|ée|és|ées|ant|ait|aient|ent|èrent)|pitt(?:ed|ing)|pits)(?: [\w'’]+){0,3} ?$")
AGAINST = {"à", "aux", "au", "à l'", "à la", "à des", "against", "against the"}
# Words between a state force and a group that fights on its side: "troops, backed by the CJTF", "in conjunction
# with members of the Civilian JTF", "appuyés par des miliciens".
ALLY_GAP = re.compile(
    r",? ?(?:(?:backed|supported|assisted|aided|accompanied) by|in conjunction with|together with|alongside|along with"
    r"|with the (?:help|support) of|appuy[ée]s? par|soutenus? par|aux côtés d[eu']s?|avec l'appui d[eu']s?)"
    r"(?: (?:the|members of(?: the)?|les|des|la|le))?",
    re.IGNORECASE,
)
# Words that may qualify the second side of "between X and Y": "between herders and former Seleka militiamen".
SIDE_QUALIFIERS = ("former", "ex", "suspected", "alleged", "armed", "rival", "local", "anciens", "ex-", "présumés")
AND |= {f"{conj} {word}" for conj in ("and", "and the", "et", "et les", "et des") for word in SIDE_QUALIFIERS}
# Militias that may fight beside a state force (political and identity militias; rebels fight it).
MILITIAS = {POLITICAL, IDENTITY}
# What may stand between the attackers' name and the words tying them to a group ("were believed to be", ", qui
# seraient"): nothing that names anyone else.
ATTACKERS_TIED = re.compile(
    r"(?:\s|,|who|which|that|qui|were|was|are|is|be|been|being|believed|thought|said|reportedly|allegedly|to|all|"
    r"sont|étaient|seraient|serait|présumés?|supposés?|tous)*",
    re.IGNORECASE,
)
CLAIM_OBJECT_REACH = 40  # characters from a claim's words to the attack it names ("claimed responsibility for ...")
IDENTITY_REACH = 6  # words from "described as", "présentés comme" to the group they name ("des éléments de l'UPC")
# A party's fighters, not its civilian members: "a PMF commander", "un combattant du MNLA".
COMBATANTS = {"commander", "fighter", "militant", "militiaman", "gunman", "combatant", "commandant", "combattant",
              "milicien", "chef"}


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
        candidates += sentence_candidates(report, sentence, anchor, kb, country, group.event_type in ARMED,
                                  crowd=group.event_type in ("Protests", "Riots"))
        if result.claimed_by is None:
            result.claimed_by = _claimant(report, sentence, kb, country)
    if result.claimed_by is None and group.event_type in ARMED:
        # A claim anywhere in the telling of the event's incident names the group behind its violence; so does a
        # blame ("suspected X", "blamed on X"), which decides actor1 the same way but is no claim of responsibility.
        told = _incident_sentences(report, group, kb)
        for words in ("claim", "blame"):
            found = next((c for s in told if (c := _claimant(report, s, kb, country, words, s in sentences))
                          is not None), None)
            if found is not None:
                if words == "claim":
                    result.claimed_by = found
                else:
                    result.blamed = found
                break
    _attributed_sides(report, group, sentences, candidates)
    if group.event_type == "Battles":
        _peacemakers(report, candidates)
    candidates = [c for c in candidates if c.role is not None]
    if group.event_type in ARMED:
        the_doers_told_before(report, candidates, kb, country)
    offensive = _offensive(report, sentences)
    mutual = bool(report.search("mutual", group.lead.ctype.hit.start, group.lead.ctype.hit.end)) and not any(
        report.search("one_way", s.start, s.end) for s in sentences
    )
    _between(report, candidates)
    _state_allies(report, candidates, mutual)
    affiliations = _party_affiliations(report, candidates) if group.event_type == "Violence against civilians" else []
    # peoples named anywhere in the event's sentences side an ethnic clash even where the parse gave them no role
    peoples = [c.ref for c in candidates
               if c.ref.inter_code == IDENTITY and not c.generic and not is_unidentified(c.ref)]
    if group.event_type in ARMED:
        _claimed_targets(report, candidates)
    candidates = [c for c in candidates if c.role is not None]
    if group.event_type == "Battles":
        _armed_sides(report, candidates, kb, country)
    _assign(report, result, candidates, group, offensive, mutual)
    if group.sub_event_type == "Air/drone strike":
        _air_strike_owner(result, candidates)
    identity_conflict(result, report, sentences, group, kb, country, peoples)
    party_militias(result, group, kb)
    result.assoc_actor_2 += [a for a in affiliations if all(a.name != r.name for r in result.assoc_actor_2)]
    if group.event_type in ("Protests", "Riots"):
        # a force that handled the crowd may be told in a sentence of its own ("Police later dispersed them"), not
        # in one that tells another demonstration or act of violence: told before the crowd's (the riot elsewhere
        # whose crowd the police dispersed, the soldier's killing the crowd then rioted over) or dated apart from
        # it (last year's protests, on which police fired)
        first = min(s.index for s in sentences)
        day = next((d.value for d in group.dates()), None)
        told = {s.index for s in sentences} | {
            i for g in report.groups if g.event_type in VIOLENT
            and (max(g.sentence_indexes) < first or _dated_apart(g, day)) for i in g.sentence_indexes}
        for other in (s for s in report.sentences if s.index not in told):
            candidates += sentence_candidates(report, other, other.end, kb, country)
    if result.actor1 is None and group.event_type in ARMED and result.claimed_by is None and result.blamed is None:
        result.actor1 = _attacker_before(report, group, kb, country)
        if result.actor1 is not None:
            result.rules.append("actor1:attacker-of-the-sentence-before")
    defaults(result, report, group, kb, country, candidates)
    _unknown_attacker(result, report, sentences, group, kb, country, candidates)
    mission_sectors(result, report, group, kb, country)
    names_of_the_time(result, report, group, kb)
    claimant = result.claimed_by or result.blamed
    if claimant is not None and (result.actor2 is not None and result.actor2.name == claimant.name
                                 or any(a.name == claimant.name for a in affiliations)):
        claimant = None  # the group named near the blame is the side that was hit, not a second attacker
    if claimant is result.blamed and claimant is not None and _state_did_it(result, candidates):
        claimant = None  # "an army warplane bombed the market": a blame told elsewhere does not undo the parse
    if claimant is not None and claimant.evidence is not None:
        # the claimant's own operations ("says they were responsible ... and have begun operations") are no
        # state offensive
        claimed_in = report.sentence_of(claimant.evidence.start)
        offensive = _offensive(report, [s for s in sentences if s is not claimed_in])
    if claimant is not None and (
        result.actor1 is None
        or is_unidentified(result.actor1)
        or result.actor1.inter_code in STATE_CODES
        and not offensive
    ):
        if result.actor1 is not None and result.actor1.inter_code in STATE_CODES and (
            result.actor2 is None or is_unidentified(result.actor2)
        ):
            result.actor2 = result.actor1  # the state side named as subject was the one hit
        result.actor1 = claimant
        result.rules.append("actor1:claim-of-responsibility" if claimant is result.claimed_by else "actor1:blamed")
    _territory_sides(result, group)
    # an associated actor stands beside its actor: with no actor on a side, none of its associates is one either
    # (the target of a protest is no participant: "rallied to denounce sanctions on Mali's military government")
    result.assoc_actor_1 = result.assoc_actor_1 if result.actor1 is not None else []
    result.assoc_actor_2 = result.assoc_actor_2 if result.actor2 is not None else []
    evidenced(result, report, group)
    return result


def _dated_apart(group: Group, day: PartialDate | None) -> bool:
    """Whether the group's first date is another day than `day` (both known)."""
    other = next((d.value for d in group.dates()), None)
    return day is not None and other is not None and other != day


def _state_did_it(result: Actors, candidates: list[Candidate]) -> bool:
    """Whether actor1 is a state force that the event's own sentences make the subject of its violence."""
    return result.actor1 is not None and result.actor1.inter_code in STATE_CODES and any(
        c.acts and c.role == "actor1" and c.ref.name == result.actor1.name for c in candidates
    )


def _offensive(report: Report, sentences: list[Sentence]) -> bool:
    """Whether the sentences tell a state offensive: words of one that are not the name of a force ("troops of
    Operation Hadin Kai", "l'opération Barkhane", "the Internal Security Operations Command")."""
    return any(not _names_a_force(report, start)
               for s in sentences for start, _, _ in report.search("offensive", s.start, s.end))


def _names_a_force(report: Report, start: int) -> bool:
    """The word at `start` and the proper noun the parse ties to it right after it make one name (not a day:
    "launched an operation Tuesday")."""
    word = report.token_at(start)
    if word is None or word.i + 1 >= len(report.doc):
        return False
    name = report.doc[word.i + 1]
    return (name.pos_ == "PROPN" and name.text[:1].isupper() and name.ent_type_ not in ("DATE", "TIME")
            and (name.head == word or word.head == name or name.head == word.head))


def _attributed_sides(report: Report, group: Group, sentences: list[Sentence], candidates: list[Candidate]) -> None:
    """Who puts the attack down to someone in a sentence of its own ("Les autorités attribuent l'attentat à Boko
    Haram", "Authorities blamed the attacks on insurgents") is no side of it, and whom it is put down to is its
    attacker, not a side hit."""
    for sentence in sentences:
        if sentence.index == group.lead.sentence.index:
            continue
        said = report.search("attributed_by", sentence.start, sentence.end)
        for cand in (c for c in candidates if said and sentence.start <= c.start < sentence.end):
            cand.role = "actor1" if cand.start >= said[0][1] else None


def _peacemakers(report: Report, candidates: list[Candidate]) -> None:
    """A force told only as the one that ended a fight between others ("police officers separated them", "les
    gendarmes se sont interposés", "troops restored calm") is no side of that battle (roles.yaml `separate`)."""
    for cand in candidates:
        if cand.ref.inter_code not in STATE_CODES or cand.acts:
            continue
        verb = report.governing_verb(cand.start)
        if verb is not None and report.pattern("separate").fullmatch(verb.lemma_.lower()):
            cand.role = None


def _territory_sides(result: Actors, group: Group) -> None:
    """ACLED's territory sub-types say who actor1 is: the state side that regains ground ("troops recaptured the
    town from al Shabaab"), the armed group that takes it ("militants overran the town")."""
    state = group.sub_event_type == "Government regains territory"
    taker = group.sub_event_type == "Non-state actor overtakes territory"
    first, second = result.actor1, result.actor2
    if first is None or second is None or not (state or taker):
        return
    if (state and second.inter_code in STATE_CODES and first.inter_code not in STATE_CODES) or (
        taker and first.inter_code in STATE_CODES and second.inter_code not in STATE_CODES
    ):
        result.actor1, result.actor2 = second, first
        result.assoc_actor_1, result.assoc_actor_2 = result.assoc_actor_2, result.assoc_actor_1
        result.rules.append("actor1:territory-convention")


def _attacker_before(report: Report, group: Group, kb: Any, country: str | None) -> ActorRef | None:
    """An armed event whose sentences name no attacker, told right after a sentence whose subject did violence,
    is that subject's: "Police set fire to a village. An infant died in the raid." A sentence that tells a standing
    state names no doer: "Both JNIM and IS Sahel operate in the area. On Tuesday, a roadside bomb struck ..."."""
    index = group.lead.sentence.index
    if index == 0 or min(s.index for s in _group_sentences(group)) != index:
        return None
    before = report.sentences[index - 1]
    span = report.doc.char_span(before.start, before.end, alignment_mode="expand")
    if span is None:
        return None
    if report.pattern("discover").fullmatch(span.root.lemma_.lower()):
        return None  # "Police found the bodies of four men."
    if _standing_state(report, span.root):
        return None
    found = sentence_candidates(report, before, span.root.idx, kb, country, armed=True)
    return next((c.ref for c in found if c.role == "actor1" and c.acts and c.ref.inter_code != CIVILIANS), None)


def _standing_state(report: Report, root: Any) -> bool:
    """Whether a sentence's main verb is told in the present of what lasts, not of a deed: "JNIM and IS Sahel
    operate in the area", "jihadists are active there", "des groupes armés sont actifs dans la zone" (not a
    headline's present of the news, "Al Shabaab kill five", whose verb is a trigger)."""
    verb = next((c for c in root.children if c.dep_ == "cop"), root)
    present = verb.morph.get("VerbForm") == ["Fin"] and verb.morph.get("Tense") == ["Pres"]
    return present and not any(start <= root.idx < end for start, end in report.trigger_spans)


def _unknown_attacker(
    result: Actors,
    report: Report,
    sentences: list[Sentence],
    group: Group,
    kb: Any,
    country: str | None,
    candidates: list[Candidate],
) -> None:
    """An attack the report says nobody is tied to ("a government statement did not say who carried out the
    attack") whose attackers the text names only by a category ("militiamen", "raiders") is the Unidentified
    Armed Group's; a named group, a state force, or a claim (applied after this) still decides."""
    actor1 = result.actor1
    if group.event_type not in ARMED or actor1 is None or actor1.inter_code in STATE_CODES | {CIVILIANS}:
        return
    read = [c for c in candidates if c.ref.name == actor1.name]
    # already unidentified, of this country or the one the text says the attackers came from ("from Ethiopia")
    unidentified = actor1.name.startswith(kb.unidentified(None).name)
    if not read or not all(c.generic or _guessed_from_the_text(c) for c in read) or unidentified:
        return  # a side a convention named ("ethnic clashes"), a named group, or already unidentified
    # "... killing 12 people. No group immediately claimed responsibility": said right after the event's sentences
    last = max(s.index for s in sentences)
    after = report.sentences[last + 1 : last + 2]
    said = next((hit for s in sentences + after for hit in report.search("unknown_attacker", s.start, s.end)), None)
    if said is None:
        return
    start, end, words = said
    result.actor1 = with_evidence(report, kb.unidentified(country), start, end, "actor:unknown-attacker", words)
    result.rules.append("actor1:unknown-attacker")


def _guessed_from_the_text(candidate: Candidate) -> bool:
    """A "suicide bomber" or "jihadists" taken for the one jihadist group the report names elsewhere, "rebels" for
    its one rebel group ("the ADF operates in the area"): a category word, which a report saying nobody is tied to
    the attack leaves unidentified."""
    evidence = candidate.ref.evidence
    return evidence is not None and evidence.rule.endswith("-word:only-group-in-text")


def _incident_sentences(report: Report, group: Group, kb: Any) -> list[Sentence]:
    """The report's sentences that tell the incident the event is told in: a sentence that opens another incident
    ("In a separate incident, gunmen ...") starts the next one, so a claim or blame made there is not of the events
    told before it, nor one made before it of the event it tells."""
    numbers = kb.incident_numbers((s.text for s in report.sentences), report.language)
    lead = numbers[group.lead.sentence.index]
    return [s for s, n in zip(report.sentences, numbers, strict=True) if n == lead]


def _claimed_targets(report: Report, candidates: list[Candidate]) -> None:
    """A side named only in what someone says the attack aimed at ("a coalition spokesman said the raids targeted
    Houthi weapons depots") is a claim about the site, no side hit, when another of the event's sentences tells
    civilians hit ("air strikes hit a market, killing eight civilians"): ACLED codes the civilians. Such candidates
    lose their role."""
    def sentence(cand: Candidate) -> int | None:
        told = report.sentence_of(cand.start)
        return told.index if told is not None else None

    hit = {sentence(c) for c in candidates if c.role == "actor2" and c.ref.inter_code == CIVILIANS}
    for cand in candidates:
        if cand.role != "actor2" or cand.ref.inter_code == CIVILIANS or not hit - {sentence(cand)}:
            continue
        verb = report.governing_verb(cand.start)
        if verb is not None and report.pattern("aimed_at").fullmatch(verb.lemma_.lower()) and (
                verb.head.lemma_.lower() in role_words().reporting[report.language]):
            cand.role = None


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


def _party_affiliations(report: Report, candidates: list[Candidate]) -> list[ActorRef]:
    """Parties named only as what a person belongs to ("a Jubilee aspirant was shot", "an activist of the BNP was
    hacked to death", "a man who vied for the ODM nomination was killed by gunmen") are no side of violence against
    civilians: the person is a civilian, the party (ACLED's associate of actor2) did nothing. Its members who act
    ("ODM supporters attacked", "stoned by BNP activists") stay its side. Such candidates lose their role. (Armed
    groups are left alone: "militants believed to be members of Sinai Province" are its fighters.)"""
    found: list[ActorRef] = []
    identified = {c.ref.name for c in candidates if _identified_as(report, c)}  # its acronym after it too
    for cand in candidates:
        if cand.generic or cand.ref.inter_code != POLITICAL or cand.role is None:
            continue
        root = phrase_head(report, cand.start, cand.end)
        if root is None:
            continue
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
            root = root.head.head  # "an activist of the BNP"
        inside = root.idx < cand.end and root.idx + len(root) > cand.start  # the noun is the mention's own word
        if (inside or root.lemma_.lower() in COMBATANTS or _acts(report, root)
                or any(start <= root.idx < end for start, end in report.trigger_spans) or _told_as_identity(root)
                or cand.ref.name in identified):
            continue  # "a PMF commander" was one of its fighters; "Jubilee youths attack ..." read as one noun
        cand.role = None
        found.append(cand.ref)
    return found


def _told_as_identity(noun: Any) -> bool:
    """Whether the noun says who someone is ("youths suspected to be part of the Mungiki militia kill a butcher",
    "the attackers were members of the BNP"): the group is that of the people it describes, the doers."""
    return noun.dep_ in {"attr", "appos"} or any(a.lemma_.lower() in ACCUSE for a in noun.ancestors)


def _identified_as(report: Report, cand: Candidate) -> bool:
    """Whether the group is named in what someone says the attackers are ("gunmen whom officials described as
    members of the UPC", "des hommes armés que les autorités présentent comme des éléments de l'UPC"): the
    attackers' identity, no party a victim belongs to."""
    sentence, text = report.sentence_of(cand.start), report.article.text
    return sentence is not None and any(
        end <= cand.start and len(text[end : cand.start].split()) <= IDENTITY_REACH
        and not re.search(r"[,;:]", text[end : cand.start])
        for _, end, _ in report.search("identified_as", sentence.start, sentence.end)
    )


def _acts(report: Report, noun: Any) -> bool:
    """Whether a noun is the doer of its clause: an active subject (not of a verb of suffering) or an agent."""
    if noun.dep_ == "obl:agent" or noun.dep_ == "pobj" and noun.head.lower_ in AGENT_PREPOSITIONS:
        return True
    if any(c.dep_ == "case" and c.lower_ in AGENT_PREPOSITIONS for c in noun.children):
        return True
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() not in role_words().victim_verbs[report.language]


def _between(report: Report, candidates: list[Candidate]) -> None:
    """ "clashes between X and Y", "affrontements entre X et Y", "des combats ont opposé X à Y", "fighting pitting
    X against Y": X is actor1 and Y actor2, whatever the parse."""
    text = report.article.text
    ordered = sorted(candidates, key=lambda c: c.start)  # generic words are found after the KB's mentions
    for first, second in zip(ordered, ordered[1:], strict=False):
        before = " ".join(text[max(0, first.start - 30) : first.start].lower().split())
        gap = " ".join(text[first.end : second.start].lower().split())
        if before.endswith(BETWEEN) and gap in AND or _PITTED.search(before) and gap in AGAINST | AND:
            first.role, second.role = "actor1", "actor2"
            first.between = second.between = True


def _state_allies(report: Report, candidates: list[Candidate], mutual: bool) -> None:
    """A group named with a state force as one side ("troops and the Civilian JTF killed six militants", "the
    army, backed by local militias") fights with it: ACLED names the force, the group is its associate, and
    neither it nor the force is the other side. So does a named militia hit with it in an attack told one way
    ("soldiers and VDP volunteers were ambushed": the attackers are unnamed); in a mutual fight ("soldiers and
    jihadists were killed in clashes") the two hit are the two sides, and a rebel group is never the army's ally
    ("police and Al-Shabab militia were engaged in a shoot-out"). Whoever a side acted "in coordination with" is
    its partner, a state force too ("AFRICOM struck ... in coordination with the Federal Government")."""
    state = [c for c in candidates if c.ref.inter_code in STATE_CODES]
    for cand in candidates:
        if cand.role is not None and cand.ref.inter_code != CIVILIANS and partner(report, cand.start, cand.end):
            cand.allied = True  # "struck ... in coordination with the Federal Government": a partner, no target
            continue
        if cand.ref.inter_code in STATE_CODES | {CIVILIANS} or cand.role is None:
            continue
        for force in state:
            first, second = sorted((force, cand), key=lambda c: c.start)
            gap = _uncounted(report, first.end, second.start)
            if force.role == cand.role and (
                ALLY_GAP.fullmatch(gap) or cand.role == "actor1" and _conjoined(report, first, second)
                or cand.role == "actor2" and gap in AND and not cand.generic and not mutual
                and cand.ref.inter_code in MILITIAS
            ):
                cand.allied = True
    allies = {c.ref.name for c in candidates if c.allied}
    for cand in candidates:
        cand.allied = cand.allied or cand.ref.name in allies  # "appuyés par des miliciens dozos": both words


def _uncounted(report: Report, start: int, end: int) -> str:
    """The words between two sides, lower case, less the count of the second ("six soldiers and three VDP", "six
    militaires et de trois VDP" read as "and", "et")."""
    words = report.article.text[start:end].lower().split()
    second = report.token_at(end)
    count = report.doc[second.i - 1] if second is not None and second.i > 0 else None
    if words and count is not None and count.like_num and count.lower_ == words[-1]:
        words.pop()
        if words and words[-1] in ("de", "d'", "of"):
            words.pop()
    return " ".join(words)


def _conjoined(report: Report, first: Candidate, second: Candidate) -> bool:
    """Two attackers joined by "and" as subjects of a verb that is not mutual: "troops of the 21 Brigade and the
    Civilian JTF killed six" are one side; "fighters and soldiers clashed" are two (and "ten soldiers and 46
    terrorists were killed", the hit of both sides, are no attackers)."""
    first_root = phrase_head(report, first.start, first.end)
    second_root = phrase_head(report, second.start, second.end)  # "Civilian JTF members"
    if first_root is None or second_root is None:
        return False
    head = second_root.head
    if second_root.dep_ != "conj" or not (head == first_root or first_root.is_ancestor(head)):
        return False
    verb = report.governing_verb(first.start)
    if verb is None or any(c.dep_ in PASSIVE_MARKS for c in verb.children):
        return False  # the parse may miss a passive's subjects ("dix soldats et 46 terroristes ont été tués")
    return not report.pattern("mutual").fullmatch(verb.lemma_.lower())


def _air_strike_owner(result: Actors, candidates: list[Candidate]) -> None:
    """Aircraft are a state's: in an air strike with no named attacker (or only words like "extremists", often
    the targets), the state force the event's sentences name struck ("a strike by Barkhane", "les armées
    française et malienne"), even when the parse put it on the other side; `role_conventions.defaults` falls
    back to the country's forces. A named group no verb has strike ("militants belonging to the TTP were killed
    as jets pounded their hideouts") was struck."""
    first = result.actor1
    if first is not None and first.inter_code not in STATE_CODES and not is_unidentified(first) and not any(
        c.acts for c in candidates if c.ref.name == first.name
    ) and (result.actor2 is None or is_unidentified(result.actor2) or result.actor2.inter_code == CIVILIANS):
        result.actor2, result.actor1 = first, None
        result.rules.append("actor2:air-strike-target")
    if result.actor1 is not None and not (is_unidentified(result.actor1) and result.actor1.inter_code != IDENTITY):
        return
    state = next((c.ref for c in sorted(candidates, key=lambda c: c.start) if c.ref.inter_code in STATE_CODES), None)
    if state is None and result.actor1 is not None and any(
        c.ref.name == result.actor1.name and not c.generic for c in candidates
    ):
        return  # a named group of unknown members ("Unidentified Armed Group" said in so many words) stays
    result.actor1 = state
    result.rules.append("actor1:air-strike-state-forces" if state else "actor1:air-strike-owner-unknown")
    if state is not None and result.actor2 is not None and result.actor2.name == state.name:
        # the force's own name was read as the struck side ("un drone des forces armées nigériennes a frappé une
        # base de Boko Haram"): the side struck is the other group the sentences name, else the armed men they
        # name by a word ("ont neutralisé des dizaines de terroristes": an Unidentified Armed Group, as for
        # "strikes killed 12 militants"); with people hurt among them `role_conventions.defaults` decides
        struck = [c for c in candidates if c.role == "actor2" and c.ref.inter_code not in STATE_CODES]
        hurt = any(c.ref.inter_code == CIVILIANS for c in struck)
        result.actor2 = _best([c for c in struck if not c.generic]) or (
            None if hurt else _best(struck))


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
        cand.ref = with_evidence(report, militia, cand.start, cand.end, rule, cand.ref.mention)


def _claimant(
    report: Report, sentence: Sentence, kb: Any, country: str | None, words: str = "claim", told_in: bool = True
) -> ActorRef | None:
    """The named group a claim of responsibility in this sentence names ("IS claimed", "revendiqué par X");
    with words="blame", also a group the attack is attributed to ("blamed on X", "imputé à X"), and, when the
    sentence is one the event is told in (`told_in`), a group its attackers are tied to ("gunmen linked to X")."""
    if words == "blame":  # "Les tirs, attribués par les autorités locales aux combattants du JNIM": the group named
        for start, end in put_down_to(report, sentence.start, sentence.end):
            laid_on = [m for m in sentence_mentions(report, sentence, kb, country) if start <= m.start < end
                       and m.ref.inter_code != CIVILIANS]
            if laid_on and laid_on[0].ref.inter_code in STATE_CODES:
                return None  # "a drone strike that residents blamed on the federal army": no group is blamed
            named = next((m for m in laid_on if not m.generic and m.ref.inter_code not in STATE_CODES), None)
            if named is not None:
                return with_evidence(report, named.ref, named.start, named.end, "actor:blamed")
    denied = report.search("unknown_attacker", sentence.start, sentence.end)  # "no group has claimed responsibility"
    others = report.search("other_attack", sentence.start, sentence.end)
    claims = [c for c in report.search("claim", sentence.start, sentence.end)
              if not any(a <= c[0] < b for a, b, _ in denied) and not _claims_another(report, c, others)]
    if words == "blame":
        claims += report.search("blame", sentence.start, sentence.end)
        claims += [c for c in report.search("affiliation", sentence.start, sentence.end)
                   if told_in or _ties_attackers(report, sentence, c[0])]
        claims += report.search("attributed_by", sentence.start, sentence.end)
        # who the attackers are said to be, read from its last word ("as", "comme", "de"), in the clause that names
        # the group ("gunmen whom elders described as members of X": the group is no other's in a relative clause)
        claims += [(end - len(words.split()[-1]), end, words)
                   for _, end, words in report.search("identified_as", sentence.start, sentence.end)]
    # a group telling of its own fighters' deed claims it only as the speaker named before its words
    own = report.search("own_deed", sentence.start, sentence.end) if words == "claim" and not claims else []
    if not claims and not own:
        return None
    claim_start = (claims or own)[0][0]
    laid = _blame_laid(report, claims) if words == "blame" else None
    named = []
    for mention in sentence_mentions(report, sentence, kb, country):
        ref = mention.ref
        if laid is not None and mention.start >= laid and mention.rule.endswith("ethnic-group:civilians"):
            # "survivors blamed Fulani herders": the people blamed for an attack are its militia, as ACLED codes them
            ref = next((m for w in mention.text.split() if (m := kb.people_militia(w, country)) is not None), ref)
        if mention.generic or ref.inter_code in STATE_CODES | {CIVILIANS} or own and mention.end > claim_start:
            continue
        if laid is not None and mention.start < laid:
            continue
        if _told_of_another(report, mention.start, claim_start):
            continue
        named.append((abs(mention.start - claim_start), mention.start, mention.end, ref))
    if not named:
        return None
    _, start, end, ref = min(named, key=lambda n: n[0])
    rule = "actor:claim-of-responsibility" if words == "claim" else "actor:blamed"
    return with_evidence(report, ref, start, end, rule)


def _ties_attackers(report: Report, sentence: Sentence, start: int) -> bool:
    """The words tying someone to a group follow the attackers' own name ("The attackers were linked to X", "the
    gunmen, believed to be affiliated with X"), not a group's ("the katiba Macina, affiliated to JNIM")."""
    before = normalise(report.article.text[sentence.start : start])
    attackers = vocabulary().targets[lang(report.language)]["armed_group"]
    return any(ATTACKERS_TIED.fullmatch(before, m.end()) for m in attackers.finditer(before))


def _blame_laid(report: Report, blames: list[tuple[int, int, str]]) -> int | None:
    """Where a blame verb told in the active, with whom it blames as its object, starts: the words before it name
    who lays the blame ("an RSF adviser denied ... and accused the army of using the camp", "the rebels blamed the
    bombing on the army"), not whom it is laid on."""
    for start, _, _ in blames:
        verb = report.token_at(start)
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in ACCUSE | ATTRIBUTE and any(
            c.dep_ in OBJECTS and c.pos_ != "PRON" for c in verb.children
        ):
            return start
    return None


def _claims_another(report: Report, claim: tuple[int, int, str], others: list[tuple[int, int, str]]) -> bool:
    """The claim is of another attack, named right after it in its clause ("the BLF claimed a similar attack in
    August", "has claimed responsibility for previous bombings", "a revendiqué des attaques similaires")."""
    text = report.article.text
    return any(
        claim[0] <= start and start - claim[1] <= CLAIM_OBJECT_REACH and not re.search(r"[,;]", text[claim[1] : start])
        for start, _, _ in others
    )


def _told_of_another(report: Report, start: int, claim_start: int) -> bool:
    """A group named in a relative clause the claim or blame words are not in, which tells of someone else:
    "residents blamed the federal army, which has used drones against Fano fighters" (not "gunmen who are
    believed to be Al Shabaab": the blame is in the clause)."""
    token, claim = report.token_at(start), report.token_at(claim_start)
    clause = next((a for a in token.ancestors if a.dep_ in RELATIVE_CLAUSES), None) if token is not None else None
    return clause is not None and claim is not None and claim not in clause.subtree


def _battle_sides(
    report: Report, candidates: list[Candidate], attackers: list[Candidate], attacked: list[Candidate],
    offensive: bool, mutual: bool, lead: Sentence,
) -> tuple[list[Candidate], list[Candidate]]:
    """The state side first in a battle the text tells as mutual ("clashes", "a shootout", "fighting between",
    "affrontements") or as a state offensive ("an operation against insurgent groups"), as ACLED lists it; in
    an attack told one way ("jihadists attacked the camp"; the army "repelled" it) the attacker first, unless
    the state side is the subject of the violence and no armed group is ("police raided a hideout, killing two"),
    in the event's sentences or in the one that decides it ("soldiers caught up with the raiders and killed four of
    them in a gunfight", whatever a background line the event took in says fighters did in 2014). An armed group
    the deciding sentence makes the doer ("Fano fighters attacked positions of the army") is first whatever
    operation another of the event's sentences names, unless that sentence tells the offensive itself."""
    armed = [c for c in candidates if c.ref.inter_code not in STATE_CODES | {CIVILIANS}]
    state = [c for c in candidates if c.ref.inter_code in STATE_CODES]
    if not state:
        return attackers, attacked
    if not armed:
        # Only the state side is named: in an attack told one way, someone the text does not name attacked it.
        return (state, []) if offensive or mutual or any(c.acts for c in state) else ([], state)
    mutual = mutual and not any(c.ref.inter_code in (PROTESTERS, RIOTERS) for c in armed)  # a mob stays actor1
    state_led, armed_led = ([c for c in side if lead.start <= c.start < lead.end] for side in (state, armed))
    state_did = any(c.acts and not answers_an_attack(report, c.start, c.end) for c in state_led)
    if not mutual and not state_did and any(c.acts for c in armed_led) and not _offensive(report, [lead]):
        return armed, state  # "Fano fighters attacked positions of the army": no operation told elsewhere undoes it
    led = state_did and not any(c.acts or c.role == "actor1" for c in armed_led)
    if offensive or mutual or led or (
            any(c.acts for c in state) and not any(c.acts or c.role == "actor1" for c in armed)):
        return state, armed
    return armed, state


def _assign(
    report: Report, result: Actors, candidates: list[Candidate], group: Group, offensive: bool, mutual: bool
) -> None:
    """First named attacker/attacked wins over generic words; later different actors on a side are allies, and so
    is a named group that fights with the state force of a side ("troops and the Civilian JTF")."""
    allied = list({c.ref.name: c.ref for c in candidates if c.allied and not c.generic}.values())
    candidates = [c for c in candidates if not c.allied]
    attackers = [c for c in candidates if c.role == "actor1" and c.ref.inter_code != CIVILIANS]
    if group.event_type in ARMED:  # who the trigger's passive names did it, over a clause above (a crowd acts itself)
        attackers.sort(key=lambda c: not c.agent)
    attacked = [c for c in candidates if c.role == "actor2"]
    if group.event_type == "Battles":
        attackers, attacked = _battle_sides(report, candidates, attackers, attacked, offensive, mutual,
                                            group.lead.sentence)
    result.actor1 = _best(attackers)
    if result.actor1 is not None:
        result.rules.append(
            "actor1:" + ("kb" if not _generic(attackers, result.actor1) else "generic") + ":attacker-role"
        )
    others = [c for c in attacked if result.actor1 is None or c.ref.name != result.actor1.name]
    hurt_only = all(c.ref.inter_code == CIVILIANS for c in others)
    if group.event_type == "Battles" and result.actor1 is not None and hurt_only:
        # "X and Y clashed, leaving six people dead": both sides are subjects; the second one named is actor2 (the
        # people hurt are no side of a battle; "gunmen" beside a named group are likely its own men)
        others = [c for c in attackers if c.ref.name != result.actor1.name and c.ref.inter_code != CIVILIANS
                  and not (c.generic and is_unidentified(c.ref))] or others
    if group.event_type == "Battles" and any(c.between for c in others):
        # "people killed in a clash between X and Y": the people hurt are no side of it
        others = [c for c in others if c.ref.inter_code != CIVILIANS] or others
    result.actor2 = _best(others)
    if result.actor2 is not None:
        result.rules.append("actor2:attacked-role")
    result.assoc_actor_1 = _allies(attackers, result.actor1)
    result.assoc_actor_2 = _allies(others, result.actor2)
    if allied and result.actor1 is not None and result.actor1.inter_code in STATE_CODES:
        result.assoc_actor_1 += allied
    elif allied and result.actor2 is not None and result.actor2.inter_code in STATE_CODES:
        result.assoc_actor_2 += allied


def _generic(candidates: list[Candidate], ref: ActorRef) -> bool:
    return all(c.generic for c in candidates if c.ref.name == ref.name)


def _best(candidates: list[Candidate]) -> ActorRef | None:
    named = [c for c in candidates if not c.generic]
    pick = (named or candidates)[:1]
    return pick[0].ref if pick else None


# A state's forces and the foreign forces fighting beside them are one side ("Malian soldiers and Wagner fighters":
# ACLED's Military Forces of Mali with Wagner Group associated); other kinds ally only with their own kind.
_ALLIED_INTER_CODES = frozenset({1, 8})


def _allies(candidates: list[Candidate], main: ActorRef | None) -> list[ActorRef]:
    if main is None:
        return []
    allies: dict[str, ActorRef] = {}
    for c in candidates:
        same_side = c.ref.inter_code == main.inter_code or {c.ref.inter_code, main.inter_code} <= _ALLIED_INTER_CODES
        if not c.generic and c.ref.name != main.name and same_side:
            allies.setdefault(c.ref.name, c.ref)
    return list(allies.values())


