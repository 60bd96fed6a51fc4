"""A figure told again without its noun, a side's figure two sources disagree on, a generic figure listed after a
side's: one source's totals as ACLED would code them (sitrep.resolve.tolls.source_totals)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import CountClaim, Evidence
from sitrep.resolve.tolls import source_totals

DAY = dt.date(2024, 3, 10)


def claim(
    n: int, who: str | None, side: str = "unknown", by: str | None = None, rule: str = "count:killed:after",
    quote: str = "s1", start: int = 0,
) -> CountClaim:
    evidence = Evidence(article_id="a", start=start, end=start + 1, quote=quote, rule=rule)
    return CountClaim(kind="killed", low=n, high=n, who=who, side=side,  # type: ignore[arg-type]
                      attributed_to=by, evidence=evidence)


def lows(counts: list[CountClaim], armed: frozenset[str] = frozenset({"actor1"})) -> list[int]:
    return sorted(t.low for t in source_totals(counts, "killed", "a", DAY, armed))


@pytest.mark.parametrize(
    "counts",
    [
        # headline "une embuscade fait neuf morts"; body: nine soldiers, then about ten assailants, a security
        # source said: the headline's nine are the soldiers, not a lower total (ACLED: 19)
        [claim(9, None, quote="title", rule="count:killed:noun", start=0),
         claim(9, "soldats", "actor2", "une source sécuritaire", quote="s1", start=60),
         claim(10, "assaillants", "actor1", "une source sécuritaire", quote="s2", start=200)],
        # the same in English, the report's own generic toll restated by the army's sides
        [claim(9, "people", "civilians", quote="s0", start=0),
         claim(9, "soldiers", "actor2", "the army", quote="s1", start=60),
         claim(10, "attackers", "actor1", "the army", quote="s2", start=200)],
        # no authority at all: "Nine dead in an ambush. Nine soldiers were killed ... ten attackers died"
        [claim(9, None, quote="s0", rule="count:killed:noun", start=0),
         claim(9, "soldiers", "actor2", quote="s1", start=60),
         claim(10, "attackers", "actor1", quote="s2", start=200)],
    ],
)
def test_a_generic_toll_equal_to_a_sides_figure_is_that_sides_part(counts: list[CountClaim]) -> None:
    assert lows(counts) == [19]


def test_a_generic_toll_above_every_side_is_still_a_whole() -> None:
    # "49 people died ... 40 soldiers and 9 civilians": a breakdown, not parts of more
    counts = [claim(49, "people", "civilians"), claim(40, "soldiers", "actor2", quote="s2", start=50),
              claim(9, "civilians", "civilians", rule="count:killed:list", quote="s2", start=70)]
    assert lows(counts, frozenset()) == [49]


def test_a_bare_figure_restating_the_attackers_dead_is_not_added_to_them() -> None:
    # "At least three militants were killed ... the Rangers said ... the forces responded, killing three"
    counts = [claim(3, "militants", "actor1", start=0),
              claim(3, None, by="the Rangers", rule="count:killed:before", quote="s2", start=100)]
    assert lows(counts) == [3]
    # a generic noun is not a restatement of the attackers: "21 people were killed ... five attackers died"
    assert lows([claim(5, "people", "civilians"), claim(5, "attackers", "actor1", quote="s2", start=50)]) == [10]


def test_a_side_figure_a_source_contradicts_is_a_competing_total() -> None:
    # "One officer reported dead ... a news agency reports nine officers dead": 1 and 9, not 9 alone
    counts = [claim(1, "officer", "actor2", start=0),
              claim(9, "officers", "actor2", "a news agency", quote="s2", start=100)]
    totals = source_totals(counts, "killed", "a", DAY, frozenset())
    assert sorted(t.low for t in totals) == [1, 9]
    assert all(t.whole for t in totals if t.low == 1)  # not taken for a partial count of the event
    # the same figure from both is one total
    agreed = [claim(9, "officers", "actor2", start=0),
              claim(9, "officers", "actor2", "a news agency", quote="s2", start=100)]
    assert lows(agreed, frozenset()) == [9]


def test_a_generic_figure_listed_after_a_sides_is_one_more_part() -> None:
    # "Seven cadres and an unidentified person were killed" (no armed side coded): 8, not a lower whole of 1
    counts = [claim(7, "cadres", rule="count:killed:list", start=0), claim(1, "person", "civilians", start=20)]
    assert lows(counts, frozenset()) == [8]


def test_a_sources_whole_toll_stands_beside_the_reports_own_sides() -> None:
    # "The government reports the death of 25 soldiers." ... "according to the government, 25 dead" ... "two
    # civilians were killed": the government's whole 25 is its total, not the soldiers' part of 27
    counts = [claim(25, "soldiers", "actor2", rule="count:killed:before", quote="s0", start=0),
              claim(25, None, by="the government", rule="count:killed:noun", quote="s1", start=50),
              claim(2, "civilians", "civilians", quote="s2", start=120)]
    assert lows(counts) == [25]


def test_a_generic_figure_summing_the_listed_parts_before_it_restates_them() -> None:
    # "Four soldiers and three gendarmes died, and 80 terrorists and seven members of the forces were killed,
    # the president said": the seven are the four and the three
    by = "the president"
    counts = [claim(4, "soldiers", "actor2", by, rule="count:killed:list", start=0),
              claim(3, "gendarmes", "actor2", by, start=20),
              claim(80, "terrorists", "actor1", by, rule="count:killed:list", start=50),
              claim(7, "members", "unknown", by, start=80)]
    assert lows(counts) == [87]
