"""Incremental resolution in memory: each new mention joins the best matching event or founds a new one.

Blocking keeps the cost near-linear: an event is indexed under (country, type family, day) for every day its
dates allow (undated events: the days before their reports were published, back as far as a follow-up
report may reach, `follow_up_days`), for its country and any country
a doubted place of it lies in; a mention is only compared with events indexed under its own countries (or
unknown country), family and the days within the window of its own dates. Events with neither a date nor a
publication date sit in one (country, family) bucket, of which dated mentions compare the latest
`undated_candidates`; a mention with no time at all compares the latest `undated_candidates` events of its
country and family, dated or not (news is ingested roughly as it appears: an undated report is most likely
about a recent event).

A mention joins the best event scoring at least the threshold. The event may now match other candidates it
could not be compared with before (the new report brought the date, the place or the names it lacked, or it
matched both): they merge, and the event founded by the earlier report keeps its id."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sitrep import settings
from sitrep.models import EventMention
from sitrep.resolve.build import event_id_for
from sitrep.resolve.context import ArticleContext
from sitrep.resolve.partial_dates import weekday_fits_exactly
from sitrep.resolve.rules import rules
from sitrep.resolve.similarity import (
    Features,
    Match,
    compare,
    follow_up_window,
    mention_features,
    merge_features,
)

_UNDATED = -1  # the "day" under which events with no time at all are indexed
_ANY = -2  # every event is also indexed under this "day", for mentions with no time to block on
_ALL_COUNTRIES = "*"


@dataclass(slots=True)
class Decision:
    """Where one mention went and why."""

    mention_id: str
    event_id: str
    created: bool
    match: Match | None = None  # the winning comparison when the mention joined an event
    threshold: float = 0.0
    compared: int = 0  # how many candidate events were scored
    merged: list[tuple[str, Match]] = field(default_factory=list)  # events this mention showed to be the same
    joined: str = ""  # the event `match` scored, when it joined one (`event_id` is the survivor of any merge)


@dataclass(slots=True)
class _Cluster:
    features: Features
    founder: tuple[int, str]  # (publication day, mention id) of the earliest report: the older event survives
    mention_ids: list[str] = field(default_factory=list)
    keys: set[tuple[str, str, int]] = field(default_factory=set)


class InMemoryResolver:
    """The resolver's state and decisions, without a database (the store's `Resolver` wraps it)."""

    def __init__(self, threshold: float | None = None, window_days: int | None = None) -> None:
        self.threshold = float(settings.get("resolve_threshold") if threshold is None else threshold)
        self.window_days = int(settings.get("resolve_window_days") if window_days is None else window_days)
        self._clusters: dict[str, _Cluster] = {}
        self._index: dict[tuple[str, str, int], list[str]] = {}
        self._countries: set[str] = set()
        self._name_df: Counter[str] = Counter()  # in how many articles each name occurs
        self._articles: set[str] = set()
        self.event_of: dict[str, str] = {}  # mention id -> event id
        self._days_told: dict[str, list[tuple[int, str]]] = {}  # article id -> (exact day, mention id) it tells

    def __len__(self) -> int:
        return len(self._clusters)

    def events(self) -> dict[str, list[str]]:
        """Event id -> the ids of its mentions, in the order they joined."""
        return {event_id: list(c.mention_ids) for event_id, c in self._clusters.items()}

    def features(self) -> Iterator[tuple[str, Features]]:
        """Each event's id and what matching knows of it (to read, not to change)."""
        for event_id, cluster in self._clusters.items():
            yield event_id, cluster.features

    def add(
        self,
        mention: EventMention,
        published: dt.date | None = None,
        published_precision: int | None = None,
        context: ArticleContext | None = None,
        report_days: frozenset[int] = frozenset(),
    ) -> Decision:
        """Place one mention; `published` (and its precision) date its article, for undated mentions.

        `context`: the article's names and countries (`sitrep.resolve.context.article_context`). `report_days`:
        the days (ordinals) its report's other mentions give exactly (`_told_apart`).
        """
        if mention.mention_id in self.event_of:
            return Decision(mention.mention_id, self.event_of[mention.mention_id], created=False)
        self._count_names(mention.article_id, context)
        features = mention_features(mention, published, published_precision, context)
        candidates = self._candidates(features)
        matches: list[tuple[float, str, Match]] = []
        for event_id in candidates:
            if self._told_apart(features, event_id, report_days):
                continue
            match = compare(features, self._clusters[event_id].features, self.window_days, self.threshold,
                            self._idf)
            if match.veto is None and match.score >= self.threshold:
                matches.append((match.score, event_id, match))
        if not matches:
            event_id = event_id_for(mention.mention_id)
            self.restore(event_id, mention, published, features)
            return Decision(mention.mention_id, event_id, True, None, self.threshold, len(candidates))
        matches.sort(key=lambda item: (-item[0], item[1]))
        _, event_id, match = self._exact_day_first(features, matches)
        before = self._clusters[event_id].features
        had = (before.dated, len(before.names))
        self._join(event_id, mention.mention_id, features)
        decision = Decision(mention.mention_id, event_id, False, match, self.threshold, len(candidates),
                            joined=event_id)
        # The new report may bridge two events told apart so far: it matched both, or it brought the event the
        # date or the story's names that the other lacked to be compared with it. They merge when they now
        # match each other.
        others = [e for _, e, _ in matches[1:]]
        if had != (before.dated, len(before.names)):
            others += [e for e in candidates if e not in {e for _, e, _ in matches}]
        for other in others:
            if other not in self._clusters or other == decision.event_id:
                continue
            joint = compare(self._clusters[other].features, self._clusters[decision.event_id].features,
                            self.window_days, self.threshold, self._idf)
            if joint.veto is None and joint.score >= self.threshold:
                survivor, absorbed = sorted((decision.event_id, other), key=lambda e: self._clusters[e].founder)
                self._merge(survivor, absorbed)
                decision.event_id = survivor
                decision.merged.append((absorbed, joint))
        return decision

    def _told_apart(self, features: Features, event_id: str, report_days: frozenset[int]) -> bool:
        """A report tells the mention's day and the event's apart, as two events: the mention's own report (its
        other mentions' `report_days`) or one of the event's reports (a mention of it in another event). A report
        of Monday's clash and Wednesday's fresh fighting: Wednesday's joins no other outlet's Monday clash, nor
        another outlet's Monday clash its Wednesday fighting; each joins the report's mention of its own day."""
        ours, theirs = features.precise_day, self._clusters[event_id].features.precise_day
        if ours is None or theirs is None or ours == theirs:
            return False
        if theirs in report_days:
            return True
        return any(day == ours and self.event_of.get(mention_id) != event_id
                   for article_id in self._clusters[event_id].features.article_ids
                   for day, mention_id in self._days_told.get(article_id, ()))

    def _exact_day_first(self, features: Features, matches: list[tuple[float, str, Match]]) -> tuple[float, str, Match]:
        """The best match; but when the report names only a weekday (or a day of a month) that the best event's
        date misses by a day, an event nearly as good whose date it names exactly ("mardi" and Tuesday the 24th,
        not Wednesday the 18th)."""
        best = matches[0]
        if features.partial is None or weekday_fits_exactly(features, self._clusters[best[1]].features) is not False:
            return best
        margin = rules().exact_day_margin
        return next((item for item in matches[1:] if item[0] >= best[0] - margin
                     and weekday_fits_exactly(features, self._clusters[item[1]].features)), best)

    def restore(
        self,
        event_id: str,
        mention: EventMention,
        published: dt.date | None,
        features: Features | None = None,
        published_precision: int | None = None,
        context: ArticleContext | None = None,
    ) -> None:
        """Put a mention into a known event without scoring (re-warming from the store, or founding)."""
        if features is None:
            self._count_names(mention.article_id, context)
            features = mention_features(mention, published, published_precision, context)
        if event_id in self._clusters:
            self._join(event_id, mention.mention_id, features)
            return
        founder = (published.toordinal() if published else dt.date.max.toordinal(), mention.mention_id)
        cluster = _Cluster(features, founder, [mention.mention_id])
        self._clusters[event_id] = cluster
        self.event_of[mention.mention_id] = event_id
        self._register(event_id, cluster)
        self._tell_day(mention.mention_id, features)

    def _join(self, event_id: str, mention_id: str, features: Features) -> None:
        cluster = self._clusters[event_id]
        merge_features(cluster.features, features)
        cluster.mention_ids.append(mention_id)
        self.event_of[mention_id] = event_id
        self._register(event_id, cluster)
        self._tell_day(mention_id, features)

    def _tell_day(self, mention_id: str, features: Features) -> None:
        """Keep the exact day a placed mention gives, under its article (`_told_apart`)."""
        if features.precise_day is not None:
            for article_id in features.article_ids:
                self._days_told.setdefault(article_id, []).append((features.precise_day, mention_id))

    def _count_names(self, article_id: str, context: ArticleContext | None) -> None:
        if article_id not in self._articles:
            self._articles.add(article_id)
            if context:
                self._name_df.update(context.names)

    def _idf(self, name: str) -> float:
        return math.log((len(self._articles) + 1) / (self._name_df[name] + 1)) + 0.1

    def _merge(self, survivor: str, absorbed: str) -> None:
        gone = self._clusters.pop(absorbed)
        cluster = self._clusters[survivor]
        merge_features(cluster.features, gone.features)
        cluster.mention_ids.extend(gone.mention_ids)
        for mention_id in gone.mention_ids:
            self.event_of[mention_id] = survivor
        self._register(survivor, cluster)

    @staticmethod
    def _span(f: Features) -> tuple[int, int] | None:
        """The days an event may lie in; an undated one's reach back to the events they may follow up."""
        if f.dated:
            return f.dated
        return follow_up_window(f.published) if f.published else None

    def _days(self, f: Features) -> Iterable[int]:
        span = self._span(f)
        if span is None:
            return (_UNDATED,)
        return range(span[0], span[1] + 1)

    def _register(self, event_id: str, cluster: _Cluster) -> None:
        f = cluster.features
        keys = [(country, f.family, day) for country in (f.country, *f.alt_countries) for day in self._days(f)]
        keys += [(country, f.family, _ANY) for country in (f.country, *f.alt_countries, _ALL_COUNTRIES)]
        for key in keys:
            if key not in cluster.keys:
                cluster.keys.add(key)
                self._countries.add(key[0])
                self._index.setdefault(key, []).append(event_id)

    def _candidates(self, f: Features) -> list[str]:
        span = self._span(f)
        countries: Iterable[str]
        if span is None:  # no time to block on: only the latest events of its country are worth comparing
            countries = (f.country, "", *f.alt_countries) if f.country else (_ALL_COUNTRIES,)
            days: range | tuple[()] = ()
            timeless = _ANY
        else:
            countries = (f.country, "", *f.alt_countries) if f.country else self._countries - {_ALL_COUNTRIES}
            days = range(span[0] - self.window_days, span[1] + self.window_days + 1)
            timeless = _UNDATED
        seen: dict[str, None] = {}
        recent = rules().undated_candidates
        index, clusters, family = self._index, self._clusters, f.family
        for country in countries:
            for day in days:
                for event_id in index.get((country, family, day), ()):
                    if event_id in clusters:  # not merged away since it was indexed
                        seen[event_id] = None
            for event_id in index.get((country, family, timeless), ())[-recent:]:
                if event_id in clusters:
                    seen[event_id] = None
        return list(seen)
