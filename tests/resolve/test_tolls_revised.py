"""A source's updated toll replaces its earlier figures; a replaced figure is not a total; victims named by class
(soldiers, attackers) are a side's part."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import CountClaim, Evidence
from sitrep.resolve.tolls import source_totals

DAY = dt.date(2024, 3, 10)


def claim(n: int, who: str | None, rule: str = "count:killed:after", start: int = 0, revised: bool = False,
          side: str = "unknown") -> CountClaim:
    evidence = Evidence(article_id="a", start=start, end=start + 1, quote=f"s{start}", rule=rule)
    return CountClaim(kind="killed", low=n, high=n, who=who, side=side, evidence=evidence,  # type: ignore[arg-type]
                      revised=revised)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        # "killing four ... in the following days the toll rose to six": the report's latest toll
        ([claim(4, None, "count:killed:before", 0), claim(6, None, "count:killed:toll+revised", 90, revised=True)],
         [6]),
        # a figure after the update is another statement and stays
        ([claim(6, None, "count:killed:toll+revised", 0, revised=True), claim(5, "people", start=90)], [5, 6]),
        # "the earlier figure of 12 dead was revised ... 14 civilians": 12 is no total
        ([claim(14, None, "count:killed:noun", 0), claim(12, None, "count:killed:noun+superseded", 90)], [14]),
        # "2 police officers were killed ... 7 other deaths are feared but unconfirmed": 2
        ([claim(2, "officers", side="actor2"), claim(7, None, "count:killed:noun+additional+unconfirmed", 50)], [2]),
        # ... unless the source gives no other figure
        ([claim(53, "people", "count:killed:after+superseded", 0)], [53]),
        # "they killed 1 person, before police opened fire, killing 2 of the attackers": 3
        ([claim(1, "person", "count:killed:before", 0), claim(2, "attackers", "count:killed:before", 40)], [3]),
        # "at least 4 people were killed ... the blast killed 2 officers": soldiers with no state actor coded are a
        # part of the whole toll, not a lower one
        ([claim(4, "people", start=0), claim(2, "officers", "count:killed:before", 40)], [4]),
        # a person and soldiers: the soldiers' figure adds up to more than the person's
        ([claim(1, "person", "count:killed:before", 0), claim(2, "officers", "count:killed:before", 40)], [1, 2]),
    ],
)
def test_updated_and_replaced_tolls(counts: list[CountClaim], expected: list[int]) -> None:
    assert sorted(t.low for t in source_totals(counts, "killed", "a", DAY)) == expected


def test_a_replaced_figure_counts_only_when_no_source_gives_a_current_one() -> None:
    # "the government initially said 53 people died" is one source's only figure
    initial = source_totals([claim(53, "people", "count:killed:after+superseded")], "killed", "a", DAY)
    assert [(t.low, t.superseded) for t in initial] == [(53, True)]
    current = source_totals([claim(1, "officer", "count:killed:passive", side="actor2")], "killed", "b", DAY)
    assert [(t.low, t.superseded) for t in current] == [(1, False)]
