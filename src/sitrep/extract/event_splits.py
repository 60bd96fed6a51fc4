"""One group of clauses told as several events, as ACLED codes them: civilians the attackers killed apart from
their fight with the forces, N bombings told in one breath in a large city, and one attack on several places.
`events.extract_article` calls these on each kept group; the discourse rules they read are `discourse.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.context import Group, Report, Unit
from sitrep.extract.dep_labels import OBJECTS, PASSIVE_AUX
from sitrep.extract.discourse import OBJECT_REACH, coordinated_places, discourse
from sitrep.extract.triggers import normalise, vocabulary

SHELLING = "Shelling/artillery/missile attack"
COUNTED = "type:counted"  # the rule of an event split off "two car bombs": its figures are the first one's


def split_civilian_killing(report: Report, group: Group) -> Group | None:
    """Civilians killed by the attackers apart from their fight with the forces ("as they fled, the terrorists
    killed 35 civilians") are an event of their own: ACLED codes the battle and the violence against
    civilians separately. Returns the new group (its clauses taken out of `group`), or None.

    Only in a battle that has a clause of its own about the forces; a stray bullet or crossfire killing
    civilians has no attacker as subject and stays in the battle, and so do civilians killed at the very place
    the forces were attacked with nothing telling the killing apart ("les assaillants ont tué 4 civils à
    Mondoro" after "les postes de Mondoro et de Boulkessi ont été attaqués").
    """
    if group.event_type != "Battles" or len(group.units) < 2:
        return None
    killers = [
        u
        for u in group.units
        if u is not group.lead and _attackers_kill_civilians(report, u) and not _at_battle_site(report, group, u)
    ]
    if not killers:
        return None
    counted = {
        id(u)
        for u in group.units
        if u.ctype.target == "civilian" and any(u.clause[0] <= c.start < u.clause[1] for c in report.counts)
    }
    moved = [u for u in group.units if u in killers or id(u) in counted]
    kept = [u for u in group.units if u not in moved]
    if not any(u.ctype.target in {"military", "armed_group"} or u.ctype.strength == "strong" for u in kept):
        return None
    group.units = kept
    return Group(moved, coded=("Violence against civilians", "Attack", "type:civilians-killed-apart"), parent=group)


def _at_battle_site(report: Report, group: Group, unit: Unit) -> bool:
    """The killing's sentence names only places the battle's other clauses name, and no word of `killed_apart`
    ("as they fled", "dans leur fuite", "afterwards") sets it after the fight."""
    text = normalise(report.article.text)
    a, b = unit.sentence.start, unit.sentence.end
    if discourse().apart[report.language].search(text, a, b):
        return False
    mine = {normalise(t.text).lower() for t in report.toponyms if a <= t.start < b}
    battle = {
        normalise(t.text).lower()
        for u in group.units
        if u is not unit
        for t in report.toponyms
        if u.clause[0] <= t.start < u.clause[1]
    }
    # The gazetteer may miss a name it found elsewhere in the report (before a closing quote mark).
    sentence = text[a:b].lower()
    named = {name for name in battle if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)}
    return bool(named) and mine <= battle


def _attackers_kill_civilians(report: Report, unit: Unit) -> bool:
    """An active killing verb whose subject is the attackers and whose object is civilians."""
    token = report.token_at(unit.ctype.hit.start)
    language = report.language
    if token is None or token.pos_ != "VERB" or token.lemma_.lower() not in discourse().killing_verbs[language]:
        return False
    # The French parser labels the subject of "ont assassiné" nsubj:pass; only a passive auxiliary ("ont été
    # tués", "were killed") makes the clause passive.
    if any(c.dep_ in PASSIVE_AUX for c in token.children):
        return False
    targets = vocabulary().targets[language]
    text = report.article.text
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    objects = [c for c in token.children if c.dep_ in OBJECTS]
    if not objects and any(c.dep_ == "nummod" for s in subjects for c in s.children):
        return False  # "2 raiders killed and 2 civilians killed": a toll the parse reads as active, no one killed
    subject_text = " ".join(" ".join(t.text for t in s.subtree) for s in subjects)
    if not targets["armed_group"].search(normalise(subject_text)):
        return False  # "clashes between herders and militiamen resulted in 16 killed": no one kills here
    after = normalise(text[token.idx + len(token.text) : token.idx + len(token.text) + OBJECT_REACH])
    return unit.ctype.target == "civilian" or bool(targets["civilian"].search(after))


# --- one event per place ------------------------------------------------------------------------------------


def split_counted(report: Report, group: Group, told: int) -> list[Group]:
    """ "L'explosion de deux véhicules piégés à Mogadiscio": N bombings or attacks told in one breath in a large
    city are N events (ACLED splits such a city into districts). `told` is how many events of the group's type
    the report already gives; the missing ones are told within the group (same clauses, date and place; the
    figures stay with it). Nothing when the place is a town: there ACLED codes one event per place and day, nor for
    a shelling, whose rounds ("we heard three loud explosions") are one barrage."""
    if group.sub_event_type == SHELLING:
        return []
    places = [t.place for t in group.places() if t.place is not None and t.place.feature_class == "P"]
    rules = discourse()
    if not places or not all(p.feature_code == "PPLC" or (p.population or 0) >= rules.large_city for p in places):
        return []
    pattern, numbers = rules.counted[report.language]
    text = normalise(report.article.text)
    said = [numbers[m.group(1).lower()] for u in group.units for m in pattern.finditer(text, *u.clause)]
    missing = max(said, default=0) - told
    return [
        Group([replace(u) for u in group.units], coded=(group.event_type, group.sub_event_type, COUNTED),
              parent=group)
        for _ in range(missing)
    ]


def split_coordinated_places(report: Report, group: Group) -> list[Group]:
    """ "Jihadists attacked the army camps of Mondoro and Boulkessi", "the assaults on the villages of X and
    Y": ACLED codes one event per location, so each further place of the clause is an event of its own, told
    within the first (same clauses, type, date and actors; the figures stay with the first). Returns the new
    groups, in the order the text names their places; the group keeps the first place. A place the gazetteer
    lacks leaves its event where the first one is (a village joined to it in one phrase lies nearby)."""
    for unit in group.units:
        places = coordinated_places(report, unit)
        if len(places) < 2:
            continue
        unit.place = places[0] if places[0].place is not None else None
        return [
            Group([replace(u, place=place if place.place is not None else u.place) for u in group.units],
                  coded=group.coded, parent=group)
            for place in places[1:]
        ]
    return []
