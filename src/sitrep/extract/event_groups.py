"""Which clauses tell one event: the grouping step of `events.py`.

A clause joins the group it fits that the text told last: same type, no clash of place, date or country, unless
its words announce another event ("a second blast", "une autre attaque", "attacked again" with a day of its own).
A group of bare "attack"/"killed" words with no figure of its own then folds into the event a specific trigger
reports (`fold_weak_groups`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.extract.context import ARMED, DEMONSTRATIONS, TERRITORY_CHANGES, VIOLENT, DateChoice, Group, Report, Unit
from sitrep.extract.crowd_types import armed_doer_before
from sitrep.extract.discourse import (
    announces_new_event,
    cared_for,
    died_of_wounds,
    discourse,
    in_pluperfect,
    repeated,
    title_line,
    told_victims,
    toll_only,
    toll_only_words,
)
from sitrep.extract.event_clashes import (
    country_clash,
    date_clash,
    lead_date_clash,
    named_as_region,
    new_place,
    opening_day_clash,
    place_clash,
    place_key,
    town_named,
)
from sitrep.extract.event_dates import SAME_DAY, same_day
from sitrep.extract.targets import PASSIVE, PASSIVE_AGENT, killing_end, target_class
from sitrep.extract.triggers import normalise, vocabulary, word_pattern
from sitrep.extract.vocabulary import lang
from sitrep.models import Toponym

ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "l'", "la", "le", "les", "cette", "ce", "ces", "cet"}
# A day as possessive determiner makes the noun definite: "Saturday's blast" is the blast already told.
DAY_POSSESSIVES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"
}
# An indefinite article and at most two words ("une double attaque", "a deadly suicide attack") before a trigger.
INDEFINITE = re.compile(r"(?<!\w)(?:an?|another|une?|des|une autre|un autre)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
INDEFINITE_REACH = 40
ABDUCTION = "Abduction/forced disappearance"
ARRESTS = "Arrests"
KILLING_OVER_ABDUCTION = "type:killing-over-abduction"
ATTACK = "Attack"
CIVILIANS_HIT = "Violence against civilians"
ARREST_REACH = 2  # sentences after an arrest where violence with no attacker of its own is how it went
OPENING = 2  # the title and the lead: an "again" there qualifies the report's own event
CROWD_REACH = 2  # sentences after a demonstration where "they" who fight are still its crowd
CROWD_PRONOUNS = {"they", "ils", "elles"}
RAID_REACH = 2  # sentences after a raid on civilians where "the gunmen also ..." is still that raid
ATTACKER_PRONOUNS = {"he", "she", "they", "il", "elle", "ils"}
WEEKDAY_RULES = {"date:weekday", "date:last-weekday"}  # dates_*.yaml: one weekday named alone ("on Sunday", "samedi")


def group_units(units: list[Unit], report: Report) -> list[Group]:
    """Clauses about one event (same type; no clash of place or date) become one group, in text order.

    A bare "attack"/"blast" clause joins the group it fits that the text told last (the event the report is
    telling when the clause comes, not the one it began last); a clause with its own specific trigger and a
    different sub-type, place or date starts a new event.
    """
    groups: list[Group] = []
    for unit in units:
        recent = sorted(groups, key=lambda g: g.units[-1].clause[0], reverse=True)
        if unit.date is not None and unit.date.rule == SAME_DAY:
            unit.date = same_day(report, recent[0] if recent else None, unit.date)
        fitting = [g for g in recent if _fits(g, unit, report)]
        if not unit.antecedent:
            # "was beaten to death by residents after he assaulted a boy. The date of the attack is not known": what
            # led to the news ("assaulted") is not the story the report goes on telling, unless named again ("after
            # an ambush on Monday ... The ambush killed four soldiers").
            fitting = [g for g in fitting if not g.antecedent or _named_again(report, g, unit)] or fitting
        if unit.ctype.strength == "weak" and unit.ctype.hit.sub.name == "generic":
            # A bare killing word ("accused the police of killing a demonstrator") told after a violent event and an
            # arrest is that violence told again, not how the arrest went (`_after_arrest`: when nothing else is).
            fitting = [g for g in fitting if g.event_type in VIOLENT] or fitting
        same_type = [g for g in fitting if g.event_type == unit.ctype.event_type]
        target = (same_type or fitting or [None])[0]
        if target is None:
            groups.append(Group([unit]))
            continue
        if toll_only(report, unit) and (place_clash(target, unit) or died_of_wounds(report, unit)):
            unit.place = None  # where the wounded were taken or died, not where the event happened
        if _restated(report, target, unit):
            # The day the report first gave the event stays its date; the town it names again is its place.
            unit.date, unit.place = None, town_named(report, target, unit)
        if _answered_attack(report, target, unit):
            # "shot dead by police after stabbing an officer": the man attacked the force, which answered (ACLED:
            # an armed clash), whatever the clauses' own types.
            target.coded = ("Battles", "Armed clash", "type:attack-on-forces-answered")
        same_raid = _same_raid(report, target, unit)  # before the append: its reach is from the group's last clause
        target.units.append(unit)
        if same_raid and unit.ctype.sub_event_type == ATTACK:
            # "abducted 40 worshippers ... the gunmen also shot dead two people": people killed in the raid make
            # it an attack (ACLED codes an abduction only when it is the main act), as within one clause.
            target.coded = (unit.ctype.event_type, ATTACK, KILLING_OVER_ABDUCTION)
        elif unit.ctype.sub_event_type == ABDUCTION and target.event_type == CIVILIANS_HIT and (
            (same_raid and any(u.ctype.sub_event_type == ATTACK for u in target.units[:-1]))
            or _killing(report, target.units[0])
        ):
            # "Six civilians were killed by the gunmen ... The attackers also abducted three women", "Douze pêcheurs
            # ont été tués ... Trois jeunes ont été emmenés": the raid's killing, told first, stays its main act
            # whatever the abduction's stronger trigger (ACLED codes an abduction only when it is the main act). Not
            # when the event opens with the taking ("took 41 foreigners hostage and killed two"): a hostage-taking.
            target.coded = (CIVILIANS_HIT, ATTACK, KILLING_OVER_ABDUCTION)
        if target.sub_event_type == ARRESTS and unit.ctype.event_type in ARMED:
            # "Police arrested seven suspects. Two others were shot dead while trying to escape": violence
            # outranks the arrest told with it, across sentences as within one.
            target.coded = (unit.ctype.event_type, unit.ctype.sub_event_type, "type:violence-with-arrest")
    return groups


def _killing(report: Report, unit: Unit) -> bool:
    """An attack on civilians whose clause tells people killed ("twelve fishermen were killed in an attack")."""
    a, b = unit.clause
    return unit.ctype.sub_event_type == ATTACK and killing_end(report.article.text[a:b], report.language) is not None


def _named_again(report: Report, group: Group, unit: Unit) -> bool:
    """The clause's trigger is a word of the group's triggers again ("an ambush" ... "the ambush")."""
    def lemma(u: Unit) -> str | None:
        token = report.token_at(u.ctype.hit.start)
        return token.lemma_.lower() if token is not None else None

    return lemma(unit) in {lemma(u) for u in group.units}


def _fits(group: Group, unit: Unit, report: Report) -> bool:
    ctype = unit.ctype
    if announces_new_event(report, unit) or _came_again(report, group, unit) or _told_apart(report, group, unit):
        return False
    if _introduced(report, group, unit):
        return False
    if group.event_type in DEMONSTRATIONS and ctype.event_type in ARMED and armed_doer_before(
        report.article.text, ctype.hit.start, report.language
    ):
        return False  # "Gunmen stopped two buses. They opened fire": the gunmen's violence, not a crowd's
    if _answered_attack(report, group, unit):
        return True
    if group.event_type in VIOLENT and ctype.event_type in VIOLENT and _result_of(report, group, unit):
        return True
    if _crowd_fights_on(report, group, unit) and not date_clash(group, unit):
        return True
    if group.event_type in VIOLENT and refers_back(report, unit) and not date_clash(group, unit):
        # "the attack", "cette frappe a tué": the event already told, whatever place it names next; but "l'attaque
        # du camp de Ménaka le mardi 17 janvier" dated another day is another attack.
        return True
    if group.event_type in VIOLENT and ctype.event_type in VIOLENT and _restated(report, group, unit):
        return True
    if group.event_type in VIOLENT and toll_only(report, unit) and (
        not date_clash(group, unit) or told_victims(report, unit) or cared_for(report, unit)
        or died_of_wounds(report, unit)
    ):
        return True  # "10 morts et 13 blessés, évacués sur Gao": figures of the event told before
    if (
        (place_clash(group, unit) and not named_as_region(report, group, unit))
        or date_clash(group, unit)
        or lead_date_clash(report, group, unit)
        or country_clash(report, group, unit)
    ):
        return False
    if group.sub_event_type == ARRESTS and ctype.event_type in ARMED:
        return _after_arrest(report, group, unit)
    weak_generic = ctype.strength == "weak" and ctype.hit.sub.name == "generic"
    if weak_generic and ctype.target is None:
        return group.event_type in VIOLENT
    if {ctype.event_type, group.event_type} <= DEMONSTRATIONS:
        return True  # the protesters "burned tyres" or "rioters clashed": the same demonstration, now violent
    if ctype.event_type != group.event_type:
        if weak_generic:
            # A bare "killed"/"attack" clause with another target is the same event told again, unless it
            # says who did it and how many died ("the assailants killed 35 civilians as they fled"), or comes
            # "hours later" (the jihadists who killed farmers then attacked a post: a second event that day).
            later = _opens_same_day(report, unit)  # its date is the group's now
            return group.event_type in VIOLENT and not own_event(report, unit) and not later
        # A specific trigger of another type, with no place or date of its own (the group's place is not its
        # own), outside the opening, tells a detail of the event ("fierce clashes continued at the site",
        # "witnesses heard an explosion at the hotel").
        own = unit.date is not None or new_place(group, unit) or unit.sentence.index <= 1
        return group.event_type in VIOLENT and ctype.event_type in VIOLENT and not own
    if ctype.strength == "strong" and group.strong and ctype.sub_event_type != group.sub_event_type:
        taken_in_raid = ctype.sub_event_type == ABDUCTION and group.type_rule == KILLING_OVER_ABDUCTION
        if taken_in_raid or _same_raid(report, group, unit):
            return True
        return group.event_type not in {"Explosions/Remote violence", "Violence against civilians"}
    return True


def _result_of(report: Report, group: Group, unit: Unit) -> bool:
    """ "A car bomb exploded near a police station, killing four officers", "ont attaqué la ville, tuant cinq
    civils": a participle hanging off a trigger verb of the group in the same sentence tells what that event did,
    wherever the clause's own words seem to place it."""
    token = report.token_at(unit.ctype.hit.start)
    if token is None or not _present_participle(token) or token.dep_ not in {"advcl", "xcomp", "conj"}:
        return False
    head = token.head
    return any(
        u.sentence.index == unit.sentence.index and u.clause[0] <= head.idx < u.clause[1] for u in group.units
    )


def _crowd_fights_on(report: Report, group: Group, unit: Unit) -> bool:
    """ "Workers held a march. They clashed with cops after being arrested": fighting that the sentences right
    after a demonstration tell of "they", or of the forces and no armed group ("Police shot dead three people who
    were looting", "two people were shot dead in clashes with police"), with no day or place of its own, is what
    its crowd did or met (ACLED: one event, typed over the whole episode), not a battle of its own."""
    if group.event_type not in DEMONSTRATIONS or unit.ctype.event_type not in ARMED or _own_day_or_place(unit):
        return False
    if not 0 < unit.sentence.index - max(group.sentence_indexes) <= CROWD_REACH:
        return False
    return _forces_without_armed_group(report, unit) or _crowd_pronoun_fights(report, unit)


def _forces_without_armed_group(report: Report, unit: Unit) -> bool:
    """The clause's sentence names the forces and no armed group ("gunmen", "raiders")."""
    targets = vocabulary().targets[lang(report.language)]
    told = normalise(unit.sentence.text)
    return bool(targets["military"].search(told)) and not targets["armed_group"].search(told)


def _crowd_pronoun_fights(report: Report, unit: Unit) -> bool:
    token = report.token_at(unit.ctype.hit.start)
    while token is not None and token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children):
        token = token.head  # "They threw stones and clashed with police": the subject of the first verb
    return token is not None and any(c.dep_ == "nsubj" and c.lower_ in CROWD_PRONOUNS for c in token.children)


def _same_raid(report: Report, group: Group, unit: Unit) -> bool:
    """ "Bandits stormed a mosque and abducted 40 worshippers. A resident said the gunmen also shot dead two people
    who tried to flee": violence against civilians that the attackers already told ("the gunmen", "they") "also"
    did, right after and with no day or place of its own, is the same raid (ACLED: one event per day, place and
    pair of actors), whatever its sub-type. Not the forces ("the police also shot dead two"): another actor."""
    if group.event_type != CIVILIANS_HIT or unit.ctype.event_type != CIVILIANS_HIT or _own_day_or_place(unit):
        return False
    if not 0 <= unit.sentence.index - max(group.sentence_indexes) <= RAID_REACH:
        return False
    words = discourse().also.get(report.language)
    a, b = unit.clause
    if words is None or not words.search(report.article.text, a, b):
        return False
    token = report.token_at(unit.ctype.hit.start)
    subjects = [c for c in token.children if c.dep_ == "nsubj" or _active_subject(c)] if token is not None else []
    return any(
        s.lower_ in ATTACKER_PRONOUNS
        or (
            s.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in s.children)
            and target_class(s.text, report.language) != "military"
        )
        for s in subjects
    )


def _active_subject(token: Token) -> bool:
    """A French subject the small model labels passive though its verb takes "avoir" ("Les assaillants ont
    également enlevé trois femmes": nsubj:pass of "enlevé"); a passive is built with "être"."""
    verb = token.head
    return token.dep_ == "nsubj:pass" and any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in verb.children)


def _present_participle(token: Token) -> bool:
    if token.tag_ == "VBG":
        return True
    return token.morph.get("VerbForm") == ["Part"] and token.morph.get("Tense") == ["Pres"]


def _after_arrest(report: Report, group: Group, unit: Unit) -> bool:
    """Violence told in the sentences right after an arrest, by no attacker of its own ("Two others were shot dead
    while trying to escape", "the other three were found dead the next day, all shot in the head"), is how the
    arrest went."""
    after = unit.sentence.index - max(group.sentence_indexes)
    if not 0 < after <= ARREST_REACH or unit.antecedent:
        return False
    if report.search("unidentified", unit.sentence.start, unit.sentence.end):
        return False  # "Separately, gunmen killed a trader"
    # someone died or was hurt: "were allegedly planning a terror attack" tells no violence
    a, b = unit.clause
    return toll_only_words(report, unit.ctype.hits) or any(a <= c.start < b for c in report.counts)


def fold_weak_groups(groups: list[Group], report: Report) -> list[Group]:
    """A group of bare "attack"/"killed" words with no figure of its own (a title, a passing mention) is the
    event a specific trigger reports, when place and date allow: it joins the first such group."""
    kept: list[Group] = []
    for group in groups:
        host = None
        # A headline has its own subject and figure yet sums up the body's event, when it names no other place.
        own = any(own_event(report, u) for u in group.units)
        title_only = all(title_line(report, u) for u in group.units)
        headline = own and title_only
        if not group.strong and not announced(report, group) and (not own or headline):
            host = next(
                (
                    g
                    for g in groups
                    if g is not group
                    and g.strong
                    and g.event_type in ARMED
                    and group.event_type in ARMED
                    and not any(
                        place_clash(g, u) or date_clash(g, u) or country_clash(report, g, u) for u in group.units
                    )
                    and not _came_again(report, g, group.units[0])
                    and not any(_told_apart(report, g, u) for u in group.units)
                    and not _came_again(report, group, g.units[0])
                    and not any(opening_day_clash(report, group, d.value) for d in g.dates() if d.value)
                    and not (
                        (_opens_same_day(report, g.units[0]) or announced(report, g))
                        and g.units[0].clause[0] > group.units[0].clause[0]
                    )
                    and not (headline and _other_town(report, g, group))
                    and not _told_as_earlier(report, g, group)
                ),
                None,
            )
        if host is None and title_only:
            host = _change_told_in_body(report, groups, group)
            headline = host is not None
        crowd = _crowd_of_its_sentence(report, groups, group) if host is None else None
        if crowd is not None:
            crowd.units = crowd.units + group.units  # after the crowd's clauses: its words decide the type
        elif host is None:
            kept.append(group)
        elif headline:
            host.units = host.units + group.units  # after the body's clauses: the body's words decide the type
        else:
            host.units = sorted(host.units + group.units, key=lambda u: u.clause[0])
    return kept


def _told_as_earlier(report: Report, host: Group, group: Group) -> bool:
    """ "L'armée a repoussé dans la nuit de jeudi à vendredi une attaque ... La semaine dernière, des éléments de
    Boko Haram avaient enlevé quatre pêcheurs": a host told in the pluperfect by its week or month only lies before
    the day the group tells in another tense; that the day falls within its period makes them no one event."""
    periods = host.dates()
    if not periods or any(d.precision == 1 for d in periods) or not all(in_pluperfect(report, u) for u in host.units):
        return False
    return any(
        u.date is not None and u.date.precision == 1 and not in_pluperfect(report, u) for u in group.units
    )


def _crowd_of_its_sentence(report: Report, groups: list[Group], hurt: Group) -> Group | None:
    """The demonstration or riot told in the sentence of bare harm words no armed group did ("a man was shot after
    police clashed with squatters", "three were shot dead when police fired on a mob that had stormed the station"):
    the harm is that crowd event's toll, not an attack of its own (ACLED: one event per crowd episode, typed over
    it). Harm told as what led to the crowd's act ("youths burned a police station after a trader was shot dead by
    an officer") is an event of its own."""
    if hurt.strong or hurt.event_type not in ARMED or hurt.antecedent or announced(report, hurt):
        return None
    if any(u.ctype.hit.sub.name != "generic" for u in hurt.units):
        return None
    armed = vocabulary().targets[lang(report.language)]["armed_group"]
    if any(armed.search(normalise(u.sentence.text)) for u in hurt.units):
        return None  # "three marchers were killed when gunmen opened fire on the procession": the gunmen's attack
    sentences = hurt.sentence_indexes
    return next(
        (g for g in groups if g is not hurt and g.event_type in DEMONSTRATIONS and sentences <= g.sentence_indexes),
        None,
    )


def _change_told_in_body(report: Report, groups: list[Group], headline: Group) -> Group | None:
    """The body's group telling the change of hands a headline sums up ("Somali forces retake town from
    Al-Shabaab" over "recaptured the town ... after the militants withdrew without a fight"): the body says how the
    place was taken, which a headline's verb cannot (ACLED: a transfer with no fighting is no battle)."""
    if headline.sub_event_type not in TERRITORY_CHANGES:
        return None
    return next(
        (
            g
            for g in groups
            if g is not headline
            and g.sub_event_type in TERRITORY_CHANGES
            and not any(place_clash(g, u) or date_clash(g, u) for u in headline.units)
            and not _other_town(report, g, headline)
        ),
        None,
    )


def summaries_told_apart(groups: list[Group], report: Report) -> list[Unit]:
    """ "Around 30 people were killed in two separate attacks. On Saturday gunmen killed 18 soldiers ... On Sunday
    12 militiamen were killed": a clause giving one toll for several attacks (`CountMention.events`) sums up
    events the report then tells one by one, each with its own toll. ACLED codes each attack's own figure and
    divides the sum only when nothing better is reported, so the sum is no clause of any of them."""
    found = []
    for group in groups:
        for unit in group.units:
            a, b = unit.clause
            attacks = max((c.events for c in report.counts if c.kind == "killed" and a <= c.start < b), default=1)
            later = [g for g in groups if g.event_type in VIOLENT and _own_toll_after(report, g, unit)]
            if attacks > 1 and len(later) >= attacks:
                found.append(unit)
    return found


def _own_toll_after(report: Report, group: Group, summary: Unit) -> bool:
    """A clause of the group, told after the summary's sentence, holds a killed figure of its own."""
    return any(
        u.sentence.index > summary.sentence.index and any(
            c.kind == "killed" and not c.included and u.clause[0] <= c.start < u.clause[1] for c in report.counts)
        for u in group.units
    )


def _other_town(report: Report, host: Group, headline: Group) -> bool:
    """The headline names a town the body's event is not placed at ("Gunmen kill five herders in Garissa" over a
    strike near Kismayo): it tells another event. Only the headline clauses' own towns count: "Gunmen execute a spy
    in Jilib; drone strike kills five near Jamaame" names Jilib for its other event."""
    theirs = {place_key(t) for t in host.places()}
    return any(
        t.place is not None and t.place.feature_class == "P" and place_key(t) not in theirs
        for t in report.toponyms
        if any(u.clause[0] <= t.start < u.clause[1] for u in headline.units)
    )


def _opens_same_day(report: Report, unit: Unit) -> bool:
    """The clause is dated "le même jour", "the same day", "hours later": another event than the one told before
    it ("Une vingtaine de civils ont été tués mercredi ... Le même jour, deux soldats ont été tués par l'explosion
    d'un engin"), which therefore is no passing mention of it. (Its own date is by then the earlier event's.)"""
    a, b = unit.clause
    return any(d.rule == SAME_DAY and a <= d.start < b for d in report.dates)


def _told_apart(report: Report, group: Group, unit: Unit) -> bool:
    """One sentence tells the clause's event and, as what led to it, the group's ("following an IED attack the
    day before, forces raided the village"), or the other way round: two events. Fighting of the same type with
    no day or place of its own, after news that gives its own toll, is how that event began ("police shot dead
    three robbers after they opened fire on officers": one armed clash)."""
    return any(
        u.sentence.index == unit.sentence.index
        and u.antecedent != unit.antecedent
        and not _how_it_began(report, *((u, unit) if u.antecedent else (unit, u)))
        for u in group.units
    )


def _how_it_began(report: Report, before: Unit, news: Unit) -> bool:
    a, b = news.clause
    same_type = (
        before.ctype.event_type == news.ctype.event_type
        and before.clause[0] >= b
        and not _own_day_or_place(before)
        and any(a <= c.start < b for c in report.counts)
    )
    return same_type or _began_by_attacking_forces(report, before, news) or _one_crowd(before, news)


def _one_crowd(before: Unit, news: Unit) -> bool:
    """ "Police shot dead two protesters on Wednesday after demonstrators threw stones at officers and burned
    tyres": a demonstration told as what led to the demonstration news (the crowd's own violence, the forces'
    answer to it), after the news and with no day or place of its own, is the same crowd on the same day (ACLED:
    one demonstration event per day and place, typed over the whole episode)."""
    types = {before.ctype.event_type, news.ctype.event_type}
    return types <= DEMONSTRATIONS and before.ctype.hit.start >= news.clause[1] and not _own_after(before, news)


def _answered_attack(report: Report, group: Group, unit: Unit) -> bool:
    """The clause tells how the group's killing began, or the other way round (`_began_by_attacking_forces`)."""
    return any(
        u.sentence.index == unit.sentence.index
        and u.antecedent != unit.antecedent
        and _began_by_attacking_forces(report, *((u, unit) if u.antecedent else (unit, u)))
        for u in group.units
    )


def _began_by_attacking_forces(report: Report, before: Unit, news: Unit) -> bool:
    """The news' toll, then the earlier violence after it with no day or place of its own: see `_attacked_forces`."""
    a, b = news.clause
    return (
        before.ctype.hit.start >= b
        and not _own_after(before, news)
        and any(a <= c.start < b for c in report.counts)
        and _attacked_forces(report, before, news)
    )


def _own_after(before: Unit, news: Unit) -> bool:
    """The earlier event's date or place is read in its words after the news clause (its own, not the news')."""
    after = (max(news.clause[1], before.ctype.hit.start), before.clause[1])
    return any(x is not None and after[0] <= x.start < after[1] for x in (before.date, before.place))


def _attacked_forces(report: Report, before: Unit, news: Unit) -> bool:
    """"A man was shot dead by police after stabbing an officer", "after he hurled a grenade at the officers":
    the earlier violence hit the forces and was done by the one the news kills (a verb with no subject of its own,
    or "he", "she", "they"); the news is that force's answer, one episode."""
    if before.ctype.target != "military" or news.ctype.event_type not in {"Battles", "Violence against civilians"}:
        return False
    token = report.token_at(before.ctype.hit.start)
    while token is not None and token.pos_ != "VERB" and token.head is not token:
        token = token.head  # "hurled a hand grenade": the verb the weapon hangs from
    if token is None or token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return all(c.lower_ in ATTACKER_PRONOUNS for c in subjects)


def _own_day_or_place(unit: Unit) -> bool:
    return _in_own_clause(unit, unit.date) or _in_own_clause(unit, unit.place)


def _in_own_clause(unit: Unit, found: DateChoice | Toponym | None) -> bool:
    """The date or place was read in the clause's own words, not lent by the sentence or the report."""
    return found is not None and unit.clause[0] <= found.start < unit.clause[1]


def refers_back(report: Report, unit: Unit) -> bool:
    """The clause is about an event already told: its sentence claims responsibility, or its trigger (or the
    subject of its trigger verb) is an event noun with a definite, demonstrative or day determiner ("the attack",
    "cette frappe a tué", "Saturday's blast")."""
    if report.search("claim", unit.sentence.start, unit.sentence.end):
        return True  # a claim of responsibility is about an event the report has told
    return definite_event(report, unit)


def definite_event(report: Report, unit: Unit, nouns_of: str = "anaphora") -> bool:
    """The trigger, the subject of the trigger verb, or the event its victims died in is an event noun (of the
    `nouns_of` word list) with a definite, demonstrative or day determiner."""
    token = report.token_at(unit.ctype.hit.start)
    if token is None:
        return False
    # The trigger noun, the subject of the trigger verb, or the event the verb's victims died in ("were
    # killed in the attack", "ont été tués dans ces deux attaques").
    nouns = [token] if token.pos_ in {"NOUN", "PROPN"} else [c for c in token.children if c.dep_ == "nsubj"]
    if token.pos_ == "VERB":
        nouns += [c for c in token.children if c.dep_ in {"obl", "obl:mod", "nmod"}]
        nouns += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "during"} for g in c.children
                  if g.dep_ == "pobj"]
    anaphora = word_pattern(nouns_of, report.language)
    return any(
        anaphora.fullmatch(normalise(noun.text)) and _determined(noun) for noun in nouns
    )


def _determined(noun: Token) -> bool:
    """The noun has a definite, demonstrative or day determiner ("the attack", "cette frappe", "Saturday's blast")."""
    return any(
        (c.dep_ == "det" and normalise(c.lower_) in ANAPHORIC_DETERMINERS)
        or (c.dep_ == "poss" and c.lower_ in DAY_POSSESSIVES)
        for c in noun.children
    )


def _restated(report: Report, group: Group, unit: Unit) -> bool:
    """The clause tells again the event the group placed at the same town, dated a day off ("killed on Tuesday
    in an attack in X" ... "On 25 December, terrorists attacked the detachment of X"): one attack the report
    dates two ways (a night across midnight, a weekday and a date that disagree), unless its sentence says the
    fighting came again or went on, announces another attack, or names another town."""
    if unit.date is None or unit.date.value is None or unit.date.precision != 1:
        return False
    days = [d.value for d in group.dates() if d.precision == 1 and d.value is not None]
    if not days or any(abs((unit.date.value - day).days) > 1 for day in days):
        return False
    if announces_new_event(report, unit) or repeated(report, unit) or place_clash(group, unit):
        return False
    if _weekdays_apart(group, unit):
        return False
    town = town_named(report, group, unit)
    if town is None:
        return False
    # "Avec l'attaque du camp de Ménaka le 17 janvier, la peur s'était installée à Tessalit": another town
    # in the clause may be where its attack was.
    a, b = unit.clause
    return not any(
        a <= t.start < b and t.place is not None and t.place.feature_class == "P" and place_key(t) != place_key(town)
        for t in report.toponyms
    )


def _weekdays_apart(group: Group, unit: Unit) -> bool:
    """ "killed five civilians in a raid on Chai on Saturday" ... "On Sunday, troops caught up with the insurgents south
    of Chai and killed six": another kind of event on a weekday of its own, the group's day named by a weekday of its
    own too, is another day's event (ACLED: one event per day), not the raid dated two ways. A night across midnight
    names both days in one phrase ("dans la nuit de samedi à dimanche"); "three more bodies were found on Sunday"
    tells the raid's own toll."""
    assert unit.date is not None
    return (
        unit.ctype.event_type != group.event_type
        and unit.date.rule in WEEKDAY_RULES
        and any(u.date is not None and u.date.rule in WEEKDAY_RULES and u.date.value != unit.date.value
                for u in group.units)
    )


def _came_again(report: Report, group: Group, unit: Unit) -> bool:
    """ "Les rebelles se sont engagés à nouveau ... le 24 janvier": past the opening, a dated clause whose sentence
    says the attackers came again is another event than the undated one told before it (which had no day to
    clash with). Not when that one named a weekday the day fits ("ont attaqué mardi Aguelhoc" ... "Le mardi 24
    janvier, la localité a été une fois encore attaquée": again after last week's attack, and this is it)."""
    dated = unit.date is not None and unit.date.value is not None
    if not dated or report.in_opening(unit.sentence, OPENING) or group.dates() or not repeated(report, unit):
        return False
    return not _weekday_fits(group, unit)


def _weekday_fits(group: Group, unit: Unit) -> bool:
    """The undated group named a day ("mardi", "dimanche soir") that the clause's date fits: the same day told."""
    said = [u.date.partial for u in group.units if u.date is not None and u.date.partial is not None]
    return bool(said) and all(p.fits(unit.date.value) for p in said)  # type: ignore[union-attr, arg-type]


def _introduced(report: Report, group: Group, unit: Unit) -> bool:
    """ "Jeudi dernier, une double attaque ... a fait 49 morts" after an undated lead: past the opening, a dated
    event noun with an indefinite article introduces another event than the undated one told before it (told
    again, an event takes a definite article: "l'attaque a eu lieu jeudi")."""
    dated = unit.date is not None and unit.date.value is not None
    if not dated or report.in_opening(unit.sentence, OPENING) or group.dates() or _weekday_fits(group, unit):
        return False
    hit = unit.ctype.hit
    token = report.token_at(hit.start)
    if token is None or token.pos_ not in {"NOUN", "PROPN", "ADJ"}:  # the French parser may tag it an adjective
        return False
    before = normalise(report.article.text[max(unit.clause[0], hit.start - INDEFINITE_REACH) : hit.start])
    return bool(INDEFINITE.search(before))


def own_event(report: Report, unit: Unit) -> bool:
    """An active violence verb with its own subject (a noun, not "they") and its own figure in the clause; not the
    claimant's count of its kills ("the group said its fighters had killed 15 soldiers"), a claim of the event told."""
    token = report.token_at(unit.ctype.hit.start)
    if token is None or token.pos_ != "VERB":
        return False
    has_subject = any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in token.children)
    a, b = unit.clause
    return has_subject and any(a <= c.start < b and not c.claimed for c in report.counts)


def protest_named_again(report: Report, unit: Unit) -> bool:
    """The clause's trigger is a demonstration noun of `crowd_anaphora` with a definite or demonstrative article
    before it ("The sit-in came after", "La manifestation faisait suite à"): the protest already told. Read on the
    words, not the parse, which splits "sit-in" ("Le sit - in", parsed as three words of no noun phrase)."""
    hit = unit.ctype.hit
    before = report.article.text[max(unit.clause[0], hit.start - INDEFINITE_REACH) : hit.start]
    article = re.search(r"(?:^|\s)([\w']+)\s*$", normalise(before))
    return bool(
        word_pattern("crowd_anaphora", report.language).fullmatch(normalise(hit.text))
        and article is not None
        and article.group(1).lower() in ANAPHORIC_DETERMINERS
    )


def protest_told_again(report: Report, group: Group, main: Group) -> bool:
    """ "Police tear-gassed marchers in Nairobi on Tuesday ... In Kitengela, the protest turned violent", "À Uvira,
    la marche a dégénéré": a demonstration with no day of its own that names the protest with a definite article
    (`crowd_anaphora`) after the report's main event, a demonstration, is that protest where it went on: its day."""
    return (
        group is not main
        and {group.event_type, main.event_type} <= DEMONSTRATIONS
        and min(main.sentence_indexes) < group.lead.sentence.index
        and definite_event(report, group.lead, "crowd_anaphora")
    )


def announced(report: Report, group: Group) -> bool:
    """ "A second blast struck the district two hours later": the report tells it as an event of its own."""
    return group.event_type in VIOLENT and announces_new_event(report, group.units[0])


def killed_at_a_demonstration(report: Report, group: Group, groups: list[Group]) -> bool:
    """ "Police fired tear gas at protesters in the capital on Tuesday. At least two people were shot dead in
    Kitengela, a rights group said": in a report that opens with a demonstration, people killed by no one named, on
    no day of their own, within CROWD_REACH sentences after it, died at that day's demonstration in the place the
    clause names (ACLED: one demonstration event per location, its deaths the force's excessive force)."""
    if group.event_type != CIVILIANS_HIT or not groups or groups[0].event_type not in DEMONSTRATIONS:
        return False
    first = min(group.sentence_indexes)
    if not 0 < first - max(groups[0].sentence_indexes) <= CROWD_REACH:
        return False
    if any(u.ctype.strength != "weak" or u.ctype.hit.sub.name != "generic" or _in_own_clause(u, u.date)
           for u in group.units):
        return False
    text, lead = report.article.text, group.lead
    # "gunmen shot dead two people", "were shot dead by unknown attackers": someone named did it
    return bool(PASSIVE.search(text, lead.clause[0], lead.ctype.hit.start)
                and not PASSIVE_AGENT.match(text, lead.ctype.hit.end))
