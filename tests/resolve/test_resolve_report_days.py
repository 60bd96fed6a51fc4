"""A report telling fights on two days: each of its mentions goes to the event of its own day. Its Wednesday
fighting does not join another outlet's Monday clash, which the report's own Monday mention joins."""

from __future__ import annotations

import datetime as dt

from sitrep.models import Article, ArticleExtraction, EventMention
from sitrep.resolve import Resolver
from sitrep.resolve.synthetic import make_mention, place
from sitrep.store import Store

MONDAY = dt.date(2022, 10, 24)
WEDNESDAY = MONDAY + dt.timedelta(days=2)
ISGS = ("Islamic State Sahel", 2)
FAMA = ("Military Forces of Mali", 1)


def _clash(article_id: str, index: int, day: dt.date, dead: int, recalled: bool = False) -> EventMention:
    if recalled:  # told in passing: the region only, the soldiers' side only
        return make_mention(article_id, f"{dead} soldiers had been killed in clashes in the region.", index=index,
                            date=day, place=place("Menaka"), geo_precision=3, actor2=FAMA,
                            killed=[(dead, "actor2", None)])
    return make_mention(article_id, f"Fighting between jihadists and soldiers at Menaka left {dead} dead.",
                        index=index, date=day, place=place("Menaka"), actor1=ISGS, actor2=FAMA,
                        killed=[(dead, "actor2", None)])


def _add(store: Store, resolver: Resolver, article_id: str, published: dt.date, *mentions: EventMention) -> None:
    article = Article(id=article_id, text=" ".join(m.trigger.quote for m in mentions if m.trigger)
                      + f" Reported by outlet {article_id}.", published=published, outlet=article_id)
    extraction = ArticleExtraction(article_id=article_id, language="en", events=list(mentions))
    with store.transaction(exclusive=True):
        store.add_article(article)
        store.save_extraction(extraction)
        resolver.add(article, extraction)


def test_each_days_mention_of_a_report_joins_the_event_of_its_day() -> None:
    store = Store(":memory:")
    resolver = Resolver(store, threshold=0.45, window_days=3)
    _add(store, resolver, "a", MONDAY + dt.timedelta(days=1), _clash("a", 0, MONDAY, 3))
    _add(store, resolver, "b", WEDNESDAY + dt.timedelta(days=1), _clash("b", 0, WEDNESDAY, 5),
         _clash("b", 1, MONDAY, 3))
    found = sorted((str(e.event_date), sorted(s.article_id for s in e.sources)) for e in store.events())
    assert found == [("2022-10-24", ["a", "b"]), ("2022-10-26", ["b"])]


def test_another_outlets_monday_clash_joins_the_reports_monday_mention_not_its_wednesday() -> None:
    store = Store(":memory:")
    resolver = Resolver(store, threshold=0.45, window_days=3)
    _add(store, resolver, "b", WEDNESDAY + dt.timedelta(days=1), _clash("b", 0, WEDNESDAY, 5),
         _clash("b", 1, MONDAY, 3, recalled=True))
    _add(store, resolver, "a", WEDNESDAY + dt.timedelta(days=2), _clash("a", 0, MONDAY, 3))
    found = sorted((str(e.event_date), sorted(s.article_id for s in e.sources)) for e in store.events())
    assert found == [("2022-10-24", ["a", "b"]), ("2022-10-26", ["b"])]



def test_a_report_of_one_day_still_joins_an_event_another_outlet_dated_two_days_off() -> None:
    store = Store(":memory:")
    resolver = Resolver(store, threshold=0.45, window_days=3)
    _add(store, resolver, "a", MONDAY + dt.timedelta(days=1), _clash("a", 0, MONDAY, 3))
    _add(store, resolver, "b", WEDNESDAY + dt.timedelta(days=1), _clash("b", 0, WEDNESDAY, 3))
    assert [sorted(s.article_id for s in e.sources) for e in store.events()] == [["a", "b"]]
