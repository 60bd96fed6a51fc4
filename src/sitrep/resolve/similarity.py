"""How alike an event mention is to an event built so far: compact features, blocking keys, a scored match.

The rules (type families, weights, distance and date bands, generic actors) live in `data/resolve.yaml`.
Every comparison returns the score of each signal, so a merge decision can be explained and stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter

from sitrep.extract.context import NON_STATE_ARMED
from sitrep.models import ActorRef, EventMention, PartialDate, Place
from sitrep.resolve.background import current_counts
from sitrep.resolve.cluster import name_terms
from sitrep.resolve.context import ArticleContext, country_code, name_key
from sitrep.resolve.partial_dates import joint_partial, partial_fit, partials_agree
from sitrep.resolve.places import closest_score, cross_named, names_village, place_score
from sitrep.resolve.rules import rules
from sitrep.resolve.tolls import source_totals

_WORD = re.compile(r"\w+", re.UNICODE)
_READ_FROM_PLACE = re.compile(r"^actor[12]?:(?:generic|default):")
_STORY_ARTICLES = 4  # an event's story signal compares the names of its first few articles


def type_family(event_type: str) -> str:
    return rules().type_families.get(event_type, event_type)


def date_interval(value: dt.date, precision: int | None) -> tuple[int, int]:
    """The days (as ordinals) a date claim allows: the day, its week, or its month."""
    day = value.toordinal()
    if precision == 2:
        return day - 3, day + 3
    if precision == 3:
        first = value.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first.toordinal(), following.toordinal() - 1
    return day, day


Point = tuple[float, float, int, str]  # (lat, lon, geo_precision, admin1 or "")


@dataclass(slots=True)
class Features:
    """What matching needs of one mention (or, merged, of one event)."""

    article_ids: set[str]
    family: str
    types: Counter[tuple[str, str]]  # (event type, sub-event type) -> how many reports gave it
    country: str  # ISO alpha-2, or "" when unknown
    alt_countries: set[str]  # the country of a place doubted (see `_locate`): the event may be there too
    points: list[Point]
    soft_points: list[Point]  # doubted places: they may confirm a match, never rule one out
    dated: tuple[int, int] | None  # interval of days (ordinals) the reports' dates allow
    precise_day: int | None  # ordinal of a day-precise date
    published: tuple[int, int] | None  # interval the event must lie in, from publication dates (undated)
    partial: PartialDate | None  # what an undated mention's words still say: a weekday, a day of a month
    # a report told its day as a night or its small hours ('overnight', 'late on Saturday'): another outlet may
    # file the event under the next or the previous day
    night: bool
    actors: set[str]  # named, non-generic actors
    armed: set[str]  # the non-state ones among them: two different armed groups mean two events
    killed: set[int]
    victims: set[str] = field(default_factory=set)  # "civilians" or "forces": whom the actor2s are
    tokens: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)  # of the reports whose wording `tokens` holds
    # the article's names; for an event, each of its first few articles' names apart (a union would grow
    # until every report shared enough of it)
    names: list[frozenset[str]] = field(default_factory=list)
    place_names: set[str] = field(default_factory=set)  # the places' names as story names (`name_key`)
    # the villages the reports name where the gazetteer lacks them (`PlaceClaim.reported_name`), as `name_key`s:
    # two events placed at one region's point are told apart, or found the same, by them
    villages: set[str] = field(default_factory=set)
    devices: set[str] = field(default_factory=set)  # kinds of explosive device the reports name (`_devices`)


def is_generic(name: str) -> bool:
    """ "Civilians (Mali)", "Unidentified Armed Group (Niger)": categories, not identities."""
    return name.split(" (")[0] in rules().generic_actors


def read_from_place(actor: ActorRef) -> bool:
    """An actor read from a common noun ("soldiers": the state forces of the place's country) or set by default:
    its country is the place's, and says nothing of where the event was."""
    return bool(actor.evidence and _READ_FROM_PLACE.search(actor.evidence.rule))


def published_window(published: dt.date | None, precision: int | None) -> tuple[int, int] | None:
    """The days an undated event may lie in: up to `undated_lookback_days` before its report appeared."""
    if published is None:
        return None
    first, last = date_interval(published, precision if precision in (2, 3) else 1)
    return first - rules().undated_lookback_days, last


def follow_up_window(published: tuple[int, int]) -> tuple[int, int]:
    """The days an undated report's event may lie in when the report follows it up (see `compare`)."""
    r = rules()
    return published[0] + r.undated_lookback_days - r.follow_up_days, published[1]


def mention_features(
    mention: EventMention,
    published: dt.date | None,
    published_precision: int | None = None,
    context: ArticleContext | None = None,
) -> Features:
    r = rules()
    place = mention.location.place if mention.location else None
    precision = mention.location.geo_precision if mention.location else 3
    named = [
        a
        for a in (mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2)
        if a is not None and not is_generic(a.name)
    ]
    own = {country_code(a.country) for a in named if a.country and not read_from_place(a)}
    country, trusted = _locate(place, precision, own, context)
    # a country's point says nothing about where in it: the country is compared, the place is unknown
    point = [] if place is None or (place.feature_code or "").startswith("PCL") else [
        (place.latitude, place.longitude, precision, place.admin1 or "")]
    alt = {place.country_code} - {country, ""} if place and place.country_code and not trusted else set()
    dated = None
    precise_day = None
    if mention.date and mention.date.value:
        dated = date_interval(mention.date.value, mention.date.precision)
        if mention.date.precision in (1, None):
            precise_day = dated[0]
    window = published_window(published, published_precision)
    actors = {a.name for a in named}
    armed = {a.name for a in named if a.inter_code in NON_STATE_ARMED}
    counts = current_counts(mention, published, context.language if context else "")
    killed = {t.low for t in source_totals(counts, "killed", mention.article_id, published)}
    quote = mention.trigger.quote if mention.trigger else ""
    dating = mention.date.evidence.quote if mention.date and mention.date.evidence else ""
    reported = mention.location.reported_name if mention.location else None
    villages = set(place_name_keys(reported)) if reported else set()
    least = r.text_min_token_length
    tokens = {w.lower() for w in _WORD.findall(quote) if len(w) >= least and not w.isdigit()}
    return Features(
        article_ids={mention.article_id},
        family=type_family(mention.event_type),
        types=Counter([(mention.event_type, mention.sub_event_type)]),
        country=country,
        alt_countries=alt,
        points=point if trusted else [],
        soft_points=[] if trusted else point,
        dated=dated,
        precise_day=precise_day,
        published=window,
        partial=mention.date.partial if mention.date and dated is None else None,
        night=bool(r.night_words.search(quote) or r.night_words.search(dating)),
        actors=actors,
        armed=armed,
        killed=killed,
        victims=_victims(mention),
        tokens=tokens,
        languages={context.language} if context and context.language else set(),
        names=[context.names] if context and context.names else [],
        place_names=set(place_name_keys(place.name)) if point else set(),
        villages=villages,
        devices=_devices(mention),
    )


@cache
def place_name_keys(name: str) -> frozenset[str]:
    """A place's name as the story names of an article would hold it ("Tillabéri" -> {"tlbr"})."""
    return frozenset(name_key(w) for w in name_terms(f"x {name}"))


def _locate(
    place: Place | None, precision: int, actor_countries: set[str], context: ArticleContext | None
) -> tuple[str, bool]:
    """The country a mention's event is in, and whether its place can be trusted to tell apart events.

    A place is trusted when something else in the report agrees with its country: the analyst's country hint,
    the article naming that country most, or, for a town (not only a region, which is easily a namesake
    abroad), the article naming it at all or a named (not generic) actor being of it. With no country named,
    a place is trusted unless it lies outside every named actor's country. A doubted place is more likely a
    misread word than the event's place: the event is then in the report's main country, and the place may
    still confirm a match but never rule one out.
    """
    code = (place.country_code or "") if place else ""
    hint = context.hint if context else ""
    if not code:
        return hint, False
    named = context.countries if context else {}
    if code == hint or named and code in context_top(named):
        return code, True
    if precision <= 2 and (code in named or code in actor_countries):
        return code, True
    if not (named or hint) and (code in actor_countries or not actor_countries):
        return code, True
    return hint or (context.main_country() if context else ""), False


def context_top(named: dict[str, int]) -> set[str]:
    """The countries an article names most often (several on a tie)."""
    most = max(named.values(), default=0)
    return {code for code, count in named.items() if count == most}


def merge_features(into: Features, other: Features) -> None:
    """Fold a joining mention's features into its event's features."""
    into.article_ids |= other.article_ids
    into.types.update(other.types)
    into.country = into.country or other.country
    into.alt_countries |= other.alt_countries
    # An event is in one country: a place another country's report gave it is doubted (it may confirm a
    # match, never rule one out), as when "G5 Sahel" was read as the Sahel region of the wrong country.
    trusted = [p for p in other.points if not into.country or other.country == into.country]
    if len(into.points) < 8:
        into.points.extend(trusted)
    if len(into.soft_points) < 8:
        into.soft_points.extend(other.soft_points + [p for p in other.points if p not in trusted])
    if other.dated and (into.dated is None or _width(other.dated) < _width(into.dated)):
        into.dated = other.dated  # the most precise date claim bounds the event
    if into.precise_day is None:
        into.precise_day = other.precise_day
    into.partial = joint_partial(into.partial, other.partial)
    into.night = into.night or other.night
    if other.published and (into.published is None or not _overlap(into.published, other.published)):
        into.published = into.published or other.published
    elif other.published and into.published:
        into.published = (max(into.published[0], other.published[0]), min(into.published[1], other.published[1]))
    into.actors |= other.actors
    into.armed |= other.armed
    into.killed |= other.killed
    into.victims |= other.victims
    into.devices |= other.devices
    if len(into.place_names) < 8:
        into.place_names |= other.place_names
    if len(into.villages) < 8:
        into.villages |= other.villages
    # The founder's words stay the event's words: a union would grow until every report "matches" it.
    into.names.extend(other.names[: max(0, _STORY_ARTICLES - len(into.names))])


def _devices(mention: EventMention) -> set[str]:
    """The kinds of device (`explosive_devices`) the words reporting an explosion name."""
    if mention.event_type != "Explosions/Remote violence":
        return set()
    words = " ".join(e.quote for e in (mention.trigger, mention.type_evidence) if e)
    return {kind for kind, pattern in rules().explosive_devices.items() if pattern.search(words)}


def _victims(mention: EventMention) -> set[str]:
    """Whom the event was against: civilians, or an armed force (state, rebels, militias, foreign troops)."""
    code = mention.actor2.inter_code if mention.actor2 else None
    if code == 7:
        return {"civilians"}
    return {"forces"} if code in (1, 2, 3, 4, 8) else set()


def _width(span: tuple[int, int]) -> int:
    return span[1] - span[0]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


@dataclass(frozen=True, slots=True)
class Match:
    """The outcome of comparing a mention with an event: each signal's score, the total, or a veto."""

    score: float
    signals: dict[str, float]
    veto: str | None = None
    note: str | None = None  # a rule that let the match through, for the event's history

    @property
    def agreed(self) -> list[str]:
        return [name for name, value in self.signals.items() if value >= 0.6]


# The vetoes decided before any signal is scored, made once: most comparisons end in one of them.
_SAME_ARTICLE = Match(0.0, {}, "same article")
_OTHER_FAMILY = Match(0.0, {}, "different type family")
_OTHER_COUNTRY = Match(0.0, {}, "different country")
_FAR_APART = Match(0.0, {}, "places too far apart")
_LONG_APART = Match(0.0, {}, "dates too far apart")


def compare(
    m: Features, e: Features, window_days: int, floor: float = 0.0, idf: Callable[[str], float] | None = None
) -> Match:
    """Score a mention against an event; a veto (same article, far apart, other family) means never merge.

    `floor`: give up (veto "below threshold") as soon as the best reachable score falls short of it.
    `idf`: how rare a name is among the articles seen (for the story signal); all names count alike without.
    """
    if not m.article_ids.isdisjoint(e.article_ids):
        return _SAME_ARTICLE
    if m.family != e.family:
        return _OTHER_FAMILY
    if m.country != e.country and not _same_country(m, e):
        return _OTHER_COUNTRY
    r = rules()
    w = r.weights
    # (Hot path: most comparisons are of two trusted places, no village named, and end in the veto below.)
    if m.soft_points or e.soft_points or m.villages and e.villages or not (m.points and e.points):
        closest = place_score(m, e)
    else:
        closest = closest_score(m.points, e.points)
    # Places apart that the other side's reports name too are places of one story (the villages attacked,
    # the commune they belong to, the region an outlet wrote), as are points apart where both sides name one
    # village the gazetteer lacks as their place (one outlet wrote its region, another the town its distance
    # was given from: '120 km south-west of Mogadishu'): the place then neither agrees nor rules out.
    named_apart = closest is None
    if named_apart and not cross_named(m, e) and m.villages.isdisjoint(e.villages):
        return _FAR_APART
    dates = _date_score(m, e, window_days)
    if dates is None:
        return _LONG_APART
    date, timed, follow_up = dates
    if named_apart and date < r.named_apart["date"]:
        return _FAR_APART
    place = r.place_unknown if closest is None else closest
    # A report that places its event nowhere (the gazetteer lacks the village) but names the village the other
    # side's reports name: the same spot.
    village_named = place == r.place_unknown and names_village(m, e)
    if village_named:
        place = r.place_same_village
    if w["place"] * place + w["date"] * date + (1.0 - w["place"] - w["date"]) < floor:
        return Match(0.0, {}, "below threshold")
    signals = {
        "type": _type_score(m.types, e.types),
        "place": place,
        "date": date,
        "actors": _actor_score(m, e),
        "toll": _toll_score(m.killed, e.killed),
        "text": _text_score(m, e),
        "story": max((_story_score(a, b, idf) for a in m.names for b in e.names), default=r.story_unknown),
    }
    score = sum(w[name] * value for name, value in signals.items())
    if m.armed and e.armed and not m.armed & e.armed:
        score *= r.conflicting_armed_groups_factor
    # A battle with the troops and an attack on the town's people the same day, or a bombing in the town the
    # day after a battle there (both days told precisely): another type, other victims or another day, and
    # tolls that do not agree (both known, not within `toll_bands`' top band) are two events, not two codings
    # of one.
    if signals["type"] <= r.type_other_in_family and m.killed and e.killed and signals["toll"] < 1.0:
        if m.victims and e.victims and not m.victims & e.victims:
            return Match(round(score, 4), signals, "another type against other victims, with another toll")
        if date < r.date_same_day and m.precise_day is not None and e.precise_day is not None:
            return Match(round(score, 4), signals, "another type on another day, with another toll")
    # Days told apart with no night between them (`night_words`), the later with fewer dead: a toll told a day
    # late would be as high or higher, tolls only rise; this is a town attacked on Sunday and again on Monday.
    if signals["toll"] < 1.0 and not (m.night or e.night) and _fewer_dead_a_later_day(m, e):
        return Match(round(score, 4), signals, "a later day with fewer dead, no night between")
    if m.devices and e.devices and m.devices.isdisjoint(e.devices):
        return Match(round(score, 4), signals, "explosions of two kinds of device")
    if named_apart and (signals["type"] < 1.0 or signals["story"] < r.named_apart["story"]):
        return Match(round(score, 4), signals, "places apart, and not one story of one type")
    agreeing = {name for name, least in r.specific_evidence.items() if signals[name] >= least}
    if not agreeing:
        return Match(round(score, 4), signals, "nothing specific agrees")
    # No time to go by: it takes two specific agreements, or one story told in the same names and type with
    # no toll telling them apart (a few dead in one report, a massacre in the other, are two events). A toll
    # of one or two dead agrees with countless events: when not even a weekday fits, it is not one of the two.
    same_story = signals["story"] >= r.untimed_story and signals["type"] == 1.0 and signals["toll"] >= r.toll_unknown
    if (not timed and date <= r.date_undated
            and min(max(m.killed, default=0), max(e.killed, default=0)) < r.untimed_toll_min):
        agreeing.discard("toll")
    # A report that says neither when nor where (not even the country) is one of an event only when it tells the
    # same story: a toll and a name (a common one, or another with the same skeleton) agree with events anywhere.
    if not timed and not same_story and not village_named and (_nowhere(m) or _nowhere(e)):
        return Match(round(score, 4), signals, "neither time nor place: only the same story would do")
    # With no time to go by, a village attacked twice (a year apart) is told apart by the toll alone.
    if not timed and village_named and signals["toll"] < r.toll_unknown:
        return Match(round(score, 4), signals, "the village named, with no time and another toll")
    if not timed and len(agreeing) < 2 and not same_story:
        return Match(round(score, 4), signals, "undated and unpublished: one specific agreement is not enough")
    # A report weeks after the event with no date for it (a list of victims, a funeral, an inquiry) is a
    # source of it only when it tells the same story: its names, and no toll telling them apart.
    if follow_up and not (signals["story"] >= r.untimed_story and signals["toll"] >= r.toll_unknown):
        return Match(round(score, 4), signals, "dates too far apart for anything but the same story")
    note = "places apart, each named in the other side's reports" if named_apart else None
    return Match(round(score, 4), signals, note=note)


def _date_score(m: Features, e: Features, window_days: int) -> tuple[float, bool, bool] | None:
    """(agreement of the two sides' dates, whether time said anything, whether only a follow-up report could
    tell of both); None when they cannot be one event."""
    r = rules()
    if m.dated and e.dated:
        gap = _gap(m.dated, e.dated)
        if gap > window_days:
            return None
        if gap == 0:
            if m.precise_day is not None and m.precise_day == e.precise_day:
                return r.date_same_day, True, False
            return r.date_overlap_imprecise, True, False
        return next((score for days, score in r.date_gap_scores if gap <= days), 0.1), True, False
    # One side undated: the other side's date must fall shortly before the undated report's publication
    # (or, for a report following the event up, weeks before it), and on the weekday or day of the month
    # its words give.
    dated, undated = (m, e) if m.dated else (e, m)
    if dated.dated and undated.published and _gap(dated.dated, undated.published) > 1:
        if _gap(dated.dated, follow_up_window(undated.published)) > 0:
            return None
        if undated.partial and partial_fit(undated.partial, dated.dated) is None:
            return None
        return r.date_follow_up, True, True
    if not dated.dated and dated.published and undated.published and not _overlap(dated.published,
                                                                                   undated.published):
        return None
    timed = bool(dated.dated and undated.published or dated.published and undated.published)
    if dated.dated and undated.partial:
        fit = partial_fit(undated.partial, dated.dated)
        return None if fit is None else (fit[0], fit[1] or timed, False)
    if m.partial and e.partial:
        agreed = partials_agree(m.partial, e.partial, timed)
        return None if agreed is None else (*agreed, False)
    return r.date_undated, timed, False


def _told_day(f: Features, other: Features) -> int | None:
    """The day (ordinal) a side names: its exact date, or an undated report's weekday (or day of a month) a day
    off the other side's exact date."""
    if f.precise_day is not None or f.partial is None or other.precise_day is None:
        return f.precise_day
    around = (other.precise_day - 1, other.precise_day + 1)
    return next((day for day in around if f.partial.fits(dt.date.fromordinal(day))), None)


def _fewer_dead_a_later_day(m: Features, e: Features) -> bool:
    """Whether the two sides name two days and the later one's every toll is below the earlier one's."""
    days = _told_day(m, e), _told_day(e, m)
    if None in days or days[0] == days[1] or not (m.killed and e.killed):
        return False
    earlier, later = (m, e) if days[0] < days[1] else (e, m)  # type: ignore[operator]
    return max(later.killed) < min(earlier.killed)


def _same_country(m: Features, e: Features) -> bool:
    """Not known to be in two different countries (a doubted place's country still counts)."""
    if not m.country or not e.country or m.country == e.country:
        return True
    return m.country in e.alt_countries or e.country in m.alt_countries


def _nowhere(f: Features) -> bool:
    """No place and no country: nothing says where the event was."""
    return not (f.country or f.points or f.soft_points or f.alt_countries)


def _type_score(m: Counter[tuple[str, str]], e: Counter[tuple[str, str]]) -> float:
    """Full agreement with the event's most reported type; less with a minority one or the same main type."""
    mine = _most_reported(m)
    if mine == _most_reported(e):
        return 1.0
    if mine in e:
        return 0.8
    return 0.6 if mine[0] in {t for t, _ in e} else rules().type_other_in_family


def _actor_score(m: Features, e: Features) -> float:
    """Sharing an armed group is strong; sharing only state forces (present in most events) is weak."""
    if m.armed and e.armed:
        return 1.0 if m.armed & e.armed else 0.0
    if not m.actors or not e.actors:
        return rules().actors_unknown
    return 0.6 if m.actors & e.actors else 0.1


def _most_reported(types: Counter[tuple[str, str]]) -> tuple[str, str]:
    """`types.most_common(1)`'s type (the first reported on a tie), without its heap: compared for every pair."""
    if len(types) == 1:
        return next(iter(types))
    return max(types.items(), key=itemgetter(1))[0]


def _toll_score(a: set[int], b: set[int]) -> float:
    """Agreement of the two sides' whole tolls: a report's small figures ("one civilian also died", "ten
    survivors") are parts, and two reports sharing only a small part say little. (The closest pair scores: the
    bands rise with the ratio.)"""
    r = rules()
    if not a or not b:
        return r.toll_unknown
    ours, theirs = _whole(a), _whole(b)
    # a shared figure is the closest pair (and two zeros are no 0 / 0)
    closest = 1.0 if not ours.isdisjoint(theirs) else max(min(x, y) / max(x, y) for x in ours for y in theirs)
    return next((score for limit, score in r.toll_bands if closest >= limit), 0.0)


def _whole(figures: set[int]) -> set[int]:
    least = rules().partial_count_fraction * max(figures)
    return {x for x in figures if x >= least}


def _story_score(a: frozenset[str], b: frozenset[str], idf: Callable[[str], float] | None) -> float:
    """Shared names of the two articles, weighted by rarity, relative to the article with fewer names."""
    r = rules()
    weight = idf or (lambda _name: 1.0)
    shared = sum(weight(n) for n in a & b)
    if not shared:
        return 0.0
    smaller = min(sum(weight(n) for n in a), sum(weight(n) for n in b))
    return min(1.0, shared / smaller / r.story_full)


def _text_score(m: Features, e: Features) -> float:
    """Shared words of the trigger sentences; reports in two languages (known) cannot share them."""
    a, b = m.tokens, e.tokens
    if not a or not b or (m.languages and e.languages and not m.languages & e.languages):
        return rules().text_unknown
    return min(1.0, 1.5 * len(a & b) / min(len(a), len(b)))
