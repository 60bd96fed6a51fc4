"""Merge and split decisions of the in-memory resolver on hand-made mentions."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from sitrep.resolve import InMemoryResolver, event_id_for
from sitrep.resolve.synthetic import generate_mentions, make_mention, place

ISGS = ("Islamic State Sahel", 2)
JNIM = ("JNIM: Group for Support of Islam and Muslims", 2)
FAMA = ("Military Forces of Mali", 1)
FABF = ("Military Forces of Burkina Faso", 1)
DAY = dt.date(2019, 11, 1)


def _resolver() -> InMemoryResolver:
    return InMemoryResolver(threshold=0.55, window_days=3)


def test_three_outlets_with_different_tolls_and_dates_merge() -> None:
    r = _resolver()
    first = r.add(make_mention("a1", "Jihadists overran the army post at Indelimane, killing 49 soldiers.",
                               date=DAY, place=place("Indelimane"), actor1=ISGS, actor2=FAMA,
                               killed=[(49, "actor2", "the army")]), DAY + dt.timedelta(days=1))
    second = r.add(make_mention("a2", "Fifty-three soldiers died in Friday's attack on the Indelimane post.",
                                date=DAY, place=place("Indelimane"), actor2=FAMA,
                                killed=[(53, "actor2", "the government")]), DAY + dt.timedelta(days=2))
    # Dated a day late ("on Saturday") and placed in the region only: still the same attack.
    third = r.add(make_mention("a3", "An attack on an army post in the Menaka region killed 50.",
                               date=DAY + dt.timedelta(days=1), place=place("Menaka"), geo_precision=3,
                               actor1=ISGS, actor2=FAMA, killed=[(50, "actor2", None)]), DAY + dt.timedelta(days=2))
    assert first.created and not second.created and not third.created
    assert second.event_id == third.event_id == first.event_id == event_id_for("a1#0")
    assert second.match is not None and second.match.score >= 0.55 and "place" in second.match.agreed


def test_two_attacks_same_day_same_region_stay_apart() -> None:
    r = _resolver()
    djibo = r.add(make_mention("b1", "Gunmen attacked soldiers in Djibo, killing six.", date=DAY,
                               place=place("Djibo"), actor1=JNIM, actor2=FABF, killed=[(6, "actor2", None)]), DAY)
    arbinda = r.add(make_mention("b2", "Gunmen attacked soldiers in Arbinda, killing six.", date=DAY,
                                 place=place("Arbinda"), actor1=JNIM, actor2=FABF, killed=[(6, "actor2", None)]), DAY)
    assert djibo.created and arbinda.created
    assert djibo.event_id != arbinda.event_id
    # A third report of the Arbinda attack joins Arbinda, not Djibo.
    again = r.add(make_mention("b3", "Six soldiers were killed at Arbinda on Friday.", date=DAY,
                               place=place("Arbinda"), actor2=FABF, killed=[(6, "actor2", None)]),
                  DAY + dt.timedelta(days=1))
    assert again.event_id == arbinda.event_id


def test_different_armed_groups_same_place_and_day_stay_apart() -> None:
    r = _resolver()
    one = r.add(make_mention("c1", "JNIM fighters ambushed a patrol at Gao.", date=DAY, place=place("Gao"),
                             actor1=JNIM, actor2=FAMA), DAY)
    two = r.add(make_mention("c2", "Islamic State fighters shelled the camp at Gao.", date=DAY, place=place("Gao"),
                             event_type="Explosions/Remote violence",
                             sub_event_type="Shelling/artillery/missile attack",
                             actor1=ISGS, actor2=FAMA), DAY)
    assert one.event_id != two.event_id


def test_mentions_of_one_article_never_merge() -> None:
    r = _resolver()
    a = r.add(make_mention("d1", "An attack at Gao killed three.", date=DAY, place=place("Gao"), actor1=JNIM,
                           actor2=FAMA), DAY)
    b = r.add(make_mention("d1", "An attack at Gao killed three.", index=1, date=DAY, place=place("Gao"),
                           actor1=JNIM, actor2=FAMA), DAY)
    assert a.created and b.created and a.event_id != b.event_id


def test_undated_mention_joins_when_publication_is_consistent() -> None:
    r = _resolver()
    dated = r.add(make_mention("e1", "Soldiers were ambushed near Ansongo on Tuesday.", date=DAY,
                               place=place("Ansongo"), actor1=ISGS, actor2=FAMA), DAY)
    undated = r.add(make_mention("e2", "Soldiers were ambushed near Ansongo.", place=place("Ansongo"),
                                 actor1=ISGS, actor2=FAMA), DAY + dt.timedelta(days=1))
    late = r.add(make_mention("e3", "Soldiers were ambushed near Ansongo.", index=0, place=place("Ansongo"),
                              actor1=ISGS, actor2=FAMA), DAY + dt.timedelta(days=40))
    assert undated.event_id == dated.event_id
    assert late.created  # published weeks later: a new ambush, not this one


def test_dates_beyond_the_window_never_merge() -> None:
    r = _resolver()
    a = r.add(make_mention("f1", "Clashes at Kaya.", date=DAY, place=place("Kaya"), actor1=JNIM, actor2=FABF), DAY)
    b = r.add(make_mention("f2", "Clashes at Kaya.", date=DAY + dt.timedelta(days=5), place=place("Kaya"),
                           actor1=JNIM, actor2=FABF), DAY + dt.timedelta(days=5))
    assert a.event_id != b.event_id


def test_ids_are_stable_on_rerun_and_on_a_growing_corpus() -> None:
    mentions = generate_mentions(400, seed=3)
    full, half, again = _resolver(), _resolver(), _resolver()
    absorbed: dict[str, str] = {}
    for i, m in enumerate(mentions):
        decision = full.add(m)
        again.add(m)
        if i >= 200:  # later reports may show two earlier events to be one: the merge is recorded
            absorbed.update({gone: decision.event_id for gone, _ in decision.merged})
    for m in mentions[:200]:
        half.add(m)
    assert full.event_of == again.event_of
    for mention_id, event_id in half.event_of.items():
        while event_id in absorbed:
            event_id = absorbed[event_id]
        assert full.event_of[mention_id] == event_id


@pytest.mark.slow
def test_resolution_cost_grows_near_linearly() -> None:
    """Candidates compared per mention (what the time per mention follows) level off as the corpus doubles.

    Counted, not timed, so a loaded machine cannot fail it; `sitrep bench` times 1k/10k/100k."""

    def compared(n: int) -> float:
        r = InMemoryResolver(threshold=0.55, window_days=3)
        return sum(r.add(m).compared for m in generate_mentions(n, seed=5)) / n

    small, large = compared(8000), compared(16000)
    assert large < 1.3 * small


def test_synthetic_mentions_are_resolved_mostly_right() -> None:
    mentions = generate_mentions(1000, seed=7)
    r = _resolver()
    for m in mentions:
        r.add(m)
    truth = {m.mention_id: m.article_id.split("-")[0] for m in mentions}
    same_story = Counter(truth.values())
    same_both = Counter((truth[m], e) for m, e in r.event_of.items())
    pairs = sum(n * (n - 1) // 2 for n in same_story.values())
    found = sum(n * (n - 1) // 2 for n in same_both.values())
    assert found / pairs > 0.8
