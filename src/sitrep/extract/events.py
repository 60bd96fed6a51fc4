"""Code one report's events as an ACLED coder would: find them, type them, tell news from background, order them.

sentences -> clauses with triggers (event_units.py)      "a raid that killed 49 troops as well as a blast"
clause -> background? (background.py)                     "a month after two attacks killed 40 soldiers"
clauses -> groups (event_groups.py): same type, no clash  one group = one event mention
groups -> supported, strategic only when nothing violent  noise articles give nothing
groups -> salience order, background by date              the first is the report's main event
group -> EventMention: date, place, actors, counts        event_dates/places/counts.py, roles.py
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep import geo
from sitrep.extract.actors import get_actor_kb
from sitrep.extract.background import rules
from sitrep.extract.context import ARMED, DEMONSTRATIONS, VIOLENT, DateChoice, Group, Report, Unit
from sitrep.extract.counts import CountMention, find_counts
from sitrep.extract.crowd_types import crowd_abduction, crowd_against_militia, crowd_battle, gathering_hit
from sitrep.extract.dates import find_dates
from sitrep.extract.discourse import historical_present
from sitrep.extract.event_counts import assign_counts, count_claims
from sitrep.extract.event_dates import next_town, pick_date
from sitrep.extract.event_groups import (
    announced,
    fold_weak_groups,
    group_units,
    killed_at_a_demonstration,
    protest_told_again,
    summaries_told_apart,
)
from sitrep.extract.event_places import dominant_country, pick_place
from sitrep.extract.event_splits import COUNTED, split_civilian_killing, split_coordinated_places, split_counted
from sitrep.extract.event_units import find_units, page_header
from sitrep.extract.headline import credit_headline
from sitrep.extract.home_country import group_names, home_country, named_forces
from sitrep.extract.main_act import (
    destruction_with_harm,
    harm_told,
    taken_by_foreign_forces,
    taken_unopposed,
    told_before_arrest,
)
from sitrep.extract.non_violence import drop_non_violent
from sitrep.extract.role_conventions import Actors, crowds_fought_each_other
from sitrep.extract.roles import pick_actors
from sitrep.extract.salience import (
    Scored,
    background_evidence,
    context_passages,
    dated_this_month,
    fold_details,
    rank,
    retrospective_marker,
    split_old,
)
from sitrep.extract.targets import explosion_fought_after, fought_back
from sitrep.extract.triggers import demonstration_type
from sitrep.extract.vocabulary import blanked
from sitrep.models import Article, ArticleExtraction, EventMention

COUNT_REACH = 2  # a figure in a sentence with no trigger belongs to the event reported up to 2 sentences before
AFTERMATH = "Change to group/activity"  # troops deployed, reinforcements sent: told after violence, its aftermath
BRIEF_SENTENCES, BRIEF_CHARS = 5, 600  # a report this short tells one event (an ACLED note, a wire brief)


def extract_article(article: Article, doc: Doc) -> ArticleExtraction:
    """The events one report gives as news (main event first) and the past events it mentions in passing."""
    report = Report.build(article, doc)
    language = report.language
    report.dates = [
        DateChoice(d.value, d.precision, d.start, d.end, d.rule, d.partial, d.through)
        for d in find_dates(article.text, article.published, language, article.published_precision or 1)
        if not page_header(article.text, d.start, d.end)
    ]
    groups, clues = group_names(article.text, language)
    report.toponyms = geo.get_geocoder().find_toponyms(
        article.text, doc=doc, language=language, country=article.country, groups=groups, clues=clues
    )
    report.home_country = home_country(report)
    report.counts = _counts(article.text, language, doc)
    units = drop_non_violent(report, find_units(report))  # deaths by accident, flood, disease, animal: no event
    sums = [u.clause for u in units if u.background == "headline-sum"]
    if sums:
        # A headline's total is no toll the body's figures are shares of ("Drone strike, ambush leave 13 dead" over
        # "killed eight people at a wedding in X"): the figures are read again without it.
        report.counts = _counts(blanked(article.text, sums), language, doc)
    links = [u.sentence for u in units if u.background == "link-headline"]
    # The places of a link to another story are not this report's places.
    report.toponyms = [t for t in report.toponyms if not any(s.start <= t.start < s.end for s in links)]
    look_back = retrospective_marker(report, units)
    if look_back:
        for unit in units:
            if not dated_this_month(report, unit):
                unit.background = unit.background or f"retrospective:{look_back}"
    background = [background_evidence(report, u, u.background or "") for u in units if u.background]
    past = [u.clause for u in units if u.background]
    report.past, report.units = past, units
    report.counts = [c for c in report.counts if not any(a <= c.start < b for a, b in past)]
    groups = fold_weak_groups(group_units([u for u in units if not u.background], report), report)
    summaries = summaries_told_apart(groups, report)
    if summaries:
        report.counts = [c for c in report.counts if not any(u.clause[0] <= c.start < u.clause[1] for u in summaries)]
        for group in groups:
            group.units = [u for u in group.units if u not in summaries]
        groups = [g for g in groups if g.units]
    timeline = [g for g in groups if any(historical_present(report, u) for u in g.units)]
    background += [background_evidence(report, g.lead, "historical-present") for g in timeline]
    groups = [g for g in groups if g not in timeline]
    coded: list[Group] = []
    news_hits = [h for u in units if not u.background for h in u.ctype.hits]
    hurt = harm_told(report)
    for group in groups:
        told = _told(report, group)
        hits = [h for u in group.units for h in u.ctype.hits]
        group.coded = fought_back(told, hits, group.event_type, group.sub_event_type, language) or group.coded
        # an explosion the next sentence says was followed by fighting is the battle's opening (ACLED: one battle)
        after = " ".join(s.text for s in report.sentences if s.index == max(group.sentence_indexes) + 1)
        group.coded = explosion_fought_after(told, after, group.event_type, language) or group.coded
        group.coded = taken_unopposed(group.sub_event_type, told, news_hits, language) or group.coded
        foreign = _foreign_taker(report, group)
        group.coded = taken_by_foreign_forces(group.sub_event_type, foreign, told, news_hits, language) or group.coded
        if killed_at_a_demonstration(report, group, groups):
            group.coded = ("Protests", "Excessive force against protesters", "type:killed-at-a-demonstration")
        elif group.event_type in DEMONSTRATIONS:
            group.coded = demonstration_type(told, hits, language, group.sub_event_type)
            if group.sub_event_type == "Violent demonstration" and crowds_fought_each_other(report, group):
                # ACLED's mob violence: rioters fighting other rioters ("supporters of the two candidates threw
                # stones at each other"); a violent demonstration's violence is against a force or property.
                group.coded = ("Riots", "Mob violence", "type:crowds-fought-each-other")
        if not any(g is not group and g.event_type in VIOLENT for g in groups):  # else the hurt are theirs
            group.coded = destruction_with_harm(group.sub_event_type, hits, hurt) or group.coded
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
    mentions = [_mention(report, s, i, scored[0].group) for i, s in enumerate(scored)]
    events = credit_headline(article, mentions, language)
    return ArticleExtraction(article_id=article.id, language=article.language, events=events, background=background)


def _counts(text: str, language: str, doc: Doc) -> list[CountMention]:
    return [c for c in find_counts(text, language, doc) if not (c.cumulative or c.grievance or c.elsewhere)]


def _foreign_taker(report: Report, group: Group) -> bool:
    """Whether the forces its sentence names before the taking of a place serve another state than the report's
    ("Ethiopian soldiers ... take over a police station" in a report about Kenya). Not a place retaken ("Rwandan
    troops regained control of the town from insurgents"): a state's allies regain territory (codebook)."""
    unit = next((u for u in group.units if u.ctype.hit.sub.name == "Non-state actor overtakes territory"), None)
    if report.home_country is None or unit is None:
        return False
    forces = [f for f in named_forces(report) if unit.sentence.start <= f.start < unit.ctype.hit.start]
    return bool(forces) and all(f.country != report.home_country for f in forces)


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


# --- which groups are events of this report ----------------------------------------------------------------


def supported(
    groups: list[Group], counts: list[CountMention], report: Report
) -> list[tuple[Group, list[CountMention]]]:
    """Keep groups the report gives as events, each with its figures.

    A group of bare "attack"/"killed" words needs a figure, or a place and a date, to count. Strategic
    developments are coded only when the report gives no violent event, or on a day of their own.
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
        if g.strong
        or owned[i]
        or _told_as_news(g, report)
        or g.parent is not None
        or announced(report, g)
        or next_town(report, g) is not None
        or _own_day_development(g, groups)
    ]
    news = {id(g) for g in groups if _news_of_kept_antecedent(g, kept)}
    kept = [(g, owned[i]) for i, g in enumerate(groups) if id(g) in news or any(g is k for k, _ in kept)]
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
    before = told_before_arrest([g for g, _ in kept], groups)
    if before is not None:
        kept = [(before, owned[index[id(before)]]), *kept]
    violent = [k for k in kept if k[0].event_type != "Strategic developments"]
    armed = [k for k in violent if k[0].event_type in ARMED]
    # Looting or burning told on another day than the report's violence is an event of its own ("The following
    # day, jihadists set fire to the school of Thiou"); on the same day it is part of the attack.
    violent += [k for k in kept if _own_day_development(k[0], [g for g, _ in violent])]
    violent.sort(key=lambda k: min(k[0].sentence_indexes))
    if armed:
        # A protest mentioned in a report of armed violence is context ("families have protested"), unless
        # the report opens with it (armed violence told as what led to it does not count: "students demonstrate
        # after a spate of grenade attacks"), or gives it a day and a place of its own ("Residents of Oicha took
        # to the streets on Thursday").
        news = [min(g.sentence_indexes) for g, _ in armed if not g.antecedent]
        first = min(news, default=len(report.sentences))
        groups = [g for g, _ in armed]
        return [
            k
            for k in violent
            if k[0].event_type in ARMED or min(k[0].sentence_indexes) < first or _beside(k[0], groups)
        ]
    if violent:
        return violent
    return [k for k in kept if not k[0].lead.ctype.standalone or len(kept) == 1][:1]


def _own_day_development(group: Group, others: list[Group]) -> bool:
    """A strategic development dated in its own words to a day on which none of the report's violence is dated,
    while that violence has a day. Not a change to a group's activity: reinforcements or troops deployed after an
    attack are its aftermath, not an event."""
    if group.event_type != "Strategic developments" or group.antecedent or group.sub_event_type == AFTERMATH:
        return False
    own = {d.value for d in group.dates() if d.precision == 1}
    violence = {d.value for g in others if g.event_type != "Strategic developments" for d in g.dates()}
    return bool(own) and bool(violence) and not own & violence


def _news_of_kept_antecedent(group: Group, kept: list[tuple[Group, list[CountMention]]]) -> bool:
    """ "Following an alleged murder of a woman on 12/03, villagers attacked the houses of the suspects on 24/03":
    the event a sentence reports beside what led to it, on a day its own words give, is no less news than that
    earlier event, which was kept (here for naming its victim); the news was dropped for naming neither victim
    nor a known place."""
    if any(g is group for g, _ in kept):
        return False
    led_to = {u.sentence.index for g, _ in kept for u in g.units if u.antecedent}
    return any(
        not u.antecedent and u.sentence.index in led_to and u.date is not None and _own_words(u, u.date.start)
        for u in group.units
    )


def _own_words(unit: Unit, at: int) -> bool:
    return unit.clause[0] <= at < unit.clause[1]


def _beside(protest: Group, armed: list[Group]) -> bool:
    """A protest placed and dated within days of the armed violence the report tells ("Residents of Oicha took to
    the streets on Thursday" after Wednesday night's raid) is news beside it, not context; so is one its own
    clause gives a day of its own ("Gunmen abducted 20 students on Monday, and their parents protested on
    Tuesday"; "On Tuesday, residents took to the streets" in a sentence after a killing the report gives no day),
    where "families have protested" gives none."""
    reach = rules().max_days_before_main
    days = [d.value for g in armed for d in g.dates()]
    near = [
        d for d in protest.dates() if any(abs((d.value - day).days) <= reach for day in days)  # type: ignore[operator]
    ]
    after = min(protest.sentence_indexes) > max(i for g in armed for i in g.sentence_indexes)
    dated = near if days else protest.dates() if after else []
    own = [d for d in dated if any(_own_words(u, d.start) for u in protest.units)]
    return bool(near and protest.places() or own)


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


def _crowd_sides(report: Report, group: Group, actors: Actors, country: str | None) -> Actors:
    """A crowd read as a side of an armed event: local people fighting raiders are a communal militia, the people
    of a rally an armed group or a bomb hit are civilians (`crowd_types`)."""
    kb, sides = get_actor_kb(), [actors.actor1, actors.actor2]
    fought = crowd_against_militia(group.event_type, sides, kb.role("communal", country))
    hit = gathering_hit(group.event_type, fought, kb.role("civilians", country))
    for new, rule in ((fought, "actor:crowd-against-militia"), (hit, "actor2:gathering-hit-civilians")):
        if new != sides:
            actors.actor1, actors.actor2 = sides = new
            actors.rules.append(rule)
    return actors


def _mention(report: Report, scored: Scored, index: int, main: Group) -> EventMention:
    group = scored.group
    is_main = index == 0
    article = report.article
    location = pick_place(report, group, is_main)
    if location is None and group.parent is not None:
        location = pick_place(report, group.parent, True)  # where the battle it was told within took place
    country = location.place.country if location else dominant_country(report)
    actors = pick_actors(report, group, get_actor_kb(), country)
    sides, told = [actors.actor1, actors.actor2], _told(report, group)
    riot = crowd_battle(group.event_type, sides, told, report.language) or crowd_abduction(
        group.sub_event_type, sides, told, report.language)
    if riot is not None:  # a "battle" or abduction by rioters or protesters is a riot: its sides are read again
        group.coded = riot
        actors = pick_actors(report, group, get_actor_kb(), country)
    actors = _crowd_sides(report, group, actors, country or report.article.country)
    lead = group.lead
    hit = lead.ctype.hit
    trigger = report.evidence(hit.start, hit.end, hit.rule)
    date = pick_date(report, group, is_main)
    if date.value is None and date.partial is None and group.parent is not None:
        date = pick_date(report, group.parent, True)
    elif date.value is None and date.partial is None and protest_told_again(report, group, main):
        date = pick_date(report, main, True)  # "In Kitengela, the protest turned violent": the day's protest
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
