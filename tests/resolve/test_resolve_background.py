"""A figure a report's own sentence dates to an earlier event is background: resolution neither counts it as the
event's toll nor matches another event on it; and a report that says neither when nor where joins an event only
when it tells the same story."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import CountClaim, DateClaim, EventMention, Evidence, PartialDate
from sitrep.resolve import InMemoryResolver
from sitrep.resolve.background import current_counts
from sitrep.resolve.context import article_context
from sitrep.resolve.similarity import mention_features
from sitrep.resolve.synthetic import make_mention, place

DAY = dt.date(2019, 6, 9)
VILLAGERS = ("Civilians (Mali)", 7)

# A report of an attack on a hamlet, with no publication date and no year: only "Sunday 9 June" dates it. Its
# last sentence recalls an older massacre in another village.
REPORT = ("Gunmen on motorbikes attacked the hamlet of Kerou near Bandiagara on Sunday 9 June, killing 41 villagers. "
          "On 12 March, some 90 people were killed in the attack on the village of Tinbo.")
MAIN, RECALLED = REPORT.split(". ", 1)


def _claim(figure: int, sentence: str, article_id: str = "r1") -> CountClaim:
    start = REPORT.find(sentence)
    return CountClaim(kind="killed", low=figure, high=figure, evidence=Evidence(
        article_id=article_id, start=max(start, 0), end=max(start, 0) + len(sentence), quote=sentence, rule="test"))


def _report(date: DateClaim | None, *sentences: tuple[int, str]) -> EventMention:
    mention = make_mention("r1", MAIN, event_type="Violence against civilians", sub_event_type="Attack",
                           place=place("Bandiagara"), geo_precision=2, actor2=VILLAGERS)
    return mention.model_copy(update={"date": date, "counts": [_claim(n, s) for n, s in sentences]})


SUNDAY_9_JUNE = DateClaim(value=None, precision=None, partial=PartialDate(month=6, day=9, weekday=6))


@pytest.mark.parametrize(("date", "sentence", "background"), [
    (SUNDAY_9_JUNE, RECALLED, True),  # 12 March, in a report of 9 June
    (DateClaim(value=DAY, precision=1), RECALLED, True),  # the same with the year known
    (SUNDAY_9_JUNE, "On 11 June the toll rose to 90, the mayor said.", False),  # a later day: an update
    (SUNDAY_9_JUNE, "On Monday the mayor counted 90 dead.", False),  # a weekday says when a toll was given
    (SUNDAY_9_JUNE, "On 9 June and again on 12 March, 90 people died.", False),  # names the event's day too
    (SUNDAY_9_JUNE, "Some 90 people were killed in the attack on the village of Tinbo.", False),  # no date
    (None, RECALLED, False),  # the report gives its event no date: nothing to compare with
])
def test_a_figure_dated_before_the_event_is_background(date: DateClaim | None, sentence: str,
                                                       background: bool) -> None:
    mention = _report(date, (41, MAIN), (90, sentence))
    kept = [c.low for c in current_counts(mention, None, "en")]
    assert kept == ([41] if background else [41, 90])


def test_a_recalled_toll_does_not_match_the_recalled_massacre() -> None:
    """Before: the Kerou event "agreed" on 90 with a later report of the Tinbo massacre, and joined it."""
    r = InMemoryResolver(threshold=0.45, window_days=3)
    kerou = _report(SUNDAY_9_JUNE, (41, MAIN), (90, RECALLED))
    assert mention_features(kerou, None, context=article_context(REPORT)).killed == {41}
    first = r.add(kerou, context=article_context(REPORT, "ML"))
    tinbo = "The Tinbo massacre left 92 dead, a Dogon association said."
    later = r.add(make_mention("r2", tinbo, event_type="Violence against civilians", sub_event_type="Attack",
                               actor2=VILLAGERS, killed=[(92, "civilians", None)]),
                  context=article_context(tinbo, "ML"))
    assert later.created and later.event_id != first.event_id


# Two reports with no date and no publication date. The first names a Somali town and a minister; the second,
# a massacre in a village no gazetteer holds, names no country, and its only name in common with the first is a
# skeleton ("Ismail", "Somilo": s-m-l).
BLAST = "A truck bomb killed 180 people at a junction in Mogadishu, minister Ismail Adan told Radio Dalsan."
MASSACRE = "Elders of Ogotou said 174 villagers died; Somilo, a herder, saw the gunmen leave."


def test_a_report_saying_neither_when_nor_where_needs_the_same_story() -> None:
    """Before: the massacre joined the blast on the toll and the skeleton (both "specific")."""
    r = InMemoryResolver(threshold=0.45, window_days=3)
    for i, town in enumerate(("Kaya", "Dori", "Tahoua")):  # other news, so that the two names are rare ones
        protest = f"Traders marched in {town} against the new market tax, the governor said."
        r.add(make_mention(f"p{i}", protest, event_type="Protests", sub_event_type="Peaceful protest",
                           date=dt.date(2017, 10, 1 + i), place=place(town)), dt.date(2017, 10, 2 + i),
              context=article_context(protest))
    blast = r.add(make_mention("b1", BLAST, event_type="Explosions/Remote violence",
                               sub_event_type="Remote explosive/landmine/IED", killed=[(180, "unknown", None)]),
                  context=article_context(BLAST, "SO"))
    massacre = r.add(make_mention("m1", MASSACRE, event_type="Violence against civilians", sub_event_type="Attack",
                                  actor2=("Civilians", 7), killed=[(174, "civilians", None)]),
                     context=article_context(MASSACRE))
    assert massacre.created and massacre.event_id != blast.event_id
    # the same story, told again with no time and no place: its names and type agree, so it joins
    again = "Elders of Ogotou buried 174 villagers; Somilo, a herder, saw the gunmen leave Ogotou."
    retold = r.add(make_mention("m2", again, event_type="Violence against civilians", sub_event_type="Attack",
                                actor2=("Civilians", 7), killed=[(174, "civilians", None)]),
                   context=article_context(again))
    assert retold.event_id == massacre.event_id
