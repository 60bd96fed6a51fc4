"""Merge and split rules of session 3: tolls against an untimed story match, reports following an event up
weeks later, and wording compared only within one language. Hand-made mentions and short synthetic reports."""

from __future__ import annotations

import datetime as dt

from sitrep.models import DateClaim, EventMention, PartialDate
from sitrep.resolve import InMemoryResolver
from sitrep.resolve.context import article_context
from sitrep.resolve.similarity import compare, mention_features
from sitrep.resolve.synthetic import make_mention, place

JNIM = ("JNIM: Group for Support of Islam and Muslims", 2)
FAMA = ("Military Forces of Mali", 1)
CIVILIANS = "Violence against civilians"
DAY = dt.date(2019, 6, 9)  # a Sunday

# A massacre at a Dogon village, and a list of its victims published three weeks later with no date for it.
MASSACRE = ("Gunmen attacked the village of Sobame near Sangha in the Bandiagara district; the mayor of Sangha, "
            "Ali Dolo, gave the toll.")
VICTIM_LIST = ("The town hall of Sangha published the names of the dead of Sobame; mayor Ali Dolo said the "
               "families were resettled in Bandiagara.")
UNRELATED = ("Herders from Tessit and Talataye said armed men took their cattle near the Niger border.")


def _resolver() -> InMemoryResolver:
    return InMemoryResolver(threshold=0.45, window_days=3)


def _massacre(r: InMemoryResolver, article_id: str = "m1") -> str:
    return r.add(make_mention(article_id, "Gunmen attacked the village, killing 95 people.", date=DAY,
                              place=place("Bandiagara"), event_type=CIVILIANS, sub_event_type="Attack",
                              killed=[(95, "civilians", None)]), DAY, context=article_context(MASSACRE)).event_id


def _follow_up(article_id: str, killed: int = 95, partial: PartialDate | None = None) -> EventMention:
    mention = make_mention(article_id, "The list of the victims was published.", event_type=CIVILIANS,
                           sub_event_type="Attack", killed=[(killed, "civilians", None)])
    if partial is not None:
        mention = mention.model_copy(update={"date": DateClaim(value=None, precision=None, partial=partial)})
    return mention


def test_a_follow_up_weeks_later_joins_the_event_whose_story_it_tells() -> None:
    r = _resolver()
    event = _massacre(r)
    later = r.add(_follow_up("f1"), DAY + dt.timedelta(days=22), context=article_context(VICTIM_LIST))
    assert later.event_id == event
    assert later.match is not None and later.match.signals["date"] < 0.4  # weeks apart: the date says little


def test_a_follow_up_needs_the_story_and_a_toll_that_fits() -> None:
    published = DAY + dt.timedelta(days=22)
    for follow_up, context in ((_follow_up("f2"), UNRELATED), (_follow_up("f3", killed=3), VICTIM_LIST)):
        r = _resolver()
        event = _massacre(r)
        decision = r.add(follow_up, published, context=article_context(context))
        assert decision.created and decision.event_id != event


def test_a_follow_up_is_bounded_in_time_and_by_the_day_its_words_name() -> None:
    r = _resolver()
    event = _massacre(r)
    too_late = r.add(_follow_up("f4"), DAY + dt.timedelta(days=120), context=article_context(VICTIM_LIST))
    other_day = r.add(_follow_up("f5", partial=PartialDate(day=2, month=7)), DAY + dt.timedelta(days=22),
                      context=article_context(VICTIM_LIST))
    same_day = r.add(_follow_up("f6", partial=PartialDate(day=9, month=6)), DAY + dt.timedelta(days=22),
                     context=article_context(VICTIM_LIST))
    assert too_late.created and too_late.event_id != event
    assert other_day.created and other_day.event_id != event
    assert same_day.event_id == event


def test_an_untimed_story_match_is_undone_by_tolls_telling_the_events_apart() -> None:
    # No date, no publication date: the names and the type are all there is; a few dead against a massacre
    # are two events however many names the reports share.
    r = _resolver()
    event = _massacre(r)
    undated = make_mention("u1", "Four bodies were found by relatives.", event_type=CIVILIANS,
                           sub_event_type="Attack", killed=[(4, "civilians", None)])
    same_toll = make_mention("u2", "Ninety-five bodies were found by relatives.", event_type=CIVILIANS,
                             sub_event_type="Attack", killed=[(95, "civilians", None)])
    assert r.add(undated, context=article_context(VICTIM_LIST)).created
    assert r.add(same_toll, context=article_context(VICTIM_LIST)).event_id == event


def test_wording_is_compared_only_within_one_language() -> None:
    event = mention_features(make_mention("w1", "Jihadists stormed the army post at dawn.", date=DAY,
                                          place=place("Mopti"), actor1=JNIM, actor2=FAMA), DAY,
                             context=article_context(MASSACRE, language="en"))
    french = mention_features(make_mention("w2", "Des jihadistes ont pris d'assaut le poste de l'armée.",
                                           date=DAY, place=place("Mopti"), actor1=JNIM, actor2=FAMA), DAY,
                              context=article_context(MASSACRE, language="fr"))
    english = mention_features(make_mention("w3", "Soldiers fled when gunmen attacked.", date=DAY,
                                            place=place("Mopti"), actor1=JNIM, actor2=FAMA), DAY,
                               context=article_context(MASSACRE, language="en"))
    # Different words in one language count against; words of two languages cannot be compared.
    assert compare(french, event, 3).signals["text"] > compare(english, event, 3).signals["text"]


ARBINDA = ("Jihadists attacked the army base and the town of Arbinda in the Soum province; the minister Cheriff "
           "Sy gave the figures.")
UAG_BF = ("Unidentified Armed Group (Burkina Faso)", 3)
ARMY_BF = ("Military Forces of Burkina Faso", 1)
CIVILIANS_BF = ("Civilians (Burkina Faso)", 7)
CHRISTMAS_EVE = dt.date(2019, 12, 24)


def _battle(article_id: str, index: int = 0, killed: int = 7) -> EventMention:
    return make_mention(article_id, "Soldiers repelled the assault on the base.", index=index, date=CHRISTMAS_EVE,
                        place=place("Arbinda"), actor1=UAG_BF, actor2=ARMY_BF, killed=[(killed, "actor2", None)])


def _on_civilians(article_id: str, index: int = 0, killed: int = 35) -> EventMention:
    return make_mention(article_id, "Women were killed in the town.", index=index, date=CHRISTMAS_EVE,
                        place=place("Arbinda"), event_type=CIVILIANS, sub_event_type="Attack", actor1=UAG_BF,
                        actor2=CIVILIANS_BF, killed=[(killed, "civilians", None)])


def test_a_battle_and_an_attack_on_civilians_the_same_day_stay_two_events_in_any_order() -> None:
    reports = {"r1": [_battle("r1"), _on_civilians("r1", 1)], "r2": [_battle("r2")], "r3": [_on_civilians("r3")],
               "r4": [_battle("r4"), _on_civilians("r4", 1)]}
    expected = [["r1#0", "r2#0", "r4#0"], ["r1#1", "r3#0", "r4#1"]]
    for order in (("r1", "r2", "r3", "r4"), ("r3", "r2", "r1", "r4"), ("r2", "r3", "r4", "r1")):
        r = _resolver()
        for article_id in order:
            for mention in reports[article_id]:
                r.add(mention, CHRISTMAS_EVE, context=article_context(ARBINDA))
        assert sorted(sorted(ids) for ids in r.events().values()) == expected, order


def test_one_attack_coded_a_battle_by_one_outlet_and_an_attack_on_civilians_by_another_merges() -> None:
    r = _resolver()
    first = r.add(_battle("o1", killed=35), CHRISTMAS_EVE, context=article_context(ARBINDA))
    second = r.add(_on_civilians("o2", killed=35), CHRISTMAS_EVE, context=article_context(ARBINDA))
    assert second.event_id == first.event_id
