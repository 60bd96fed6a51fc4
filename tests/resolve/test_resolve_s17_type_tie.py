"""Two reports typing one event differently: the specific trigger's type beats a weak word's, whichever came first;
with equal strength the earliest report's type stands."""

import datetime as dt

from sitrep.models import Article
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention

DAY = dt.date(2019, 6, 3)


def _weak(mention):
    mention.type_evidence = mention.type_evidence.model_copy(update={"rule": "type:weak:recruitment"})
    return mention


def _articles():
    return {"a1": Article(id="a1", text="(synthetic)", published=DAY),
            "a2": Article(id="a2", text="(synthetic)", published=DAY + dt.timedelta(days=1))}


def test_a_specific_trigger_beats_an_earlier_weak_word():
    headline = _weak(make_mention("a1", "Twelve held over recruitment.", event_type="Strategic developments",
                                  sub_event_type="Change to group/activity", date=DAY))
    report = make_mention("a2", "Police arrested twelve suspected recruiters in Kisauni on Monday.",
                          event_type="Strategic developments", sub_event_type="Arrests", date=DAY)
    event = build_event([headline, report], _articles())
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")


def test_equal_strength_keeps_the_earliest_report():
    first = make_mention("a1", "Gunmen attacked the post.", date=DAY)
    second = make_mention("a2", "Gunmen killed villagers.", event_type="Violence against civilians",
                          sub_event_type="Attack", date=DAY)
    assert build_event([first, second], _articles()).sub_event_type == "Armed clash"
