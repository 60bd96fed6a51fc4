"""The actors a sentence names, each with its role in one event: knowledge-base mentions and the generic words of
`data/roles.yaml`, their roles read from the parse (`role_parse`). `roles.pick_actors` turns them into the event's
two sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from sitrep.extract.actor_mentions import ActorMention
from sitrep.extract.context import Report, Sentence, role_words
from sitrep.extract.dep_labels import OBJECTS, PASSIVE_SUBJECTS, RELATIVE_CLAUSES, SUBJECTS
from sitrep.extract.role_conventions import CIVILIANS, IDENTITY, RIOTERS, STATE_CODES, Candidate, is_unidentified
from sitrep.extract.role_parse import agent_of_trigger, caught_by, does_violence, phrase_head, role_of, told_aside
from sitrep.models import ActorRef

# Generic word classes in data/roles.yaml; each is also the name of the knowledge-base helper for the country.
GENERIC = ("unidentified", "state_forces", "police", "civilians", "protesters", "rioters")
# Where armed men came from, right after the words that name them: "gunmen from Ethiopia", "bandits believed to be
# from Somalia", "raiders, suspected to have come from Uganda", "men who were suspected to be from Ethiopia"; the
# country's name starts with a capital.
FROM_ABROAD = re.compile(
    r",?\s*(?:(?:who (?:are|were|came) )?(?:(?:believed|suspected|said|thought|reported) to (?:be|have come) )?from"
    r"|venus? d[eu]|originaires? d[eu]) (?:the |neighbou?ring |le |la |l')?"
    r"(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
)

# Where armed men's people are from, told as their origin: "assailants of Somali origin", "gunmen of Ethiopian
# descent", "des assaillants d'origine somalienne" (a demonym, or a country's name).
OF_ORIGIN = re.compile(
    r",?\s*(?:(?:(?:who (?:are|were) )?(?:believed|suspected|said|thought|reported) to be )?"
    r"of (?P<en>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:origin|descent|extraction)|d'origine (?P<fr>[\w'-]+))"
)


RESTATED = re.compile(r"\s*\(\s*")
# Articles that refer back to armed men told before: "the raiders", "these attackers", "les assaillants".
DEFINITE = {"the", "these", "those", "les", "ces"}
# Rebels, political and identity militias (ACLED inter codes 2, 3, 4).
NON_STATE_ARMED = {2, 3, 4}


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
            found = kb.find_mentions(report.article.text, report.language, country=country,
                                     when=report.article.about_date)
            self.mentions = _record_guesses_undone(report, found, kb, country)
        return self.mentions


_MENTIONS = _MentionCache()


def _record_guesses_undone(
    report: Report, mentions: list[ActorMention], kb: Any, country: str | None
) -> list[ActorMention]:
    """A category word the knowledge base took for the one group the report names ("a suicide bomber" for IS:
    `mention_context`'s only-group-in-text) stays a category word when the report names that group only in telling
    of its record ("IS has carried out similar attacks in the district", "Boko Haram, which has carried out similar
    attacks"): what a group did before ties it to no attack of this report. The words are read again alone."""
    out = []
    for mention in mentions:
        named = [m for m in mentions if m.ref.name == mention.ref.name and "-word:" not in m.rule]
        if not mention.rule.endswith("-word:only-group-in-text") or not all(_tells_record(report, m) for m in named):
            out.append(mention)
            continue
        alone = kb.find_mentions(mention.text, report.language, country=country, when=report.article.about_date)
        out += [replace(m, start=mention.start, end=mention.end) for m in alone[:1]
                if (m.start, m.end) == (0, len(mention.text))]
    return out


def _tells_record(report: Report, mention: ActorMention) -> bool:
    """Whether the group is named as the subject of a clause about other attacks (roles.yaml `other_attack`): "IS
    has carried out similar attacks", "Boko Haram, which has claimed previous bombings", "l'EI, qui a mené des
    attaques similaires" (not "militants attacked the camp, the latest of several similar attacks")."""
    sentence = report.sentence_of(mention.start)
    token = report.token_at(mention.start)
    if sentence is None or token is None:
        return False
    for start, _, _ in report.search("other_attack", sentence.start, sentence.end):
        attacks = report.token_at(start)
        while attacks is not None and attacks.dep_ in {"amod", "compound", "nummod"}:
            attacks = attacks.head  # "similar" -> "attacks"
        if attacks is None or not (attacks.dep_ in OBJECTS or attacks.dep_ == "pobj"):
            continue
        verb = attacks.head.head if attacks.dep_ == "pobj" else attacks.head  # "was behind similar attacks"
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if any(token in s.subtree for s in subjects if s.lower_ not in {"which", "who", "qui"}):
            return True
        if verb.dep_ in RELATIVE_CLAUSES and token in verb.head.subtree and verb not in token.ancestors:
            return True  # "Boko Haram, which has carried out ..."
    return False


def sentence_mentions(report: Report, sentence: Sentence, kb: Any, country: str | None) -> list[ActorMention]:
    return [m for m in _MENTIONS.get(report, kb, country) if sentence.start <= m.start < sentence.end]


def sentence_candidates(
    report: Report, sentence: Sentence, trigger: int, kb: Any, country: str | None, armed: bool = False,
    crowd: bool = False,
) -> list[Candidate]:
    """The actors a sentence names, each with its role in the event whose trigger is at `trigger`. In an `armed`
    event a side told only in a clause beside it has no role (`told_aside`); in a demonstration (`crowd`) the force
    whose arrests set off a riot ("riots broke out after police began arresting hawkers") is still its other side,
    and people words are its victims only as its targets (`_crowd_victim`). In an `armed` event whoever was doing
    something else when it struck them was hit (`caught_by`); a crowd acts whatever befell it."""
    found: list[Candidate] = []
    role: str | None
    for mention in sentence_mentions(report, sentence, kb, country):
        start, end = mention.start, mention.end
        ref = with_evidence(report, mention.ref, start, end, mention.rule)
        ref = _from_abroad(report, ref, end, kb) if armed else ref
        acts = does_violence(report, start, end, trigger)
        if armed and mention.generic and ref.inter_code == CIVILIANS:
            ref = _herders_who_attack(report, start, end, acts, kb, country) or ref
        aside = armed and told_aside(report, start, end, trigger, ref.inter_code in STATE_CODES)
        role = None if aside else role_of(report, start, end, trigger, ref.inter_code not in STATE_CODES | {CIVILIANS})
        if found and _restated(report, found[-1], ref, start):
            role = found[-1].role
        elif armed and role == "actor1" and caught_by(report, start, end, trigger):
            role, acts = "actor2", False
        agent = role == "actor1" and agent_of_trigger(report, start, end, trigger)
        found.append(Candidate(ref, start, end, role, mention.generic, acts, agent=agent))
    for cls in GENERIC:
        for start, end, words in report.search(cls, sentence.start, sentence.end):
            if any(c.start <= start < c.end or start <= c.start < end for c in found):
                continue
            ref = getattr(kb, cls)(country)
            if ref is None:
                continue
            ref = with_evidence(report, ref, start, end, f"actor:generic:{cls}", words)
            ref = _from_abroad(report, ref, end, kb) if armed else ref
            acts = does_violence(report, start, end, trigger)
            herders = _herders_who_attack(report, start, end, acts, kb, country) if armed else None
            if herders is not None:
                ref, role = herders, "actor1"
            elif cls == "civilians":
                role = _crowd_victim(report, start, end) if crowd else "actor2"
            elif armed and told_aside(report, start, end, trigger, ref.inter_code in STATE_CODES):
                role = None
            else:
                role = role_of(report, start, end, trigger, cls == "unidentified")
            if armed and role == "actor1" and caught_by(report, start, end, trigger):
                role, acts = "actor2", False
            agent = role == "actor1" and agent_of_trigger(report, start, end, trigger)
            found.append(Candidate(ref, start, end, role, generic=True, acts=acts, agent=agent))
    if crowd:
        _mob_victims(report, found, kb)
    return [c for c in found if c.role is not None]


def the_doers_told_before(report: Report, candidates: list[Candidate], kb: Any, country: str | None) -> None:
    """Armed men a sentence names by a category word with a definite article ("the raiders", "the attackers", "les
    assaillants") are the one named armed group the telling of the same incident gave as doing violence before
    them: "Boko Haram fighters raided a village ... Soldiers caught up with the raiders and killed four of them"
    (Boko Haram, not an unnamed militia). With no such group, or several, the word keeps its category."""
    numbers = kb.incident_numbers((s.text for s in report.sentences), report.language)
    for cand in candidates:
        told = report.sentence_of(cand.start)
        if not cand.generic or not is_unidentified(cand.ref) or told is None or not _definite(report, cand):
            continue
        before = [s for s in report.sentences[: told.index] if numbers[s.index] == numbers[told.index]]
        doers = {ref.name: ref for s in before for ref in _doers(report, s, kb, country)}
        if len(doers) == 1:
            [ref] = doers.values()
            cand.ref = with_evidence(report, ref, cand.start, cand.end, "actor:doer-told-before")


def _definite(report: Report, cand: Candidate) -> bool:
    before = report.article.text[max(0, cand.start - 8) : cand.start].split()[-1:]
    return any(w.lower() in DEFINITE for w in before + report.article.text[cand.start : cand.end].split()[:1])


def _doers(report: Report, sentence: Sentence, kb: Any, country: str | None) -> list[ActorRef]:
    """The named non-state armed groups the sentence tells as doing violence outside its background clauses."""
    triggers = [a for a, _ in report.violent_spans if sentence.start <= a < sentence.end
                and not any(p <= a < q for p, q in report.past)]
    return [m.ref for m in sentence_mentions(report, sentence, kb, country)
            if not m.generic and m.ref.inter_code in NON_STATE_ARMED
            and any(does_violence(report, m.start, m.end, t) for t in triggers)]


def _restated(report: Report, before: Candidate, ref: ActorRef, start: int) -> bool:
    """Whether a mention restates the one just before it in brackets ("Volontaires pour la défense de la patrie
    (VDP)"): the parse hangs the acronym on the name's last noun, but it plays the name's role."""
    return before.ref.name == ref.name and RESTATED.fullmatch(report.article.text[before.end : start]) is not None


def _mob_victims(report: Report, found: list[Candidate], kb: Any) -> None:
    """People words a riot sentence made Rioters before the parse was read (`mention_context`) are the people the
    mob hurt when they are the object of a verb whose subject is the rioting crowd: "a mob attacked journalists",
    "students pelted teachers with stones" (Civilians, not rioters), or the passive subject of a verb whose agent
    is a crowd: "a group of Ethiopian traders were attacked and beaten by an angry mob", "des commerçants ont été
    battus par une foule"; "police dispersed rioting students" keeps them."""
    rioters = [c for c in found if c.acts and c.ref.inter_code == RIOTERS]
    crowds = [c for c in found if c.ref.inter_code == RIOTERS]
    for cand in found:
        rule = cand.ref.evidence.rule if cand.ref.evidence else ""
        if rule != "actor:riot-sentence:rioters" or cand.acts:
            continue
        root = phrase_head(report, cand.start, cand.end)
        if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            root = root.head.head  # "a group of traders"
        if root is None or not (root.dep_ in OBJECTS or root.dep_ in PASSIVE_SUBJECTS):
            continue
        if root.dep_ in PASSIVE_SUBJECTS:
            agents = [idx for verb in (root.head, *(c for c in root.head.children if c.dep_ == "conj"))
                      for idx in _agents(verb)]
            hurt = any(r is not cand and r.start <= idx < r.end for r in crowds for idx in agents)
        else:
            subjects = [t.idx for t in root.head.children if t.dep_ == "nsubj"]
            hurt = any(r.start <= idx < r.end for r in rioters for idx in subjects)
        if hurt:
            civilians = kb.role("civilians", cand.ref.country)
            cand.ref = with_evidence(report, civilians, cand.start, cand.end, "actor:mob-victims:civilians")
            cand.role = "actor2"


def _agents(verb: Any) -> list[int]:
    """Where the agents of a passive verb start: "by an angry mob" (English `agent` + its object), "par une foule"
    (French `obl:agent`)."""
    return [t.idx for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"] + [
        c.idx for c in verb.children if c.dep_ == "obl:agent"]


def _from_abroad(report: Report, ref: ActorRef, end: int, kb: Any) -> ActorRef:
    """Armed men the text says came from another country, or are of its people, are that country's
    ("unidentified armed men from Ethiopia", "assailants of Ethiopian origin": Unidentified Armed Group (Ethiopia);
    "Marehan clan militia from Somalia": Marehan Clan Militia (Somalia)): ACLED names an armed group by where it is
    from, not where it struck. Only groups named by their kind and country (ethnic, communal, clan militias,
    unidentified armed groups) move; named groups stay."""
    named = re.fullmatch(r"(?P<kind>.+) \((?P<country>[^()]+)\)", ref.name)
    if named is None or ref.inter_code not in (2, 3, IDENTITY) or not named["kind"].endswith(("Militia", "Group")):
        return ref
    found = FROM_ABROAD.match(report.article.text, end) or OF_ORIGIN.match(report.article.text, end)
    if found is None:
        return ref
    words = next(place for place in found.groupdict().values() if place).split()
    origin = next((info for n in range(len(words), 0, -1) if (info := kb.country(" ".join(words[:n])))), None)
    if origin is None or origin.name == named["country"]:
        return ref
    moved = kb.lookup(f"{named['kind']} ({origin.name})")
    if moved is None:
        return ref
    evidence = ref.evidence.model_copy(update={"rule": "actor:from-abroad"}) if ref.evidence else None
    return moved.model_copy(update={"mention": ref.mention, "evidence": evidence})


def _crowd_victim(report: Report, start: int, end: int) -> str | None:
    """People words in a demonstration are the people it hurt (actor2) unless the parse makes them the crowd itself
    ("students rioted": the subject, not of a verb of suffering: "two people suffered burns") or a word naming a
    thing ("a passenger bus was torched", "student elections")."""
    span = report.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "actor2"
    root = span.root
    if root.dep_ == "nsubj":
        return "actor2" if root.head.lemma_.lower() in role_words().victim_verbs[report.language] else None
    return None if root.dep_ in {"compound", "amod"} else "actor2"


def _herders_who_attack(
    report: Report, start: int, end: int, acts: bool, kb: Any, country: str | None
) -> ActorRef | None:
    """Herders or pastoralists no people names who do the violence ("pastoralists attacked civilians", "a group of
    herders killed two men") are ACLED's Unidentified Communal Militia of the country, not civilians."""
    if not acts or not report.pattern("herders").search(report.article.text[start:end]):
        return None
    militia = kb.role("communal", country)
    return with_evidence(report, militia, start, end, "actor:herders-attacking") if militia is not None else None


def with_evidence(
    report: Report, ref: ActorRef, start: int, end: int, rule: str, words: str | None = None
) -> ActorRef:
    return ref.model_copy(
        update={"mention": words or report.article.text[start:end], "evidence": report.evidence(start, end, rule)}
    )
