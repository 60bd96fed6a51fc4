"""Code one report's events as an ACLED coder would: find them, type them, tell news from background, order them.

sentences -> clauses with triggers (event_units.py)      "a raid that killed 49 troops as well as a blast"
clause -> background? (background.py)                     "a month after two attacks killed 40 soldiers"
clauses -> groups: same type, no clash of place or date   one group = one event mention
groups -> supported, strategic only when nothing violent  noise articles give nothing
groups -> salience order, background by date              the first is the report's main event
group -> EventMention: date, place, actors, counts        event_dates/places/counts.py, roles.py
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from sitrep import geo
from sitrep.extract.actors import get_actor_kb
from sitrep.extract.background import rules
from sitrep.extract.context import ARMED, DEMONSTRATIONS, VIOLENT, DateChoice, Group, Report, Unit
from sitrep.extract.counts import CountMention, find_counts
from sitrep.extract.dates import find_dates
from sitrep.extract.discourse import (
    COUNTED,
    announces_new_event,
    historical_present,
    repeated,
    split_civilian_killing,
    split_coordinated_places,
    split_counted,
    told_victims,
    toll_only,
)
from sitrep.extract.event_counts import assign_counts, count_claims
from sitrep.extract.event_dates import OPENING_SENTENCES, SAME_DAY, pick_date
from sitrep.extract.event_places import dominant_country, home_country, pick_place
from sitrep.extract.event_units import find_units, page_header
from sitrep.extract.headline import credit_headline
from sitrep.extract.roles import pick_actors
from sitrep.extract.salience import (
    Scored,
    background_evidence,
    context_passages,
    fold_details,
    rank,
    retrospective_marker,
    split_old,
)
from sitrep.extract.targets import explosion_fought_after, fought_back
from sitrep.extract.triggers import (
    demonstration_type,
    normalise,
    word_pattern,
)
from sitrep.models import Article, ArticleExtraction, EventMention, PartialDate, Toponym

ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "l'", "la", "le", "les", "cette", "ce", "ces", "cet"}
# A day as possessive determiner makes the noun definite: "Saturday's blast" is the blast already told.
DAY_POSSESSIVES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"
}
# An indefinite article and at most two words ("une double attaque", "a deadly suicide attack") before a trigger.
INDEFINITE = re.compile(r"(?<!\w)(?:an?|another|une?|des|une autre|un autre)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
INDEFINITE_REACH = 40
SAME_PLACE_KM = 60  # two places this close in one region may be one event told with different names
CONFIDENT_PLACE = 0.8  # geocoder score above which a bare place name can split two events
COUNT_REACH = 2  # a figure in a sentence with no trigger belongs to the event reported up to 2 sentences before
OPENING = 2  # the title and the lead: an "again" there qualifies the report's own event
BRIEF_SENTENCES, BRIEF_CHARS = 5, 600  # a report this short tells one event (an ACLED note, a wire brief)


def extract_article(article: Article, doc: Doc) -> ArticleExtraction:
    """The events one report gives as news (main event first) and the past events it mentions in passing."""
    report = Report.build(article, doc)
    language = report.language
    report.dates = [
        DateChoice(d.value, d.precision, d.start, d.end, d.rule, d.partial)
        for d in find_dates(article.text, article.published, language, article.published_precision or 1)
        if not page_header(article.text, d.start, d.end)
    ]
    report.toponyms = geo.get_geocoder().find_toponyms(
        article.text, doc=doc, language=language, country=article.country
    )
    report.home_country = home_country(report)
    report.counts = [c for c in find_counts(article.text, language) if not (c.cumulative or c.grievance)]
    units = find_units(report)
    links = [u.sentence for u in units if u.background == "link-headline"]
    # The places of a link to another story are not this report's places.
    report.toponyms = [t for t in report.toponyms if not any(s.start <= t.start < s.end for s in links)]
    look_back = retrospective_marker(report)
    if look_back:
        for unit in units:
            unit.background = unit.background or f"retrospective:{look_back}"
    background = [background_evidence(report, u, u.background or "") for u in units if u.background]
    past = [u.clause for u in units if u.background]
    report.past, report.units = past, units
    report.counts = [c for c in report.counts if not any(a <= c.start < b for a, b in past)]
    groups = _fold_weak_groups(group_units([u for u in units if not u.background], report), report)
    timeline = [g for g in groups if any(historical_present(report, u) for u in g.units)]
    background += [background_evidence(report, g.lead, "historical-present") for g in timeline]
    groups = [g for g in groups if g not in timeline]
    coded: list[Group] = []
    for group in groups:
        told = _told(report, group)
        hits = [h for u in group.units for h in u.ctype.hits]
        group.coded = fought_back(told, hits, group.event_type, group.sub_event_type, language) or group.coded
        # an explosion the next sentence says was followed by fighting is the battle's opening (ACLED: one battle)
        after = " ".join(s.text for s in report.sentences if s.index == max(group.sentence_indexes) + 1)
        group.coded = explosion_fought_after(told, after, group.event_type, language) or group.coded
        if group.event_type in DEMONSTRATIONS:
            group.coded = demonstration_type(told, hits, language, group.sub_event_type)
        civilians = split_civilian_killing(report, group)
        places = split_coordinated_places(report, group) if group.event_type in VIOLENT else []
        same_type = sum(g.event_type == group.event_type for g in groups) + len(places)
        counted = split_counted(report, group, same_type) if group.event_type in ARMED else []
        coded += [group, *places, *counted] + ([] if civilians is None else [civilians])
    report.groups = coded
    scored = rank(report, supported(coded, report.counts, report))
    scored, old = split_old(scored, report)
    background += old
    scored, context = context_passages(scored, report, {u.sentence.index for u in units if u.background})
    background += context
    scored = fold_details(scored, report)
    events = credit_headline(article, [_mention(report, s, i) for i, s in enumerate(scored)], language)
    return ArticleExtraction(article_id=article.id, language=article.language, events=events, background=background)


def _told(report: Report, group: Group) -> str:
    """The sentences that tell the group, without the clauses that tell a past event ("marched to protest the rise
    of violence in Kodagu, which witnessed clashes": the clashes do not make the march violent)."""
    text = report.article.text
    parts = []
    for sentence in {u.sentence.index: u.sentence for u in group.units}.values():
        chars = list(text[sentence.start : sentence.end])
        for a, b in report.past:
            for i in range(max(a, sentence.start), min(b, sentence.end)):
                chars[i - sentence.start] = " "
        parts.append("".join(chars))
    return " ".join(parts)


# --- grouping ----------------------------------------------------------------------------------------------


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
            # "Two hours later, a second blast struck": the day of the event told just before, not of the last
            # date the text named (a statement's, a post's time stamp); none when that event is undated.
            unit.date = next(iter(recent[0].dates()), None) if recent else None
        fitting = [g for g in recent if _fits(g, unit, report)]
        same_type = [g for g in fitting if g.event_type == unit.ctype.event_type]
        target = (same_type or fitting or [None])[0]
        if target is None:
            groups.append(Group([unit]))
            continue
        if toll_only(report, unit) and _place_clash(target, unit):
            unit.place = None  # where the wounded were taken, not where the event happened
        if _restated(report, target, unit):
            # The day the report first gave the event stays its date; the town it names again is its place.
            unit.date, unit.place = None, _town_named(report, target, unit)
        target.units.append(unit)
    return groups


def _fits(group: Group, unit: Unit, report: Report) -> bool:
    ctype = unit.ctype
    if announces_new_event(report, unit) or _came_again(report, group, unit) or _told_apart(group, unit):
        return False
    if _introduced(report, group, unit):
        return False
    if group.event_type in VIOLENT and _refers_back(report, unit) and not _date_clash(group, unit):
        # "the attack", "cette frappe a tué": the event already told, whatever place it names next; but "l'attaque
        # du camp de Ménaka le mardi 17 janvier" dated another day is another attack.
        return True
    if group.event_type in VIOLENT and ctype.event_type in VIOLENT and _restated(report, group, unit):
        return True
    if group.event_type in VIOLENT and toll_only(report, unit) and (
        not _date_clash(group, unit) or told_victims(report, unit)
    ):
        return True  # "10 morts et 13 blessés, évacués sur Gao": figures of the event told before
    if (
        _place_clash(group, unit)
        or _date_clash(group, unit)
        or _lead_date_clash(report, group, unit)
        or _country_clash(report, group, unit)
    ):
        return False
    weak_generic = ctype.strength == "weak" and ctype.hit.sub.name == "generic"
    if weak_generic and ctype.target is None:
        return group.event_type in VIOLENT
    if {ctype.event_type, group.event_type} <= DEMONSTRATIONS:
        return True  # the protesters "burned tyres" or "rioters clashed": the same demonstration, now violent
    if ctype.event_type != group.event_type:
        if weak_generic:
            # A bare "killed"/"attack" clause with another target is the same event told again, unless it
            # says who did it and how many died ("the assailants killed 35 civilians as they fled").
            return group.event_type in VIOLENT and not _own_event(report, unit)
        # A specific trigger of another type, with no place or date of its own (the group's place is not its
        # own), outside the opening, tells a detail of the event ("fierce clashes continued at the site",
        # "witnesses heard an explosion at the hotel").
        own = unit.date is not None or _new_place(group, unit) or unit.sentence.index <= 1
        return group.event_type in VIOLENT and ctype.event_type in VIOLENT and not own
    if ctype.strength == "strong" and group.strong and ctype.sub_event_type != group.sub_event_type:
        return group.event_type not in {"Explosions/Remote violence", "Violence against civilians"}
    return True


def _fold_weak_groups(groups: list[Group], report: Report) -> list[Group]:
    """A group of bare "attack"/"killed" words with no figure of its own (a title, a passing mention) is the
    event a specific trigger reports, when place and date allow: it joins the first such group."""
    kept: list[Group] = []
    for group in groups:
        host = None
        if not group.strong and not _announced(report, group) and not any(_own_event(report, u) for u in group.units):
            host = next(
                (
                    g
                    for g in groups
                    if g is not group
                    and g.strong
                    and g.event_type in ARMED
                    and group.event_type in ARMED
                    and not any(
                        _place_clash(g, u) or _date_clash(g, u) or _country_clash(report, g, u) for u in group.units
                    )
                    and not _came_again(report, g, group.units[0])
                    and not any(_told_apart(g, u) for u in group.units)
                    and not _came_again(report, group, g.units[0])
                    and not any(_opening_day_clash(report, group, d.value) for d in g.dates() if d.value)
                ),
                None,
            )
        if host is None:
            kept.append(group)
        else:
            host.units = sorted(host.units + group.units, key=lambda u: u.clause[0])
    return kept


def _told_apart(group: Group, unit: Unit) -> bool:
    """One sentence tells the clause's event and, as what led to it, the group's ("following an IED attack the
    day before, forces raided the village"), or the other way round: two events."""
    return any(u.sentence.index == unit.sentence.index and u.antecedent != unit.antecedent for u in group.units)


def _refers_back(report: Report, unit: Unit) -> bool:
    """The clause is about an event already told: its sentence claims responsibility, or its trigger (or the
    subject of its trigger verb) is an event noun with a definite, demonstrative or day determiner ("the attack",
    "cette frappe a tué", "Saturday's blast")."""
    if report.search("claim", unit.sentence.start, unit.sentence.end):
        return True  # a claim of responsibility is about an event the report has told
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
    anaphora = word_pattern("anaphora", report.language)
    return any(
        anaphora.fullmatch(normalise(noun.text))
        and any(
            (c.dep_ == "det" and normalise(c.lower_) in ANAPHORIC_DETERMINERS)
            or (c.dep_ == "poss" and c.lower_ in DAY_POSSESSIVES)
            for c in noun.children
        )
        for noun in nouns
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
    if announces_new_event(report, unit) or repeated(report, unit) or _place_clash(group, unit):
        return False
    town = _town_named(report, group, unit)
    if town is None:
        return False
    # "Avec l'attaque du camp de Ménaka le 17 janvier, la peur s'était installée à Tessalit": another town
    # in the clause may be where its attack was.
    a, b = unit.clause
    return not any(
        a <= t.start < b and t.place is not None and t.place.feature_class == "P" and _place_key(t) != _place_key(town)
        for t in report.toponyms
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


def _town_named(report: Report, group: Group, unit: Unit) -> Toponym | None:
    """The group's town the clause names again; the gazetteer may miss that second mention (before a closing
    quote mark), so the name is looked for in the clause's words."""
    clause = normalise(report.article.text[unit.clause[0] : unit.clause[1]])
    return next(
        (
            t
            for t in group.places()
            if _town(t) and re.search(rf"(?<!\w){re.escape(normalise(t.text))}(?!\w)", clause)
        ),
        None,
    )


def _town(toponym: Toponym) -> bool:
    return toponym.place is not None and toponym.place.feature_class == "P" and _confident(toponym)


def _own_event(report: Report, unit: Unit) -> bool:
    """An active violence verb with its own subject (a noun, not "they") and its own figure in the clause."""
    token = report.token_at(unit.ctype.hit.start)
    if token is None or token.pos_ != "VERB":
        return False
    has_subject = any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in token.children)
    a, b = unit.clause
    return has_subject and any(a <= c.start < b for c in report.counts)


def _new_place(group: Group, unit: Unit) -> bool:
    """The clause names a place the group does not already have."""
    if unit.place is None:
        return False
    return _place_key(unit.place) not in {_place_key(t) for t in group.places()}


def _place_key(toponym: Toponym) -> tuple[str, str]:
    place = toponym.place
    if place is None:
        return ("", toponym.text.lower())
    return (place.country_code or "", str(place.geonameid or place.name.lower()))


def _place_clash(group: Group, unit: Unit) -> bool:
    """Two places far apart, both named with a place word ("in", "near", "village of") or read with
    confidence. A town and the nearby town, or a town and its own region, do not clash."""
    if unit.place is None or unit.place.place is None or not _confident(unit.place):
        return False
    mine = unit.place.place
    for other in group.places():
        theirs = other.place
        if theirs is None or not _confident(other) or _place_key(other) == _place_key(unit.place):
            continue
        if mine.country_code != theirs.country_code:
            return True
        if mine.admin1 == theirs.admin1 and (
            "A" in {mine.feature_class, theirs.feature_class}
            or geo.distance_km(mine.latitude, mine.longitude, theirs.latitude, theirs.longitude) <= SAME_PLACE_KM
        ):
            continue
        return True
    return False


def _country_clash(report: Report, group: Group, unit: Unit) -> bool:
    """An event placed abroad ("40 people kidnapped in Zamfara, Nigeria" in a report about Burkina Faso) is not
    the report's own event: it joins only clauses placed in its own country, and an unplaced clause does not
    join an event abroad."""
    home = report.home_country
    if home is None:
        return False
    theirs = {t.place.country_code for t in group.places() if t.place and _confident(t)}
    if unit.place is not None and unit.place.place is not None and _confident(unit.place):
        mine = unit.place.place.country_code
        return mine != home and mine not in theirs
    return unit.place is None and bool(theirs) and home not in theirs


def _confident(toponym: Toponym) -> bool:
    return toponym.rule not in {"gazetteer", "ner"} or toponym.score >= CONFIDENT_PLACE


def _lead_date_clash(report: Report, group: Group, unit: Unit) -> bool:
    """An undated event told in the opening takes the day the report gave before it (pick_date's lead date): a
    clause further on dated another day ("Dans la journée du jeudi 7 septembre, des attaques...") is another
    event."""
    if unit.date is None or unit.date.value is None:
        return False
    return _opening_day_clash(report, group, unit.date.value)


def _opening_day_clash(report: Report, undated: Group, day: dt.date) -> bool:
    if undated.dates() or min(undated.sentence_indexes) >= OPENING_SENTENCES:
        return False
    told_by = report.sentences[min(undated.sentence_indexes)].end
    days = {d.value for d in report.dates if d.start < told_by and d.value and not report.is_reporting(d.start)}
    return bool(days) and day not in days


def _date_clash(group: Group, unit: Unit) -> bool:
    """A day the group does not have (a clause that referred back may have brought an unrelated date: "the
    attacks underscore the challenge facing the president elected on 15 February"); or a day the other
    clause's weekday or day of month ("le 14 octobre") rules out."""
    if unit.date is None:
        return False
    if unit.date.value is None:
        partial = unit.date.partial
        if partial is None:
            return False
        days = [d.value for d in group.dates() if d.value]
        if days:
            return not any(partial.fits(day) for day in days)
        # "dimanche 9 juin" and "le 23 mars" in a report that gives no year: two days of the calendar
        mine = _day_of_month(partial)
        named = {_day_of_month(u.date.partial) for u in group.units if u.date is not None and u.date.partial}
        named.discard(None)
        return mine is not None and bool(named) and mine not in named  # a weekday alone fits any day
    days = {d.value for d in group.dates()}
    return (bool(days) and unit.date.value not in days) or any(
        u.date is not None and u.date.partial is not None and not u.date.partial.fits(unit.date.value)
        for u in group.units
    )


def _day_of_month(partial: PartialDate | None) -> tuple[int, int] | None:
    if partial is None or partial.month is None or partial.day is None:
        return None
    return partial.month, partial.day


# --- which groups are events of this report ----------------------------------------------------------------


def supported(
    groups: list[Group], counts: list[CountMention], report: Report
) -> list[tuple[Group, list[CountMention]]]:
    """Keep groups the report gives as events, each with its figures.

    A group of bare "attack"/"killed" words needs a figure, or a place and a date, to count. Strategic
    developments are coded only when the report gives no violent event.
    """
    owned = assign_counts(groups, counts, report, COUNT_REACH)
    index = {id(g): i for i, g in enumerate(groups)}
    for i, group in enumerate(groups):
        parent = index.get(id(group.parent))
        if parent is not None and group.type_rule == COUNTED:
            # "Two car bombs killed 30": one toll for the bombings, told with the first.
            owned[parent] = sorted(owned[parent] + owned[i], key=lambda c: c.start)
            owned[i] = []
    kept = [
        (g, owned[i])
        for i, g in enumerate(groups)
        if g.strong or owned[i] or _told_as_news(g, report) or g.parent is not None or _announced(report, g)
    ]
    if not kept:
        # A short report that only says "a man was killed" or "youths attacked a candidate" in its opening.
        opening = [(g, owned[i]) for i, g in enumerate(groups) if _opening_verb(report, g)]
        kept = opening[:1]
    if not kept:
        # "A general strike called by separatists affected normal life in Srinagar": a strike, blockade or
        # shutdown the opening places is the report's event, though no day is given.
        kept = [(g, owned[i]) for i, g in enumerate(groups) if _placed_in_opening(g)][:1]
    if not kept and groups and _brief(report):
        # A brief (an ACLED note, a wire item of a few lines) tells one event: its first violence word is it.
        kept = [(groups[0], owned[0])]
    violent = [k for k in kept if k[0].event_type != "Strategic developments"]
    armed = [k for k in violent if k[0].event_type in ARMED]
    if armed:
        # A protest mentioned in a report of armed violence is context ("families have protested"), unless
        # the report opens with it (armed violence told as what led to it does not count: "students demonstrate
        # after a spate of grenade attacks"), or gives it a day and a place of its own ("Residents of Oicha took
        # to the streets on Thursday").
        news = [min(g.sentence_indexes) for g, _ in armed if not g.antecedent]
        first = min(news, default=len(report.sentences))
        days = [d.value for g, _ in armed for d in g.dates()]
        return [
            k
            for k in violent
            if k[0].event_type in ARMED or min(k[0].sentence_indexes) < first or _beside(k[0], days, report)
        ]
    if violent:
        return violent
    return [k for k in kept if not k[0].lead.ctype.standalone or len(kept) == 1][:1]


def _beside(protest: Group, days: list[dt.date], report: Report) -> bool:
    """A protest placed and dated within days of the armed violence the report tells ("Residents of Oicha took to
    the streets on Thursday" after Wednesday night's raid) is news beside it, not context."""
    reach = rules().max_days_before_main
    return bool(protest.places()) and any(
        abs((d.value - day).days) <= reach for d in protest.dates() for day in days  # type: ignore[operator]
    )


def _announced(report: Report, group: Group) -> bool:
    """ "A second blast struck the district two hours later": the report tells it as an event of its own."""
    return group.event_type in VIOLENT and announces_new_event(report, group.units[0])


def _placed_in_opening(group: Group) -> bool:
    return group.event_type in DEMONSTRATIONS and any(u.sentence.index <= 1 and u.place for u in group.units)


def _brief(report: Report) -> bool:
    return len(report.sentences) <= BRIEF_SENTENCES and len(report.article.text) <= BRIEF_CHARS


def _opening_verb(report: Report, group: Group) -> bool:
    """The group opens the report with a violence verb (not a noun such as "attacks" or "violence")."""
    unit = group.units[0]
    token = report.token_at(unit.ctype.hit.start)
    return unit.sentence.index <= 1 and token is not None and token.pos_ == "VERB" and group.event_type in VIOLENT


def _attacker_named(report: Report, unit: Unit) -> bool:
    """The clause names who attacked: "gunmen", "armed men", "des hommes armés"."""
    return bool(report.search("unidentified", unit.clause[0], unit.clause[1]))


def _told_as_news(group: Group, report: Report) -> bool:
    """Bare "attack"/"killed" words count when the report places and dates them, or puts them in its opening
    with a victim named ("Plus d'une centaine de personnes tuées à Seytenga", "Cattle rustlers kill villagers")."""
    if group.places() and group.dates():
        return True
    return any(
        u.sentence.index <= 1 and (u.ctype.target in {"civilian", "military"} or _attacker_named(report, u))
        for u in group.units
    )


# --- the mention -------------------------------------------------------------------------------------------


def _mention(report: Report, scored: Scored, index: int) -> EventMention:
    group = scored.group
    is_main = index == 0
    article = report.article
    location = pick_place(report, group, is_main)
    if location is None and group.parent is not None:
        location = pick_place(report, group.parent, True)  # where the battle it was told within took place
    country = location.place.country if location else dominant_country(report)
    actors = pick_actors(report, group, get_actor_kb(), country)
    lead = group.lead
    hit = lead.ctype.hit
    trigger = report.evidence(hit.start, hit.end, hit.rule)
    date = pick_date(report, group, is_main)
    if date.value is None and date.partial is None and group.parent is not None:
        date = pick_date(report, group.parent, True)
    notes = (
        f"{group.event_type} / {group.sub_event_type} from '{hit.text}' ({group.type_rule}); "
        f"{len(group.units)} clause(s); " + ", ".join(actors.rules)
    )
    return EventMention(
        mention_id=f"{article.id}#{index}",
        article_id=article.id,
        salience=scored.salience,
        event_type=group.event_type,
        sub_event_type=group.sub_event_type,
        type_evidence=report.evidence(hit.start, hit.end, group.type_rule),
        date=date,
        actor1=actors.actor1,
        assoc_actor_1=actors.assoc_actor_1,
        actor2=actors.actor2,
        assoc_actor_2=actors.assoc_actor_2,
        claimed_by=actors.claimed_by,
        location=location,
        counts=count_claims(report, scored.counts, actors.actor1, actors.actor2),
        trigger=trigger,
        notes=notes,
    )
