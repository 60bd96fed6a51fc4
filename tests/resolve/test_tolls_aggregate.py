"""Figures that are not one event's own toll (a toll told for several attacks together, the claimant's count of
its kills), figures restated across sentences, and a one-dead whole toll beside a rounded count of attackers."""

from __future__ import annotations

import datetime as dt

from sitrep.models import Article, CountClaim, Evidence
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention
from sitrep.resolve.tolls import current_totals, source_totals

DAY = dt.date(2024, 3, 10)


def claim(
    n: int, who: str | None, side: str = "unknown", by: str | None = None, rule: str = "count:killed:after",
    quote: str = "s1", places: int = 1, high: int | None = None,
) -> CountClaim:
    evidence = Evidence(article_id="a", start=0, end=1, quote=quote, rule=rule)
    return CountClaim(kind="killed", low=n, high=high or n, who=who, side=side,  # type: ignore[arg-type]
                      attributed_to=by, evidence=evidence, places=places)


def event(*counts_per_article: list[CountClaim]):  # type: ignore[no-untyped-def]
    mentions, articles = [], {}
    for i, counts in enumerate(counts_per_article):
        mention = make_mention(f"a{i}", "Militants attacked the camp.", actor1=("Militants", 2),
                               actor2=("Military Forces of Mali", 1))
        mention.counts = counts
        mentions.append(mention)
        articles[f"a{i}"] = Article(id=f"a{i}", text="(synthetic)", published=DAY + dt.timedelta(days=i))
    return build_event(mentions, articles)


def test_a_toll_for_two_attacks_gives_way_to_this_events_own_figure() -> None:
    # "40 soldiers were killed in the two attacks" (one report) against "3 civilians killed at X" (another)
    both = claim(40, "soldiers", "actor2", "officials", "count:killed:after+aggregate", places=2)
    own = claim(3, "civilians", "civilians")
    found = event([both], [own])
    assert (found.fatalities, found.fatalities_best) == (3, 3)


def test_a_toll_for_two_attacks_alone_is_divided_between_them() -> None:
    both = claim(40, "soldiers", "actor2", "officials", "count:killed:after+aggregate", places=2)
    found = event([both])
    assert (found.fatalities, found.fatalities_low) == (20, 40)


def test_the_claimants_count_counts_only_when_nobody_else_gives_one() -> None:
    boast = claim(85, "soldiers", "actor2", "the group", "count:killed:before+claimed")
    assert event([boast], [claim(4, "civilians", "civilians")]).fatalities_best == 4
    assert event([boast]).fatalities == 85


def test_the_claimants_count_beside_its_own_losses_is_not_a_bare_claim() -> None:
    # "the group claimed it killed 20 soldiers; 3 of its fighters died" (same authority): the sides are summed
    boast = claim(20, "soldiers", "actor2", "the group", "count:killed:before+claimed")
    losses = claim(3, "fighters", "actor1", "the group", quote="s2")
    (total,) = source_totals([boast, losses], "killed", "a", DAY, frozenset({"actor1"}))
    assert (total.low, total.claimed) == (23, False)
    kept = current_totals([total, *source_totals([claim(5, None)], "killed", "b", DAY)])
    assert sorted(t.low for t in kept) == [5, 23]


def test_a_restated_list_is_not_added_again() -> None:
    # "4 soldiers and 3 gendarmes perished, and 80 terrorists were killed, the president said ...
    #  It said 80 militants were killed": the 80 told twice is one part; 4 and 3 are two parts of one side
    first = [claim(4, "soldiers", "actor2", "the president", "count:killed:list"),
             claim(3, "gendarmes", "actor2", "the president"),
             claim(80, "terrorists", "actor1", "the president", "count:killed:list")]
    again = [claim(80, "militants", "actor1", rule="count:killed:list", quote="s2"),
             claim(7, "members", quote="s2")]
    assert [t.low for t in source_totals(first + again, "killed", "a", DAY, frozenset({"actor1"}))
            if t.attributed_to] == [87]


def test_one_dead_beside_a_rounded_count_of_attackers_is_one_toll() -> None:
    # "on the rebel side more than forty fighters were killed; on the loyalist side a single dead"
    rebels = claim(40, "combattants", "actor1", rule="count:killed:after+vague")
    loyalist = claim(1, None, rule="count:killed:noun", quote="s1")
    totals = source_totals([rebels, loyalist], "killed", "a", DAY, frozenset({"actor1"}))
    assert [(t.low, t.whole) for t in totals] == [(41, True)]
