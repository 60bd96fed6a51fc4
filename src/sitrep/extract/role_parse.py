"""What role the parse gives one actor mention in an event: attacker (actor1), attacked (actor2), or none.

The subject of an active trigger verb or the agent of a passive one ("killed by X") attacks; the object, the
passive subject or the target of "attack on/contre" is attacked; a group that only reports ("the army said"),
is accused beside the event, or is told in a clause of what came before or after it has no role. `roles.py`
turns these per-mention roles into the event's two sides.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from sitrep.extract.attribution import Attribution, attributions
from sitrep.extract.context import Report, role_words
from sitrep.extract.dep_labels import (
    AGENTS,
    OBJECTS,
    PASSIVE_MARKS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    SUBJECTS_OR_IMPERSONAL,
)

ATTACKED_PREPOSITIONS = {"on", "against", "at", "targeting", "contre", "visant", "sur"}
AGENT_PREPOSITIONS = {"by", "par"}
ALONGSIDE = {"with", "alongside", "avec"}  # who acts with the subject: "our men, together with the military"
GENITIVE = {"de", "d'", "d’", "des", "du"}
# A name that only qualifies a noun takes that noun's role: "an al Shabaab recruiter", "UPDF's soldiers".
NOUN_MODIFIERS = {"compound", "amod", "appos", "flat", "flat:name", "poss", "nmod:poss"}
# Pronouns by which a group that reports an event names itself as its doer ("the army said it killed ...").
SELF_PRONOUNS = {"it", "they", "we", "il", "ils", "elle", "elles", "nous"}
# ... or its own men: "the army said its troops killed ten", "l'armée affirme que ses unités ont neutralisé huit".
OWN = {"its", "their", "our", "ses", "son", "sa", "leurs", "leur", "nos", "notre"}
# A span of time that sets a clause of before or after apart from the event: "two days after", "une semaine après".
TIME_UNITS = {"minute", "hour", "day", "week", "month", "year", "heure", "jour", "journée", "semaine", "mois", "an",
              "année"}
TIME_SPAN_DEPS = {"npadvmod", "obl:tmod", "nmod:tmod", "obl", "obl:mod", "advmod"}
# Words that name one of a group ("militants, including a TTP commander"): it takes the group's role.
INCLUDING = {"including", "among", "dont", "parmi"}
GROUP_POS = {"NOUN", "PROPN", "NUM", "PRON"}
ACCUSE = {"accuse", "suspect", "blame", "accuser", "soupçonner", "incriminer"}
ATTRIBUTE = {"blame", "attribute", "ascribe", "impute", "imputer", "attribuer"}  # "blamed on X", "imputée à X"
# The prepositions that name whom an attack is put down to: "attributed to X", "blamed on X", "attribués aux X".
ATTRIBUTED_TO = {"to", "on", "à", "au", "aux"}
# Who found the dead ("police found him dead", "villagers discovered the bodies") only came upon the event.
FIND = {"find", "discover", "recover", "retrieve", "retrouver", "découvrir"}
# Verbs of hearsay that raise the doer of what is told to their passive subject: "Al Shabaab are reported to have
# struck the town", "Pokot raiders are said to have killed three" (the raiders struck; not "are said to have been
# killed", whose subject was hit).
RAISING = {"report", "say", "believe", "think", "allege", "understand", "know", "rumour", "rumor"}
DEAD = {"dead", "body", "corpse", "remains", "lifeless", "mort", "corps", "cadavre", "inanimé"}
# Verbs of saying that enact what they name: "declared a curfew", "a annoncé l'arrestation de dix suspects".
ENACTING = {"declare", "announce", "proclaim", "décréter", "déclarer", "annoncer", "proclamer"}


def _found_dead(verb: Any) -> bool:
    """Whether what the verb found is the dead: "found him dead", "discovered the bodies" (not "found the suspect
    and shot him dead": the deed joined to it is another verb's)."""
    parts = [c for c in verb.children if c.dep_ not in SUBJECTS | {"conj", "cc", "advcl", "punct"}]
    return any(t.lemma_.lower() in DEAD for c in parts for t in c.subtree)


def _attributed_to(root: Any) -> bool:
    """Whether the words are who an attack is put down to: "blamed on X", "attributed to X", "imputée à X"."""
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "to"):
        # "blamed on X", or the blamed deed the parse hangs "on X" from ("blamed the attack on X")
        blamed = root.head.head
        if blamed.dep_ in OBJECTS:
            blamed = blamed.head
        return blamed.lemma_.lower() in ATTRIBUTE
    return root.dep_.startswith("obl") and root.head.lemma_.lower() in ATTRIBUTE and any(
        c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in root.children)


def put_down_to(report: Report, start: int, end: int) -> list[tuple[int, int]]:
    """Whom a verb of putting an attack down to someone names, read from the parse over any words between ("Les
    tirs, attribués par les autorités locales aux combattants du JNIM", "the blast, blamed by officials on
    al-Shabaab"): the (start, end) of the phrase of the first "to"/"on"/"à" after the verb in its own phrase."""
    span = report.doc.char_span(start, end, alignment_mode="expand")
    found = []
    for verb in span if span is not None else []:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ATTRIBUTE:
            continue
        to = next((t for t in verb.subtree if t.i > verb.i and t.lower_ in ATTRIBUTED_TO
                   and t.dep_ in {"prep", "case", "dative"}), None)
        whom = None if to is None else to.head if to.dep_ == "case" else next(
            (c for c in to.children if c.dep_ == "pobj"), None)
        if whom is not None:
            found.append((whom.left_edge.idx, whom.right_edge.idx + len(whom.right_edge)))
    return found


def _put_down_to_in_sentence(report: Report, start: int) -> list[tuple[int, int]]:
    sentence = report.sentence_of(start)
    return put_down_to(report, sentence.start, sentence.end) if sentence is not None else []


def role_of(report: Report, start: int, end: int, trigger: int, armed: bool = False) -> str | None:
    """actor1 or actor2 from the parse; None when the words only report ("the army said"). An `armed` group
    (neither a state force nor civilians) that completes an attack noun with "de" did it: "l'attaque d'hommes
    armés", "une embuscade des jihadistes" (a place or a camp there is what was attacked)."""
    span = report.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "actor1" if start < trigger else "actor2"
    if armed and _device_owner(report, span.root):
        return "actor1"  # "a suspected al-Shabaab planted land mine", "an IS bomb": the group laid it
    root = _carrier(report, _among(span.root), members=not armed)
    head = root.head
    dep = root.dep_
    accused = _accusation(report, root, trigger)
    if accused is not None:  # "youths suspected to be Mungiki killed ...": who the attackers are said to be
        return "actor1" if accused.dep_ == "acl" and accused.head.dep_ == "nsubj" else None
    source = _source_holding(report, start, end)
    if source is not None and source.forward or _spoken_for(report, root):
        # "according to an Al Shabaab commander, the group destroyed ...": the group reports its own deed
        return "actor1" if _self_told(report, trigger) else None
    teller = _telling_verb(report, root) if dep in {"pobj", "nmod"} else _inverted_teller(report, root, source)
    if teller is not None:  # "a member of the local defence force said": the group a source belongs to
        return _reported_own_deed(report, teller, trigger)
    if _attributed_to(root) or any(a <= start < b for a, b in _put_down_to_in_sentence(report, start)):
        return "actor1"  # "une source qui attribue la pose de l'engin aux combattants de l'EI"
    if head.i != root.i and head.lemma_.lower() in ACCUSE:
        # "UPDF accused of bombing", "the family accused the police of killing him": the accused attacked, unless
        # accused only of letting or helping others ("of allowing the TTP to plan attacks")
        if _accused_of_complicity(report, head):
            return None
        return "actor1" if dep in PASSIVE_SUBJECTS or dep in OBJECTS else None
    if dep in PASSIVE_SUBJECTS and _raised_doer(report, root, trigger):
        return "actor1"
    if dep in PASSIVE_SUBJECTS or _headline_patient(report, root, trigger) or _struck(report, root):
        return "actor2"
    if not armed and _told_among_the_hurt(report, root):
        return "actor2"  # an armed group's men among the dead tell no side: both sides of a fight lose men
    if dep == "conj" and head.dep_ in PASSIVE_SUBJECTS and head.head == report.token_at(trigger):
        return "actor2"  # "soldiers and VDP volunteers were ambushed": both were hit
    if armed and dep == "nmod" and _is_trigger(report, head) and any(
        c.dep_ == "case" and c.lower_ in GENITIVE for c in root.children
    ):
        return "actor1"
    if _agent_of(root) is not None or _weapon_owner(report, root):
        return "actor1"
    if dep == "nsubj":
        verb = report.governing_verb(root.idx)
        if verb is not None and verb.lemma_.lower() in _reporting(report):
            return _reported_own_deed(report, verb, trigger)
        if verb is not None and (verb.lemma_.lower() in role_words().victim_verbs[report.language]
                                 or _told_dead(verb)):
            return "actor2"
        if verb is not None and verb.lemma_.lower() in FIND and _found_dead(verb):
            return None
        return "actor1"
    if dep in OBJECTS or dep == "poss":
        return "actor2"
    if dep == "pobj" and head.lower_ in ATTACKED_PREPOSITIONS and _answers(report, head.head):
        return "actor1"  # "fought back against raiders": the raiders attacked
    if dep == "pobj" and head.lower_ in ATTACKED_PREPOSITIONS:
        return "actor2"
    if any(c.dep_ == "case" and c.lower_ in ATTACKED_PREPOSITIONS for c in root.children):
        return "actor2"
    if _pursued(report, root):
        return "actor2"
    return "actor1" if start < trigger else "actor2"


def _pursued(report: Report, root: Any) -> bool:
    """Whether the words complete a noun of going after someone ("in pursuit of the attackers", "à la poursuite des
    assaillants": roles.yaml `pursuit`) or a phrasal verb of it ("caught up with the raiders": `pursuit_verbs`)."""
    if root.dep_ == "pobj":  # "caught up with the raiders"
        verb = root.head.head
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt" and c.i < root.head.i]
        if report.pattern("pursuit_verbs").fullmatch(" ".join([verb.lemma_.lower(), *particles, root.head.lower_])):
            return True
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head
    elif root.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in GENITIVE for c in root.children):
        noun = root.head
    else:
        return False
    return bool(report.pattern("pursuit").fullmatch(noun.lemma_.lower()))


def _carrier(report: Report, root: Any, members: bool = True) -> Any:
    """The vehicle, convoy or escort the words complete with "of"/"de", through a unit between ("une escorte de VDP
    a été prise pour cible", "un véhicule d'une unité de l'armée a sauté sur un engin": the VDP, the army were hit),
    or, for a force (`members`), the men it is made of ("six personnel of the DRG were killed"), whose role is
    theirs; else `root`."""
    token = root
    for _ in range(2):
        completed = _completed(token)
        if completed is None or completed.i == token.i:
            break
        if report.pattern("carrier").fullmatch(completed.lower_) is not None or (
                members and token is root and report.pattern("members").fullmatch(completed.lower_) is not None):
            return completed
        token = completed
    return root


def _completed(root: Any) -> Any | None:
    """The noun `root` completes with "of"/"de" ("the escort" of "an escort of soldiers"), else None."""
    return _governor(root, {"of"}, GENITIVE, french_dep="nmod")


def _agent_of(root: Any) -> Any | None:
    """The verb whose agent `root` is ("killed by the police", "tués par des hommes armés"), else None."""
    return root.head if root.dep_ == "obl:agent" else _governor(root, AGENT_PREPOSITIONS, AGENT_PREPOSITIONS)


def _governor(root: Any, english: set[str], french: set[str], french_dep: str | None = None) -> Any | None:
    """The word that a phrase of `root` after one of the prepositions `english` or `french` hangs from, else None.
    An English parse makes `root` the object of the preposition, a French one gives `root` the preposition as a
    "case" child (and, where `french_dep` is given, that dependency on the word it hangs from)."""
    if root.dep_ == "pobj" and root.head.lower_ in english:
        return root.head.head
    if french_dep in (None, root.dep_) and any(c.dep_ == "case" and c.lower_ in french for c in root.children):
        return root.head
    return None


def _struck(report: Report, root: Any) -> bool:
    """A subject the clause tells was hit although its verb is active or its parse is no passive: a passive told
    with "été" as copula ("une escorte a été prise pour cible"), or a carrier or people that hit a mine ("an army
    vehicle struck an IED", "a sauté sur un engin explosif"), or a side that answered an attack ("les VDP ont
    riposté et neutralisé dix assaillants": the VDP were the ones attacked). A subject's conjunct is hit with it
    ("des VDP et des militaires ont repoussé une attaque")."""
    if root.dep_ == "conj" and root.head.dep_ == "nsubj":
        root = root.head
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if _answers(report, verb):
        return True
    if any(c.lower_ == "été" and c.dep_ in {"cop", "aux:pass"} for c in verb.children) and _past_participle(verb):
        return True
    if report.pattern("mine_struck").fullmatch(verb.lemma_.lower()) is None:
        return False
    devices = report.pattern("explosive_device")
    return any(devices.fullmatch(t.lower_) and not _carried(t, verb)
               for c in verb.children if c.dep_ not in SUBJECTS for t in c.subtree)


def _carried(device: Any, verb: Any) -> bool:
    """The device is what the verb's object carries ("drove a car packed with explosives into the gate", "a percuté
    le poste avec un véhicule bourré d'explosifs"), not what was hit or run over: the subject brought it."""
    token = device
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in {"acl", "amod"} or token.lower_ in {"with", "avec"}:
            return True
        if any(c.dep_ == "case" and c.lower_ == "avec" for c in token.children):
            return True
        token = token.head
    return False


def _told_among_the_hurt(report: Report, root: Any) -> bool:
    """Words a copula counts among the people hurt: "a police officer was among the wounded", "un policier figure
    parmi les blessés", "most of the dead were civilians", "la plupart des victimes sont des civils". They were hit,
    whatever their place in the sentence."""
    hurt = report.pattern("people_hurt")

    def names_hurt(token: Any) -> bool:
        return any(hurt.fullmatch(t.lower_) for t in token.subtree)

    if root.dep_ == "nsubj":
        verb = root.head
        among = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"among", "amongst"}]
        among += [c for c in verb.children if c.dep_ in {"obl", "obl:arg", "obl:mod"}
                  and any(k.dep_ == "case" and k.lower_ == "parmi" for k in c.children)]
        return any(names_hurt(c) for c in among)
    copula = root.head if root.dep_ == "attr" else root
    told_as = root.dep_ == "attr" or any(c.dep_ == "cop" for c in root.children)
    return told_as and any(c.dep_ == "nsubj" and names_hurt(c) for c in copula.children)


def _answers(report: Report, verb: Any) -> bool:
    """A verb of answering an attack: "fought back", "returned fire", "ont riposté"."""
    answer = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "dobj"})])
    return report.pattern("riposte").match(answer) is not None


def answers_an_attack(report: Report, start: int, end: int) -> bool:
    """Whether the words are the subject of a verb of answering an attack ("troops fought back", "les soldats ont
    riposté"): they did not start the fight."""
    root = phrase_head(report, start, end)
    return root is not None and root.dep_ == "nsubj" and _answers(report, root.head)


def _raised_doer(report: Report, root: Any, trigger: int) -> bool:
    """Whether a passive subject of hearsay is the doer of the active deed told after it: "Al Shabaab are reported
    to have struck Elwak" (not "two soldiers are reported to have been killed")."""
    verb, token = root.head, report.token_at(trigger)
    if token is None or verb.lemma_.lower() not in RAISING:
        return False
    deeds = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return any(
        token in deed.subtree
        and not any(c.dep_ in PASSIVE_MARKS for c in deed.children)
        for deed in deeds
    )


def _device_owner(report: Report, root: Any) -> bool:
    """Whether the words name whose explosive device went off, as a modifier of it: "a lorry hit a suspected
    al-Shabaab planted land mine", "an IS bomb exploded", "killed by an Al Shabaab IED" (`explosive_device` in
    roles.yaml; not a device someone else found or defused: "police defused an Al Shabaab bomb")."""
    devices = report.pattern("explosive_device")
    token = root
    while token.dep_ in NOUN_MODIFIERS and token.head.i != token.i:
        token = token.head
        if token.pos_ != "NOUN" or not devices.fullmatch(token.lower_):
            continue
        verb = token.head
        return (token.dep_ in SUBJECTS or token.dep_ == "pobj" and verb.lower_ in AGENT_PREPOSITIONS
                or token.dep_ in OBJECTS and report.pattern("mine_struck").fullmatch(verb.lemma_.lower())
                is not None)
    return False


def _weapon_owner(report: Report, root: Any) -> bool:
    """The owner completing a weapon that is a clause's subject with "of"/"de" struck with it: "un drone des forces
    armées nigériennes a frappé", "a helicopter gunship of the Malian army opened fire"."""
    weapon = _completed(root)
    if weapon is None or weapon.i == root.i or weapon.dep_ != "nsubj":
        return False
    return report.pattern("weapon_owned").fullmatch(weapon.lower_) is not None


def _told_dead(verb: Any) -> bool:
    """A verb that says its own subject is dead, as headlines do: "police officers feared dead", "three presumed
    dead" (not "police found him dead": the dead one is the object)."""
    return any(c.dep_ in ("oprd", "acomp") and c.lower_ == "dead" for c in verb.children) and not any(
        c.dep_ in OBJECTS for c in verb.children)


def _among(root: Any) -> Any:
    """The noun whose role the words take: the one they qualify ("an al Shabaab recruiter") or the group they are
    one of ("two militants, including a key TTP commander, were killed", "dont un chef du JNIM"), ."""
    while True:
        if root.dep_ in NOUN_MODIFIERS and root.head.i != root.i:
            root = root.head
        elif root.dep_ in {"pobj", "nmod"} and root.head.lower_ in INCLUDING and root.head.head.pos_ in GROUP_POS:
            root = root.head.head
        elif root.dep_ in {"nmod", "obl"} and any(c.lower_ in INCLUDING for c in root.children if c.dep_ == "case") \
                and root.head.pos_ in GROUP_POS:
            root = root.head
        else:
            return root


def _headline_patient(report: Report, root: Any, trigger: int) -> bool:
    """A noun that a past participle holding the trigger completes, as headlines tell what was done to it with no
    verb of their own: "2 Mungiki suspects killed by police", "Three herders shot dead near Isiolo", "Kenya : cinq
    policiers tués par un engin explosif" (the parse hangs a verbless headline's noun from a name or a place)."""
    token = report.token_at(trigger)
    verbless = root.dep_ == "ROOT" or root.dep_ != "pobj" and root.head.pos_ not in ("VERB", "AUX", "ADP")
    return token is not None and verbless and any(
        c.dep_ == "acl" and _past_participle(c) and token in c.subtree for c in root.children
    )


def _past_participle(token: Token) -> bool:
    return token.tag_ == "VBN" or (
        token.morph.get("VerbForm", []) == ["Part"] and token.morph.get("Tense", []) == ["Past"])


def _accused_of_complicity(report: Report, accuse: Any) -> bool:
    """Whether the verb of accusing has for its deed ("of"/"de" + verb) one of letting or helping others (roles.yaml
    `complicity`): "accuses the government of allowing the TTP to plan attacks", "accuse Kigali de soutenir"."""
    deeds = [g for c in accuse.children if c.lower_ in {"of", "de", "d'"} for g in c.children if g.pos_ == "VERB"]
    deeds += [c for c in accuse.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
              and any(m.lower_ in {"de", "d'"} for m in c.children if m.dep_ == "mark")]
    complicity = report.pattern("complicity")
    return any(complicity.fullmatch(d.lemma_.lower()) for d in deeds)


def _accusation(report: Report, root: Any, trigger: int) -> Any:
    """The verb of accusing the words are told under, beside the event ("soldiers burned houses, accusing residents
    of sheltering separatist fighters": no side of it), or None ("police accused of killing him" tells the event)."""
    token = report.token_at(trigger)
    if token is None:
        return None
    return next((a for a in root.ancestors if a.lemma_.lower() in ACCUSE and token not in a.subtree), None)


def _source_holding(report: Report, start: int, end: int) -> Attribution | None:
    """The source phrase of the sentence (`attribution.attributions`: "according to the police", "a-t-on appris
    auprès des autorités locales", "..., a rapporté la police") that holds the words, else None."""
    sentence = report.sentence_of(start)
    if sentence is None:
        return None
    start, end = start - sentence.start, end - sentence.start
    sources = _sources(sentence.text, report.language, report.clause_starts(sentence))
    return next((a for a in sources if a.start <= start and end <= a.end), None)


@lru_cache(maxsize=256)
def _sources(sentence: str, language: str, clauses: tuple[int, ...]) -> tuple[Attribution, ...]:
    return tuple(attributions(sentence, language, clauses))


def _spoken_for(report: Report, root: Any) -> bool:
    """Whether the words name only whom a source speaks for: "a spokesman for the army", "a police statement"
    reads "statement" (`speaker` in roles.yaml), "un porte-parole de l'armée"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"for", "of", "to", "from"}:
        noun = head.head
    elif root.dep_ in {"nmod", "obl", "obl:mod", "obl:arg"}:
        if not {c.lower_ for c in root.children if c.dep_ == "case"} & GENITIVE:
            return False
        noun = head
    else:
        return False
    return bool(report.pattern("speaker").fullmatch(noun.lemma_.lower()))


def _self_told(report: Report, trigger: int) -> bool:
    """Whether the event's verb has for subject a pronoun or "the group": the speaker's own group did it."""
    token = report.token_at(trigger)
    verb = report.governing_verb(trigger) if token is not None else None
    if verb is None:
        return False
    return any(
        c.dep_ == "nsubj" and (c.lower_ in SELF_PRONOUNS or c.lemma_.lower() in {"group", "groupe", "movement",
                                                                                "mouvement", "organisation"})
        for c in verb.children
    )


def told_aside(report: Report, start: int, end: int, trigger: int, state: bool) -> bool:
    """Whether the words are the subject of a clause beside the event rather than of the event: what happened
    before or after it ("an attack less than a day after Malian troops left their base", roles.yaml
    `aside_marks`), or, for a state force, coming to the scene or hunting the attackers ("un détachement des FAMa
    a été dépêché pour traquer les assaillants", `response`). A clause of before or after that tells violence
    itself ("died after gunmen opened fire") is the event's; one of a withdrawal or an arrest is not ("after
    the army withdrew, gunmen killed three")."""
    span = report.doc.char_span(start, end, alignment_mode="expand")
    token = report.token_at(trigger)
    if span is None or token is None:
        return False
    if _of_a_circumstance(report, span.root, token):
        return True
    root = span.root
    while root.dep_ in NOUN_MODIFIERS | {"nmod"} and root.head is not root:
        root = root.head  # "un détachement des FAMa"
    root = _accompanied(root)
    verb = root.head
    if root.dep_ not in SUBJECTS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if _temporal(report, verb) and token not in verb.subtree and (
            not any(start <= verb.idx < end for start, end in report.violent_spans) or _time_apart(verb)):
        return True
    if not state or not report.pattern("response").fullmatch(verb.lemma_.lower()):
        return False
    # "troops arrived after gunmen killed ten": the event is told in a clause of what came before; "combing the bush
    # to rescue the abducted victims": the trigger only names the people the force looks for
    return token not in verb.subtree or token.dep_ == "amod" or any(
        _temporal(report, clause) and token in clause.subtree for clause in verb.children
    )


def _accompanied(root: Any) -> Any:
    """The subject a force is joined to by "with" ("our men, together with the military, are combing the bush",
    "les gendarmes ratissent la zone avec l'armée"), which tells what the force does too; else `root`."""
    if root.dep_ == "pobj" and root.head.lower_ in ALONGSIDE:
        joined = root.head.head
    elif any(c.dep_ == "case" and c.lower_ in ALONGSIDE for c in root.children):
        joined = root.head
    else:
        return root
    if joined.dep_ in SUBJECTS:
        return joined  # "our men, together with the military,"
    return next((c for c in joined.children if c.dep_ in SUBJECTS), root)  # "... are combing ... with the army"


def _of_a_circumstance(report: Report, root: Any, trigger: Any) -> bool:
    """Whether the words complete a noun of what came before or after the event, no violence itself: "deux jours
    après le retrait de l'armée" (which the French parse may make the sentence's root), "after the army's
    withdrawal", "before the arrival of the troops"."""
    noun, violence = root, False
    while noun.dep_ in NOUN_MODIFIERS | {"nmod", "pobj", "prep"} and noun.head is not noun:
        noun = noun.head
        # the fighting a span of time is told of is violence too: "after two days of fighting with the army"
        violence = violence or any(start <= noun.idx < end for start, end in report.violent_spans)
        if noun.pos_ != "NOUN" or noun == trigger:
            continue
        marked = any(c.dep_ == "case" and report.pattern("aside_marks").fullmatch(c.lower_) for c in noun.children) \
            or noun.dep_ == "pobj" and report.pattern("aside_marks").fullmatch(noun.head.lower_) is not None
        if marked:
            return not violence
    return False


def _temporal(report: Report, verb: Any) -> bool:
    """A clause of what happened before or after: "after the troops left", "avant que les soldats n'arrivent" (which
    the French parse may attach as a conjunct: "tués lundi, deux jours après que les soldats ont quitté")."""
    return verb.dep_ in {"advcl", "conj"} and any(
        c.dep_ == "mark" and report.pattern("aside_marks").fullmatch(c.lower_) for c in verb.children
    )


def _time_apart(verb: Any) -> bool:
    """Whether a clause of before or after is told a span of time away from the event: "two days after troops
    killed four militants", "une semaine après que les soldats ont quitté": another event, whose sides are not
    this one's (with no span, "after gunmen opened fire", the clause may tell the event itself)."""
    return any(c.dep_ in TIME_SPAN_DEPS and c.lemma_.lower() in TIME_UNITS for c in verb.children)


def caught_by(report: Report, start: int, end: int, trigger: int) -> bool:
    """Whether the words are the subject of a verb of no violence with the trigger in a clause of the moment ("when",
    "lorsque") below it: what they were doing when the event struck them ("the rangers were travelling to the school
    when the bomb went off", "police officers were on patrol when their vehicle struck a landmine")."""
    root = phrase_head(report, start, end)
    token = report.token_at(trigger)
    if root is None or token is None or root.dep_ != "nsubj":
        return False
    verb = root.head
    if any(a <= verb.idx < b for a, b in report.violent_spans):
        return False
    while token != verb and token.head != token:
        if token.dep_ == "advcl" and verb in token.ancestors:
            opening = report.doc[token.left_edge.i: token.i].text
            if report.pattern("while_marks").match(opening):
                return True
        token = token.head
    return False


def _is_trigger(report: Report, token: Any) -> bool:
    return any(start <= token.idx < end for start, end in report.trigger_spans)


def only_tells(report: Report, start: int) -> bool:
    """Whether the words at `start` name only who told of the event: the subject of a reporting verb ("police said
    the families fought", "a member of the local defence force said"), not a side in it."""
    return _telling_verb(report, report.token_at(start)) is not None


def _telling_verb(report: Report, token: Any) -> Any:
    """The reporting verb whose subject the word is or belongs to ("police said", "a member of the PDF said"). A
    source told after the event (", a member of the PDF said.") may be parsed as an apposition the verb follows."""
    for _ in range(5):
        if token is None:
            return None
        if token.dep_ == "nsubj":
            return token.head if token.head.lemma_.lower() in _reporting(report) else None
        if token.dep_ == "appos" and token.right_edge.i + 1 < len(token.doc):
            verb = token.doc[token.right_edge.i + 1]
            told = verb.lemma_.lower() in _reporting(report) and not any(c.dep_ in SUBJECTS for c in verb.children)
            return verb if told else None
        if token.dep_ not in {"compound", "amod", "det", "poss", "pobj", "prep", "nmod"}:
            return None
        token = token.head
    return None


def _inverted_teller(report: Report, token: Any, source: Attribution | None) -> Any:
    """The reporting verb of a source told after it ("..., a rapporté la police": `Attribution.inverted`), which
    the parser may take for the verb's object; the verb has no subject of its own. Only when the clause it reports
    names its doer ("lynchés par une foule"): a passive with none ("dix terroristes ont été neutralisés, a indiqué
    l'armée") may be the speaker's own deed, which the conventions read from the speaker's kind."""
    sentence = report.sentence_of(token.idx)
    if source is None or not source.inverted or sentence is None:
        return None
    verb = report.token_at(sentence.start + source.cue)  # "a" of "a rapporté": the verb is its head
    while verb is not None and verb.dep_.startswith("aux") and verb.head is not verb:
        verb = verb.head
    if verb is None or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    told = verb.head  # with the verbs coordinated to it, which share its doer ("lynchés puis brûlés par une foule")
    doer = any(c.dep_ == "nsubj" or c.dep_ in AGENTS
               for v in (told, *(c for c in told.children if c.dep_ == "conj")) for c in v.children)
    return verb if doer else None


def _reported_own_deed(report: Report, verb: Any, trigger: int) -> str | None:
    """The role of a group that reports what it did itself: "the army said it killed ten militants", "Kenyan
    forces claim to have killed three", "le MSA a annoncé qu'il avait repoussé l'attaque", "l'armée affirme que ses
    unités ont neutralisé huit miliciens" (actor1); "police said they were attacked" (actor2). The reported clause
    holds the event's trigger and has no subject of its own but a pronoun or the group's own men. A group that
    reports someone else's deed ("the army said gunmen killed") has no role. The subject of a verb of saying that
    enacts its object did it: "authorities declared a curfew", "the army announced the arrest of ten suspects" (not
    "police confirmed the attack", "the government condemned the killing")."""
    token = report.token_at(trigger)
    if token is None:
        return None
    if token.head == verb and token.dep_ in OBJECTS and verb.lemma_.lower() in ENACTING:
        return "actor1"
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "xcomp"}:
            continue
        if token != clause and not (token.head == clause and token.dep_ in OBJECTS):
            continue  # the deed must be the reported verb or its object, not a clause below ("appeared to be")
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS_OR_IMPERSONAL]
        if not subjects:
            return "actor1" if clause.dep_ == "xcomp" else None
        subject = subjects[0]
        own = any(c.dep_ in {"poss", "det", "nmod:poss"} and c.lower_ in OWN for c in subject.children)
        if subject.lower_ not in SELF_PRONOUNS and not own:
            return None
        return "actor1" if subject.dep_ == "nsubj" else "actor2"
    return None


def partner(report: Report, start: int, end: int) -> bool:
    """Whether the words name whom a side acted with: the object of "with"/"avec" after a noun of partnership ("in
    coordination with the Federal Government", "a joint operation with Somali troops", "en coordination avec
    l'armée malienne")."""
    root = phrase_head(report, start, end)
    noun = None if root is None else _governor(root, {"with"}, {"avec"})
    if noun is None:
        return False
    partnership = report.pattern("partnership")
    return any(partnership.fullmatch(t.lemma_.lower()) for t in (noun, *(c for c in noun.children if c.dep_ == "amod")))


def phrase_head(report: Report, start: int, end: int) -> Token | None:
    """The noun the words at text[start:end] stand for in the parse, above their modifiers ("Civilian JTF members":
    members; "the BNP's activists": activists)."""
    span = report.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    while root.dep_ in NOUN_MODIFIERS and root.head is not root:
        root = root.head
    return root


def does_violence(report: Report, start: int, end: int, trigger: int) -> bool:
    """Whether the words are the subject of the verb that does the violence: the trigger's own verb or a verb
    above it ("Police kill a recruiter during a shootout"), but not a reporting or a repelling one ("the army
    repelled an attack")."""
    root = phrase_head(report, start, end)
    token = report.token_at(trigger)
    if root is None or token is None:
        return False
    verb = _agent_of(root)  # "killed by the police"
    if verb is None:
        if root.dep_ != "nsubj":
            return False
        verb = root.head
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _reporting(report):
        return root.dep_ == "nsubj" and _reported_own_deed(report, verb, trigger) == "actor1"
    if report.pattern("repel").fullmatch(lemma):
        return False
    return verb == token or token in verb.subtree


def agent_of_trigger(report: Report, start: int, end: int, trigger: int) -> bool:
    """Whether the words are the agent of the trigger's own passive verb ("a trader was shot dead by a police
    officer"): that clause tells who did the event, over a subject of a clause above it ("youths set fire to a
    police station after ...")."""
    root = phrase_head(report, start, end)
    token = report.token_at(trigger)
    if root is None or token is None:
        return False
    verb = _agent_of(root)
    return verb is not None and verb == token


def _reporting(report: Report) -> frozenset[str]:
    return role_words().reporting[report.language]
