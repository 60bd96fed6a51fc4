"""The event's type is the one most reports give: a trigger's strength only breaks ties, it never outvotes."""

import datetime as dt

from sitrep.models import Article
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention

DAY = dt.date(2019, 6, 3)


def _weak(mention):
    mention.type_evidence = mention.type_evidence.model_copy(update={"rule": "type:weak:recruitment"})
    return mention


def test_two_weak_reports_outvote_one_specific_trigger():
    articles = {f"a{i}": Article(id=f"a{i}", text="(synthetic)", published=DAY + dt.timedelta(days=i))
                for i in range(3)}
    strong = make_mention("a0", "Police arrested twelve suspected recruiters in Kisauni on Monday.",
                          event_type="Strategic developments", sub_event_type="Arrests", date=DAY)
    weak = [_weak(make_mention(f"a{i}", "Twelve held over recruitment.", event_type="Strategic developments",
                               sub_event_type="Change to group/activity", date=DAY)) for i in (1, 2)]
    event = build_event([strong, *weak], articles)
    assert event.sub_event_type == "Change to group/activity"
