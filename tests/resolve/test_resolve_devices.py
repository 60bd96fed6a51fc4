"""Two explosions of one day in one town told with devices of two kinds are two events (blind s13: a roadside bomb
on a police patrol and a car bomb at a restaurant, both in Mogadishu on one Thursday, became one event)."""

from __future__ import annotations

import datetime as dt

from sitrep.models import EventMention
from sitrep.resolve import InMemoryResolver
from sitrep.resolve.context import article_context
from sitrep.resolve.synthetic import make_mention, place

DAY = dt.date(2026, 11, 12)
STORY = "A blast shook Gao on Thursday; the regional governor Ali Toure gave the figures."


def _blast(article_id: str, sentence: str, killed: int) -> EventMention:
    return make_mention(article_id, sentence, date=DAY, place=place("Gao"), event_type="Explosions/Remote violence",
                        sub_event_type="Remote explosive/landmine/IED", killed=[(killed, "unknown", None)])


def _events(*mentions: EventMention) -> list[list[str]]:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    for mention in mentions:
        r.add(mention, DAY, context=article_context(STORY))
    return sorted(sorted(ids) for ids in r.events().values())


def test_a_car_bomb_and_a_roadside_bomb_the_same_day_are_two_events() -> None:
    assert _events(_blast("a", "A car bomb exploded outside a restaurant in Gao, killing eight people.", 8),
                   _blast("b", "A roadside bomb hit a police patrol in Gao, killing two officers.", 2)) == [
        ["a#0"], ["b#0"]]


def test_one_bomb_named_by_kind_in_one_report_and_not_in_another_is_one_event() -> None:
    # a suicide bomber may drive the car bomb; "explosion" names no kind
    assert _events(_blast("a", "A car bomb exploded outside a restaurant in Gao, killing eight people.", 8),
                   _blast("b", "A suicide bomber blew himself up outside a restaurant in Gao, killing ten.", 10),
                   _blast("c", "Une voiture piégée a explosé devant un restaurant de Gao, faisant huit morts.", 8)) == [
        ["a#0", "b#0", "c#0"]]
