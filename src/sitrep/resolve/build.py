"""Derive one Event from the mentions that report it, keeping every source's claim for every field.

Rules (ACLED codebook and UCDP GED conventions):
- Each source states totals for the whole event, its sides summed ("5 soldiers killed ... 30 assailants
  neutralised" = 35), one per authority it quotes ("49 dead, the army said; the government said 53 soldiers
  and one civilian" = 49 and 54); `sitrep.resolve.tolls` has the rules.
- `fatalities_low` = the lowest total any source reports ("tolls rose from 7 to 276": 7; a source's updated toll
  replaces its own earlier figures, see `sitrep.resolve.tolls`, and a figure a source says was replaced, "initially
  said 53 died", counts only when no source gives a current one), among precise figures
  when there are any (ACLED codes "several" = 10 only when no report gives a figure). `fatalities` (ACLED) is the
  same, except that a total told for several days or places is divided among them ("20 killed over two days": 10;
  "the villages of X, Y and Z ... killing 26": 9), as ACLED codes one event per day and place.
  A total made only of sides' figures and under `partial_count_fraction` of the largest is taken for a
  partial count ("one civilian also died, a witness said"), unless those sides are all the event's victims (the
  civilians of an attack on civilians: a first report's "22 civilians" beside a later "137 people" is the lowest).
  The attackers' dead one report counts add to another report's count of the victims ("12 soldiers"; "12 soldiers
  ... 20 assailants neutralised": 32; `_sides_added`).
  `fatalities_high` = the highest (a vague word counts with its lower figure), as UCDP's high estimate: the parties'
  own claims included ("the group says it killed 30"), which the lowest and best figures take only when no report
  gives another. `fatalities_best` = the most likely: among precise credible totals, the one from the latest report,
  then an updated toll ("the toll rose to six"), then the one most sources give, then the one the report leads
  with — later official figures revise tolls as bodies are counted. Disagreements are written in `notes`.
  `deaths` says who the best estimate's dead were (UCDP GED's deaths_a/b/civilians/unknown): a total made of sides'
  figures keeps them (`_deaths`); a whole toll ("12 people") is unknown.
- Date and place come from the most precise claims (precision 1 before 2 before 3); among equally precise
  claims the value most sources give wins, then the earliest report's. Disagreements go to `notes`.
- Event ids are `ev_` + 12 hex digits of the SHA-1 of the founding mention's id (the earliest report's first
  mention), so re-running on the same or a growing corpus keeps ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TypeVar

from sitrep.extract.context import NON_STATE_ARMED
from sitrep.geo.former import export_admins
from sitrep.models import (
    ActorRef,
    Article,
    Claim,
    Deaths,
    Event,
    EventMention,
    Evidence,
    PlaceClaim,
    Source,
)
from sitrep.resolve.context import ArticleContext, article_context
from sitrep.resolve.places import claims_apart
from sitrep.resolve.similarity import is_generic, place_name_keys, read_from_place, rules
from sitrep.resolve.tolls import Total, current_totals, source_totals, victim_sides

T = TypeVar("T")
DEATHLESS = ("Peaceful protest", "Protest with intervention")  # ACLED sub-event types that code no fatalities


def event_id_for(mention_id: str) -> str:
    """The stable id of an event founded by this mention."""
    return "ev_" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:12]


def build_event(
    mentions: list[EventMention], articles: dict[str, Article], event_id: str | None = None
) -> Event:
    """Derive an Event from one or more mentions of it; `event_id` keeps an existing event's id."""
    if not mentions:
        raise ValueError("build_event needs at least one mention")
    far = dt.date.max

    def published(m: EventMention) -> dt.date | None:
        article = articles.get(m.article_id)
        return article.published if article else None

    ordered = sorted(mentions, key=lambda m: (published(m) or far, m.mention_id))
    notes: list[str] = []  # where sources disagree; each mention's own notes stay with the stored mention

    # The type most reports give. A tie goes to a type read from a specific trigger before one read from a weak word
    # alone (a headline-only item's "recruitment" against the full report's arrests), then to the earliest: the
    # sort is stable, so strong triggers come first, each group in report order.
    event_type, sub_event_type = _vote([(m.event_type, m.sub_event_type) for m in sorted(ordered, key=_weak_type)])
    event = Event(
        event_id=event_id or event_id_for(ordered[0].mention_id),
        event_type=event_type,
        sub_event_type=sub_event_type,
        mention_ids=[m.mention_id for m in ordered],
    )
    _set_date(event, ordered, notes)
    _set_place(event, ordered, articles, notes)
    _set_actors(event, ordered)
    _set_tolls(event, ordered, published, notes)
    event.sources = _sources(ordered, articles)
    event.claims = _claims(ordered)
    dates = [s.published for s in event.sources if s.published]
    event.first_reported = min(dates) if dates else None
    event.last_reported = max(dates) if dates else None
    event.notes = " ".join(dict.fromkeys(notes))
    return event


def _vote(values: list[T]) -> T:
    """The value given most often; ties go to the earliest (values come in report order)."""
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)


def _weak_type(mention: EventMention) -> bool:
    return mention.type_evidence is not None and mention.type_evidence.rule.startswith("type:weak:")


def _set_date(event: Event, mentions: list[EventMention], notes: list[str]) -> None:
    claims = [m.date for m in mentions if m.date and m.date.value]
    if not claims:
        return
    finest = min(c.precision or 1 for c in claims)
    chosen = _vote([c.value for c in claims if (c.precision or 1) == finest])
    event.event_date = chosen
    event.time_precision = finest  # type: ignore[assignment]
    others = sorted({c.value.isoformat() for c in claims if c.value and (c.precision or 1) == 1} - {str(chosen)})
    if others:
        notes.append(f"Sources also date it {', '.join(others)}.")


def _set_place(
    event: Event, mentions: list[EventMention], articles: dict[str, Article], notes: list[str]
) -> None:
    claims = [m.location for m in mentions if m.location]
    if not claims:
        return
    contexts: dict[str, ArticleContext] = {}
    if len({c.place.geonameid or c.place.name for c in claims}) > 1:
        # each article's names and countries, read once for the rules below
        contexts = {a.id: article_context(a.text, a.country, a.language, a.title)
                    for a in (articles.get(i) for i in dict.fromkeys(m.article_id for m in mentions)) if a}
        # Sources disagree on the country: a place outside its own article's country is more likely a misread
        # name than the event's place, so it only counts when no other place is left. (Within one country the
        # test would only drop good claims: a report about French forces in Mali is 'about' France.)
        if len({c.place.country_code for c in claims}) > 1:
            credible = [m.location for m in mentions if m.location and _place_credible(m, contexts)]
            claims = credible or claims
        # Still split: the country most of the reports are about ("Sahel" read in Burkina Faso by one report of
        # four about Mali) decides, when one is.
        homes = Counter(_home(m, contexts) for m in mentions) - Counter({"": len(mentions)})
        ranked = homes.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            claims = [c for c in claims if c.place.country_code == ranked[0][0]] or claims
    within_country = [c for c in claims if not (c.place.feature_code or "").startswith("PCL")]
    claims = within_country or claims  # a region or town says more than the country alone
    claims = _most_named(claims, contexts)
    claim = _best_supported(claims)
    precise = [c for c in claims if c.geo_precision == claim.geo_precision]
    place = claim.place
    event.country, event.iso = place.country, place.iso
    # in the areas ACLED's exports name ("Arua" in Uganda, the gazetteer's district, not its "Northern" region)
    event.admin1, event.admin2 = export_admins(place.country_code, place.admin1, place.admin2)
    event.location, event.latitude, event.longitude = place.name, place.latitude, place.longitude
    event.geo_precision, event.geonameid = claim.geo_precision, place.geonameid
    # the village the sources name when the gazetteer lacks it, placed at the area around it
    reported = [c.reported_name for c in precise if c.place == place and c.reported_name]
    event.location_reported = _vote(reported) if reported else None
    others = sorted({c.place.name for c in precise} - {place.name})
    if others:
        notes.append(f"Sources also place it at {', '.join(others)}.")


def _best_supported(claims: list[PlaceClaim]) -> PlaceClaim:
    """The place most sources back: a claim backs the place it gives and each finer place inside it (a report
    giving the region or "near" a town backs another's village there). Ties go to the finest place, then to the
    one most sources give, then to the earliest report's. A lone precise place outside the area the other sources
    agree on (a misread town) does not outweigh them all."""
    def key(claim: PlaceClaim) -> object:
        return claim.place.geonameid or claim.place.name

    def backs(claim: PlaceClaim, of: PlaceClaim) -> bool:
        return key(claim) == key(of) or (claim.geo_precision > of.geo_precision
                                         and claim.place.admin1 == of.place.admin1 and not claims_apart(claim, of))

    firsts: dict[object, PlaceClaim] = {}
    for claim in claims:
        firsts.setdefault(key(claim), claim)
    given = Counter(key(c) for c in claims)
    return max(firsts.values(), key=lambda p: (sum(backs(c, p) for c in claims), -p.geo_precision, given[key(p)]))


def _most_named(claims: list[PlaceClaim], contexts: dict[str, ArticleContext]) -> list[PlaceClaim]:
    """Sources place the event too far apart to be one place: the places most of the event's reports name win.
    A place only some reports read, from a side phrase ("in the Mopti region, on the border with Ségou"),
    is likelier a misreading than the town every report names, however precisely it was geocoded."""
    groups: list[list[PlaceClaim]] = []
    for claim in claims:
        near = next((g for g in groups if any(not claims_apart(claim, other) for other in g)), None)
        if near is None:
            groups.append([claim])
        else:
            near.append(claim)
    if len(groups) < 2:
        return claims
    names = [context.names for context in contexts.values()]  # `contexts`: of the event's reports

    def support(group: list[PlaceClaim]) -> int:
        return max(sum(bool(place_name_keys(c.place.name) & n) for n in names) for c in group)

    ranked = sorted(groups, key=support, reverse=True)
    return ranked[0] if support(ranked[0]) > support(ranked[1]) else claims


def _place_credible(mention: EventMention, contexts: dict[str, ArticleContext]) -> bool:
    """The place lies in the article's own country: the analyst's hint, else the country it names most; with no
    such country, any country it names. A country named in passing ("near the border with Burkina Faso") is
    doubted when the article is about another."""
    context = contexts.get(mention.article_id)
    code = mention.location.place.country_code if mention.location else None
    if context is None or not code:
        return True
    main = context.main_country()
    if main:
        return code == main
    return not context.countries or code in context.countries


def _home(mention: EventMention, contexts: dict[str, ArticleContext]) -> str:
    """The country the mention's article is about (see `_place_credible`), "" when it names none or a tie."""
    context = contexts.get(mention.article_id)
    return context.main_country() if context else ""


def _set_actors(event: Event, mentions: list[EventMention]) -> None:
    # "soldiers" read as the forces of a place the event is not at (a namesake abroad) are no side of it
    mentions = [m.model_copy(update=gone) if (gone := {side: None for side in ("actor1", "actor2")
                                                      if _elsewhere(getattr(m, side), event.country)}) else m
                for m in mentions]
    mentions = [_in_event_country(m, event) for m in mentions]
    firsts = [m.actor1 for m in mentions if m.actor1]
    # an owner a convention guessed for want of words ("a drone strike hit ...": the country's forces) yields to the
    # side another source names ("AFRICOM said it had conducted the strike"); a category the convention gave ("an
    # Unidentified Armed Group": nobody named the bombers) is what its source says, and keeps its vote
    firsts = [a for a in firsts if not _guessed(a)] or firsts
    if firsts:
        first = _ref(firsts, _vote([a.name for a in firsts]))
        if is_generic(first.name) and first.inter_code in NON_STATE_ARMED:
            # Most sources say "gunmen" or "terrorists" but one names the group (above all one that claimed the
            # attack): ACLED codes the attribution a source makes, not the vaguer majority.
            claimed = [m.claimed_by for m in mentions if m.claimed_by and m.actor1 == m.claimed_by]
            named = [a for a in firsts if not is_generic(a.name) and a.inter_code in NON_STATE_ARMED]
            if claimed or named:
                pool = claimed or named
                first = _ref(pool, _vote([a.name for a in pool]))
        event.actor1, event.inter1 = first.name, first.inter_code
    # A source may name the sides the other way round: the second actor is the most named other one.
    seconds = [a for m in mentions for a in (m.actor2, m.actor1) if a and a.name != event.actor1]
    preferred = [m.actor2 for m in mentions if m.actor2 and m.actor2.name != event.actor1]
    # Only when no source names another side: one actor on both sides, as ACLED codes rival rioters or two
    # groups of one community ("Rioters (Kenya)" against "Rioters (Kenya)").
    itself = [m.actor2 for m in mentions if m.actor2 and m.actor2.name == event.actor1]
    if preferred or seconds or itself:
        pool = preferred or seconds or itself
        second = _ref(pool, _vote([a.name for a in pool]))
        event.actor2, event.inter2 = second.name, second.inter_code
    taken = {event.actor1, event.actor2}
    event.assoc_actor_1 = list(dict.fromkeys(a.name for m in mentions for a in m.assoc_actor_1 if a.name not in taken))
    event.assoc_actor_2 = list(dict.fromkeys(a.name for m in mentions for a in m.assoc_actor_2 if a.name not in taken))


def _guessed(actor: ActorRef) -> bool:
    return actor.evidence is not None and ":default" in actor.evidence.rule and not is_generic(actor.name)


def _in_event_country(mention: EventMention, event: Event) -> EventMention:
    """The mention with its categories read with no country ("the army", "jihadists" in a report naming two
    countries alike) named in the event's ("Military Forces of Mali"), as another source's "soldats maliens" are."""
    sides = (mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2)
    if not event.country or not any(a and not a.country and a.name in _bare_roles() for a in sides):
        return mention
    from sitrep.extract.actors import get_actor_kb

    kb = get_actor_kb()

    def named(actor: ActorRef) -> ActorRef:
        role = None if actor.country else _bare_roles().get(actor.name)
        if role is None:
            return actor
        found = kb.as_of(kb.role(role, event.country), event.event_date)
        return found.model_copy(update={"mention": actor.mention, "evidence": actor.evidence})

    return mention.model_copy(update={
        "actor1": named(mention.actor1) if mention.actor1 else None,
        "actor2": named(mention.actor2) if mention.actor2 else None,
        "assoc_actor_1": [named(a) for a in mention.assoc_actor_1],
        "assoc_actor_2": [named(a) for a in mention.assoc_actor_2],
    })


@cache
def _bare_roles() -> dict[str, str]:
    """The categories' names with no country ("Military Forces") -> their role in the actor knowledge base."""
    from sitrep.extract.actors import get_actor_kb

    kb = get_actor_kb()
    return {kb.role(role, None).name: role for role in kb.roles}


def _elsewhere(actor: ActorRef | None, country: str | None) -> bool:
    return bool(actor and country and actor.country and actor.country != country and read_from_place(actor))


def _ref(refs: list[ActorRef], name: str) -> ActorRef:
    return next(r for r in refs if r.name == name)


def _set_tolls(
    event: Event,
    mentions: list[EventMention],
    published: Callable[[EventMention], dt.date | None],
    notes: list[str],
) -> None:
    killed: list[Total] = []
    injured: list[Total] = []
    if event.sub_event_type in DEATHLESS and any(c.kind == "killed" for m in mentions for c in m.counts):
        # ACLED's peaceful protests and protests dispersed without lethal force have no deaths (a protest met with
        # lethal force is "Excessive force against protesters"): deaths its reports tell are what the crowd
        # demonstrates about ("protested the killing of two herders last week")
        notes.append(f"Deaths the reports tell are not this {event.sub_event_type.lower()}'s toll.")
        mentions = [m.model_copy(update={"counts": [c for c in m.counts if c.kind != "killed"]}) for m in mentions]
    for mention in mentions:
        armed = frozenset(
            side for side, actor in (("actor1", mention.actor1), ("actor2", mention.actor2))
            if actor is not None and actor.inter_code in NON_STATE_ARMED
        )
        victims = victim_sides(mention.actor2.inter_code if mention.actor2 else None)
        killed += [_by_class(t, mention) for t in
                   source_totals(mention.counts, "killed", mention.article_id, published(mention), armed, victims)]
        injured += source_totals(mention.counts, "injured", mention.article_id, published(mention), armed, victims)
    # UCDP's high estimate keeps every credible source's figure, the parties' own included ("the group says it
    # killed 30"), which ACLED's figure and the best estimate leave out whenever a report gives another.
    high_pool = _sides_added(_current([replace(t, claimed=False) for t in killed]))
    killed = _sides_added(_current(killed))  # one authority's latest toll replaces its earlier ones across reports
    if killed:
        credible = _credible(killed)
        figures = [t for t in credible if t.precise] or credible  # a vague word only when no source gives a figure
        event.fatalities_low = min(t.low for t in figures)
        event.fatalities = min(t.share for t in figures)  # one day's share of a toll told for several days
        # A vague word ("hundreds" = 100-999) says little about the upper end: its lower figure counts.
        event.fatalities_high = max(t.high if t.high <= 2 * t.low else t.low for t in _credible(high_pool))
        best = _best(credible)
        event.fatalities_best, event.deaths = best.low, _deaths(best, event)
        reported = sorted({(t.low, t.high) for t in killed})
        if len(reported) > 1:
            said = ", ".join(str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in reported)
            notes.append(
                f"Fatality figures differ between sources: {said}; coded {event.fatalities_low} (lowest reported "
                f"total), best estimate {event.fatalities_best}."
            )
        days, places = max(t.days for t in figures), max(t.places for t in figures)
        if event.fatalities != event.fatalities_low and days > 1:
            notes.append(f"The toll covers {days} days: {event.fatalities} coded for one day's event.")
        elif event.fatalities != event.fatalities_low and places > 1:
            notes.append(f"The toll covers {places} places: {event.fatalities} coded for the first place's event.")
    if injured:
        event.injured = min(t.low for t in _credible(injured))


_INTER_CLASS = {1: "state", 2: "armed", 3: "armed", 4: "armed", 7: "civilians"}  # ACLED inter codes
_VICTIM_CLASS = {"civilians": "civilians", "civilian": "civilians", "military": "state", "attackers": "armed"}


def _by_class(total: Total, mention: EventMention) -> Total:
    """A sides-only total with its parts keyed by who the dead were (state forces, armed groups, civilians), which
    every report of the event can name alike; no parts when one names none of them ("three men")."""
    classes: dict[str, tuple[int, int]] = {}
    for key, low, high in total.parts:
        actor = mention.actor1 if key == "actor1" else mention.actor2 if key == "actor2" else None
        cls = _INTER_CLASS.get(actor.inter_code or 0) if actor is not None else _VICTIM_CLASS.get(key)
        if cls is None:
            return replace(total, parts=())
        was = classes.get(cls, (0, 0))
        classes[cls] = (was[0] + low, was[1] + high)
    return replace(total, parts=tuple((cls, low, high) for cls, (low, high) in classes.items()))


def _sides_added(totals: list[Total]) -> list[Total]:
    """The attackers' dead one report gives add to another report's count of the victims, as they add to a whole
    toll within one report (`sitrep.resolve.tolls`): "12 soldiers killed"; "douze militaires tués ... une vingtaine
    d'assaillants neutralisés": 12 + 20 = 32. When the precise sides-only totals of two or more reports do not all
    count the armed side's dead, they become one total: the lowest victims' count any of them gives plus the lowest
    count of the armed side's dead (the highest of each for the high end), dated as the latest of them. The victims'
    counts compete as before ("49 soldiers" beside "53 soldiers and one civilian": 49); a whole toll ("20 people
    died") and a vague one stay totals of their own."""
    split = [t for t in totals if t.parts and t.precise]
    armed = [[(lo, hi) for key, lo, hi in t.parts if key == "armed"] for t in split]
    victims = [[(lo, hi) for key, lo, hi in t.parts if key != "armed"] for t in split]
    if len({t.article_id for t in split}) < 2 or all(armed) or not any(armed) or not any(victims):
        return totals
    armed_low = min(sum(lo for lo, _ in a) for a in armed if a)
    armed_high = max(sum(hi for _, hi in a) for a in armed if a)
    fewest = min((t for t, v in zip(split, victims, strict=True) if v),
                 key=lambda t: sum(lo for key, lo, _ in t.parts if key != "armed"))
    low = sum(lo for key, lo, _ in fewest.parts if key != "armed") + armed_low
    high = max(sum(hi for _, hi in v) for v in victims if v) + armed_high
    latest = max(split, key=lambda t: (t.published or dt.date.min, t.low))
    # the sides stay known (`_deaths`): the fewest victims' parts, then the armed side's dead
    parts = tuple(p for p in fewest.parts if p[0] != "armed") + (("armed", armed_low, armed_high),)
    added = replace(
        latest, low=low, high=high, parts=parts, whole=any(t.whole for t in split),
        position=min(t.position for t in split), days=max(t.days for t in split),
        places=max(t.places for t in split), revised=False, superseded=all(t.superseded for t in split),
        aggregate=any(t.aggregate for t in split), claimed=all(t.claimed for t in split),
    )
    return [t for t in totals if t not in split] + [added]


def _current(totals: list[Total]) -> list[Total]:
    """Each authority's latest totals; a figure its source says was replaced counts only when no source gives a
    current one."""
    current = current_totals(totals)
    return [t for t in current if not t.superseded] or current


def _credible(totals: list[Total]) -> list[Total]:
    """Totals that can be the event's whole toll: a total built only on sides' figures and far below the
    largest is a partial count ("one civilian also died, a witness said"); a whole figure always counts."""
    largest = max(t.low for t in totals)
    return [t for t in totals if t.whole or t.low >= rules().partial_count_fraction * largest]


def _best(totals: list[Total]) -> Total:
    """The latest report's total; within it an updated toll ("rose to six"), then the one most sources give,
    then the one it leads with."""
    pool = [t for t in totals if t.precise] or totals
    reported = Counter(t.low for t in pool)
    return max(pool, key=lambda t: (t.published or dt.date.min, t.revised, reported[t.low], -t.position, t.low))


def _deaths(total: Total, event: Event) -> Deaths:
    """Who the best total's dead were: each class of dead (`_by_class`) goes to the one side of the event of that
    class ("49 soldiers and 30 assailants" in an attack on the army: actor2 49, actor1 30), civilians to
    civilians; a whole toll ("12 people"), or a class both sides or neither belong to, is unknown."""
    classes = {"actor1": _INTER_CLASS.get(event.inter1 or 0), "actor2": _INTER_CLASS.get(event.inter2 or 0)}
    split = dict.fromkeys(("actor1", "actor2", "civilians", "unknown"), 0)
    for cls, low, _high in total.parts:
        sides = [side for side, of in classes.items() if of == cls]
        split["civilians" if cls == "civilians" else sides[0] if len(sides) == 1 else "unknown"] += low
    if sum(split.values()) > total.low:
        return Deaths(unknown=total.low)
    split["unknown"] += total.low - sum(split.values())
    return Deaths(**split)


def _sources(mentions: list[EventMention], articles: dict[str, Article]) -> list[Source]:
    sources: dict[str, Source] = {}
    for mention in mentions:
        if mention.article_id in sources:
            continue
        article = articles.get(mention.article_id)
        sources[mention.article_id] = Source(
            article_id=mention.article_id,
            outlet=article.outlet if article else None,
            published=article.published if article else None,
            url=article.url if article else None,
            title=article.title if article else None,
            quote=mention.trigger.quote if mention.trigger else None,
        )
    return list(sources.values())


def _claims(mentions: list[EventMention]) -> list[Claim]:
    claims: list[Claim] = []

    def add(field: str, value: str | int | None, evidence: Evidence | None, by: str | None = None) -> None:
        claims.append(Claim(
            field=field, value=value, article_id=mention.article_id,
            quote=evidence.quote if evidence else None, attributed_to=by,
            rule=evidence.rule if evidence else None,
        ))

    for mention in mentions:
        add("event_type", f"{mention.event_type}: {mention.sub_event_type}", mention.type_evidence or mention.trigger)
        if mention.date and mention.date.value:
            add("event_date", mention.date.value.isoformat(), mention.date.evidence)
        if mention.location:
            add("location", mention.location.place.name, mention.location.evidence)
        for field, actor in (("actor1", mention.actor1), ("actor2", mention.actor2), ("claimed_by",
                                                                                     mention.claimed_by)):
            if actor:
                add(field, actor.name, actor.evidence)
        for count in mention.counts:
            value = count.low if count.low == count.high else f"{count.low}-{count.high}"
            field = "fatalities" if count.kind == "killed" else count.kind
            add(field, value, count.evidence, count.attributed_to)
    return claims
