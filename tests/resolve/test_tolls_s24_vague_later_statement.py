"""An authority's later report in which the authority gives no figure of its own, only a vague word ("the army said
troops neutralised several terrorists"), replaces none of its earlier figures: its total there is built on the
report's other figures. Synthetic claims."""

from __future__ import annotations

import datetime as dt

from sitrep.models import CountClaim, Evidence
from sitrep.resolve.tolls import current_totals, source_totals

FRI, SAT = dt.date(2024, 11, 8), dt.date(2024, 11, 9)


def claim(article: str, n: int, who: str, side: str, by: str | None, start: int, vague: bool = False) -> CountClaim:
    evidence = Evidence(article_id=article, start=start, end=start + 1, quote=f"s{start}", rule="count:killed:after")
    return CountClaim(kind="killed", low=n, high=n, who=who, side=side, attributed_to=by,  # type: ignore[arg-type]
                      evidence=evidence, vague=vague)


def _lows(later_army: CountClaim) -> list[int]:
    first = source_totals([claim("a", 5, "soldiers", "actor2", "two military sources", 0)], "killed", "a", FRI,
                          frozenset({"actor1"}))
    second = source_totals([claim("b", 9, "soldiers", "actor2", None, 0), later_army], "killed", "b", SAT,
                           frozenset({"actor1"}))
    return sorted(t.low for t in current_totals(first + second))


def test_a_later_statement_with_only_a_vague_word_replaces_no_figure() -> None:
    assert 5 in _lows(claim("b", 10, "terrorists", "actor1", "the army", 200, vague=True))


def test_guard_a_later_statement_with_a_figure_replaces_the_earlier_one() -> None:
    assert 5 not in _lows(claim("b", 7, "soldiers", "actor2", "the army", 200))
