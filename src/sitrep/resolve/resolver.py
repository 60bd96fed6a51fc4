"""Resolution against the store: each new article's mentions join stored events or found new ones.

The `InMemoryResolver` makes the decisions; this class warms it from the stored mentions, rebuilds the
events a new article touched, and writes mentions, events and history in one exclusive transaction per article
(`Store.transaction(exclusive=True)`). Before deciding, it reads what other processes resolved since it last
looked (`Store.resolution_mark`): two analysts ingesting into one store take turns per article and each sees
the other's events, so reports of one story join one event whoever stored them.
Reports not extracted for their language become sources (with no claims) of the events they clearly report
(`sitrep.resolve.link`), and so do another outlet's word-for-word copies of a stored report (`add_copy`);
rebuilding an event keeps them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.models import Article, ArticleExtraction, Event, EventMention, Source
from sitrep.resolve.build import build_event
from sitrep.resolve.context import ArticleContext, article_context
from sitrep.resolve.core import Decision, InMemoryResolver
from sitrep.resolve.link import EventIndex, Link, report_keys
from sitrep.store.explain import HistoryEntry, ResolvedMention

if TYPE_CHECKING:
    from sitrep.store import Store

_TRACKED = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location",
    "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_best",
    "fatalities_high", "injured",
)


class Resolver:
    """`Resolver(store).add(article, extraction) -> (events created, events updated)`."""

    def __init__(self, store: Store, threshold: float | None = None, window_days: int | None = None) -> None:
        self.store = store
        self._threshold, self._window_days = threshold, window_days
        self._core: InMemoryResolver | None = None
        self._mark = 0  # the store's `resolution_mark` the state reflects

    @property
    def core(self) -> InMemoryResolver:
        """The in-memory state, warmed from the store on first use and brought up to date with what other
        processes resolved since (call inside the transaction that writes the decisions)."""
        if self._core is not None:
            mark = self.store.resolution_mark()
            if mark == self._mark:
                return self._core
            if self.store.merged_since(self._mark):  # stored events changed ids: read the whole state again
                self._core = None
            else:
                self._restore(self._core, self.store.resolved_mentions(after=self._mark))
                self._mark = mark
                return self._core
        self._mark = self.store.resolution_mark()
        core = InMemoryResolver(self._threshold, self._window_days)
        self._restore(core, self.store.resolved_mentions())
        self._core = core
        return core

    @staticmethod
    def _restore(core: InMemoryResolver, rows: Iterable[ResolvedMention]) -> None:
        contexts: dict[str, ArticleContext] = {}
        for row in rows:
            if row.mention.mention_id in core.event_of:
                continue
            article_id = row.mention.article_id
            if article_id not in contexts:
                contexts[article_id] = article_context(row.article_text, row.article_country, row.article_language,
                                                       row.article_title)
            core.restore(row.event_id, row.mention, row.published, published_precision=row.published_precision,
                         context=contexts[article_id])

    def forget(self) -> None:
        """Drop the in-memory state (a transaction holding its decisions was rolled back): read it again."""
        self._core = None

    def add(self, article: Article, extraction: ArticleExtraction) -> tuple[int, int]:
        """Resolve one article's mentions (already resolved ones are skipped, so re-running adds nothing)."""
        if extraction.skipped or not extraction.events:
            return 0, 0
        try:
            with self.store.transaction(exclusive=True):
                return self._add(article, extraction)
        except Exception:
            self._core = None  # the decisions were not stored: forget them, re-warm from the store next time
            raise

    def _add(self, article: Article, extraction: ArticleExtraction) -> tuple[int, int]:
        core = self.core
        new = [m for m in extraction.events if m.mention_id not in core.event_of]
        if not new:
            return 0, 0
        context = article_context(article.text, article.country, article.language, article.title)
        days = {m.mention_id: _exact_day(m) for m in extraction.events}
        decisions = [core.add(m, article.published, article.published_precision, context,
                              frozenset(d for i, d in days.items() if d is not None and i != m.mention_id))
                     for m in new]
        merges = [(absorbed, d.event_id) for d in decisions for absorbed, _ in d.merged]
        events, history = self._rebuild(article, new, decisions)
        assignments = [(m, core.event_of[m.mention_id], article.published) for m in new]
        self.store.save_resolution(events, assignments, history, merges)
        self._mark = self.store.resolution_mark()
        created = {d.event_id for d in decisions if d.created} - {a for a, _ in merges}
        return len(created), len({core.event_of[m.mention_id] for m in new} - created)

    def add_copy(self, article: Article) -> bool:
        """Make `article`, another outlet's word-for-word copy of a stored report (a wire story), one more source of
        the events that report gives, now and whenever they are rebuilt; False when it names no other outlet
        (`Store.add_copy`). The copy's text is not stored again; it gives no claims, only its outlet, address and
        date."""
        with self.store.transaction(exclusive=True):
            original = self.store.add_copy(article)
            if original is None:
                return False
            copy = self.store.get_article(article.id)
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            events, history = [], []
            for event_id in self.store.event_ids_sourced_by(original):
                event = self.store.get_event(event_id)
                if event is None:
                    continue
                _source_copies(event, [copy])
                events.append(event)
                history.append(HistoryEntry(event_id, now, "copied", f"{article.id} ({article.outlet}) prints "
                                            f"{original} word for word: one more source, with no claims of its own"))
            self.store.save_resolution(events, [], history)
        return True

    def link_unextracted(self) -> list[Link]:
        """Link each stored report that was not extracted for its language, and is no event's source yet, to
        the events it clearly reports. Run after each batch: such a report may arrive before or after the
        reports it corroborates, and is tried again whenever events were added. Another ingest into the store
        waits meanwhile (one exclusive transaction), so no report is linked twice."""
        if not self.store.unlinked_unextracted():
            return []
        from sitrep.geo import get_geocoder

        geocoder = get_geocoder()
        links = []
        with self.store.transaction(exclusive=True):
            index = EventIndex(self.core)
            for article in self.store.unlinked_unextracted():
                link = index.find_link(report_keys(article, geocoder))
                if link is not None:
                    self._save_link(article, link)
                    links.append(link)
        return links

    def _save_link(self, article: Article, link: Link) -> None:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        events, history = [], []
        for event_id in link.event_ids:
            event = self.store.get_event(event_id)
            if event is None:  # the resolver's state and the store disagree: leave the report unlinked
                continue
            note = link.note(event_id)
            event.sources.append(Source(
                article_id=article.id, outlet=article.outlet, published=article.published, url=article.url,
                title=article.title, quote=f"not extracted (language {article.language or '?'}); linked by {note}",
                linked=True,
            ))
            events.append(event)
            history.append(HistoryEntry(event_id, now, "linked", f"{article.id} (language {article.language or '?'}, "
                                        f"not extracted) is a source with no claims: {note}", score=link.score))
        self.store.save_resolution(events, [], history)

    def _rebuild(
        self, article: Article, new: list[EventMention], decisions: list[Decision]
    ) -> tuple[list[Event], list[HistoryEntry]]:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        event_of = self.core.event_of
        history: list[HistoryEntry] = []
        absorbed_into: dict[str, str] = {}
        for mention, decision in zip(new, decisions, strict=True):
            history.append(_entry(decision.event_id, now, mention, decision))
            for absorbed, match in decision.merged:
                absorbed_into[absorbed] = event_of[mention.mention_id]
                signals = {name: round(value, 3) for name, value in match.signals.items()}
                for event_id, reason in ((absorbed, f"merged into {event_of[mention.mention_id]}"),
                                         (event_of[mention.mention_id], f"absorbed {absorbed}")):
                    history.append(HistoryEntry(
                        event_id, now, "merged", f"{reason}: {mention.mention_id} bridged them; similarity "
                        f"{match.score:.3f} >= {decision.threshold:.2f}", mention_id=mention.mention_id,
                        score=match.score, threshold=decision.threshold, signals=signals,
                    ))
        events: list[Event] = []
        for event_id in dict.fromkeys(event_of[m.mention_id] for m in new):
            stored_ids = [event_id, *(a for a, s in absorbed_into.items() if s == event_id)]
            mentions = [m for e in stored_ids for m in self.store.event_mentions(e)]
            mentions += [m for m in new if event_of[m.mention_id] == event_id]
            articles = {a: self.store.get_article(a) for a in {m.article_id for m in mentions} - {article.id}}
            articles[article.id] = article
            before = self.store.get_event(event_id)
            after = build_event(mentions, articles, event_id=event_id)
            _source_copies(after, self.store.copies_of(articles))
            _keep_linked(after, [before, *(self.store.get_event(e) for e in stored_ids[1:])])
            events.append(after)
            changes = _changes(before, after)
            if before is not None and changes:
                history.append(HistoryEntry(event_id, now, "updated", f"values changed by {article.id}",
                                            changes=changes))
        return events, history


def _exact_day(mention: EventMention) -> int | None:
    """The day (ordinal) a mention's date gives exactly, if it does."""
    date = mention.date
    return date.value.toordinal() if date and date.value and date.precision in (1, None) else None


def _source_copies(event: Event, copies: list[Article]) -> None:
    """Each copy of a source's report (`Store.copies_of`) is a source too, quoting what its report is quoted for."""
    quotes = {s.article_id: s.quote for s in event.sources}
    for copy in copies:
        if copy.near_duplicate_of in quotes and copy.id not in quotes:
            event.sources.append(Source(article_id=copy.id, outlet=copy.outlet, published=copy.published,
                                        url=copy.url, title=copy.title, quote=quotes[copy.near_duplicate_of]))
            quotes[copy.id] = None
    dates = [s.published for s in event.sources if s.published]
    event.first_reported, event.last_reported = (min(dates), max(dates)) if dates else (None, None)


def _keep_linked(event: Event, stored: list[Event | None]) -> None:
    """Keep the sources of the stored events (this one, those it absorbed) that have no mention in it: reports
    linked without extraction (`Resolver.link_unextracted`)."""
    have = {s.article_id for s in event.sources}
    for before in stored:
        reporting = {m.rsplit("#", 1)[0] for m in before.mention_ids} if before else set()
        for source in before.sources if before else ():
            if source.article_id not in have and source.article_id not in reporting:
                event.sources.append(source)
                have.add(source.article_id)


def _entry(event_id: str, now: dt.datetime, mention: EventMention, decision: Decision) -> HistoryEntry:
    if decision.created:
        return HistoryEntry(
            event_id, now, "created", f"no stored event scored at least {decision.threshold:.2f} "
            f"among {decision.compared} candidate(s)", mention_id=mention.mention_id, threshold=decision.threshold,
        )
    match = decision.match
    assert match is not None  # a mention that joined an event always has its winning comparison
    return HistoryEntry(
        event_id, now, "joined", f"similarity {match.score:.3f} >= {decision.threshold:.2f}; agreed on "
        f"{', '.join(match.agreed) or 'nothing strongly'}" + (f"; {match.note}" if match.note else "")
        + (f"; scored against {decision.joined}, which then merged into this event"
           if decision.joined and decision.joined != event_id else ""),
        mention_id=mention.mention_id, score=match.score,
        threshold=decision.threshold,
        signals={name: round(value, 3) for name, value in match.signals.items()},
    )


def _changes(before: Event | None, after: Event) -> dict[str, list[object]]:
    if before is None:
        return {}
    changed = {}
    for name in _TRACKED:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changed[name] = [old, new]
    return changed
