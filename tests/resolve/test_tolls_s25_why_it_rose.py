"""A report that gives an updated toll ("has risen to twelve") and, after it, victims on top told with no figure
("some of the wounded died overnight and more bodies were found"): those are why the toll rose, already in it, not
more dead on top of it. Synthetic claims."""

from __future__ import annotations

from sitrep.models import CountClaim, Evidence
from sitrep.resolve.tolls import source_totals


def claim(n: int, high: int, who: str | None, rule: str, start: int, side: str = "unknown") -> CountClaim:
    evidence = Evidence(article_id="a", start=start, end=start + 1, quote=f"s{start}", rule=rule)
    return CountClaim(kind="killed", low=n, high=high, who=who, side=side,  # type: ignore[arg-type]
                      attributed_to="a military officer", evidence=evidence)


ROSE = claim(12, 12, None, "count:killed:toll+revised", 0)


def _totals(*claims: CountClaim) -> list[tuple[int, int]]:
    return [(t.low, t.high) for t in source_totals(list(claims), "killed", "a", None, frozenset({"actor1"}))]


def test_the_wounded_who_died_told_after_the_update_are_in_it() -> None:
    assert _totals(ROSE, claim(3, 10, "wounded", "count:killed:after+additional+vague", 300)) == [(12, 12)]


def test_guard_a_figure_told_on_top_after_the_update_adds() -> None:
    assert _totals(ROSE, claim(3, 3, "others", "count:killed:after+additional", 300)) == [(15, 15)]


def test_guard_victims_on_top_with_no_figure_add_when_no_toll_was_updated() -> None:
    toll = claim(12, 12, "soldiers", "count:killed:before", 0, side="actor2")
    assert _totals(toll, claim(3, 10, "attackers", "count:killed:after+additional+vague", 300)) == [(15, 22)]
