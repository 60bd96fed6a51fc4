"""An updated toll counts the figures said to come on top before it: "two more herders were found, bringing the
death toll to four" is 4, not 6; figures on top told after it still add ("... to five. Two more bodies were found")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import CountClaim, Evidence
from sitrep.resolve.tolls import source_totals

DAY = dt.date(2019, 5, 11)


def claim(n: int, who: str | None, start: int, side: str = "unknown", **flags: bool) -> CountClaim:
    evidence = Evidence(article_id="a", start=start, end=start + 1, quote=f"s{start}", rule="count:killed:after")
    return CountClaim(kind="killed", low=n, high=n, who=who, side=side,  # type: ignore[arg-type]
                      evidence=evidence, **flags)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        # "Raiders killed two herders. The bodies of two more herders were found, bringing the death toll to four."
        ([claim(2, "herders", 0, "civilians"), claim(2, "herders", 50, "civilians", additional=True),
          claim(4, None, 90, revised=True)], [4]),
        # "... bringing to four the number of people killed": the toll read as the victims' side
        ([claim(2, "herders", 0, "civilians", additional=True), claim(4, None, 60, "civilians", revised=True)], [4]),
        # "Gunmen killed three villagers, bringing the death toll to five. Two more bodies were found."
        ([claim(5, None, 30, revised=True), claim(2, "bodies", 80, additional=True)], [7]),
    ],
)
def test_an_updated_toll_counts_the_figures_on_top_before_it(counts: list[CountClaim], expected: list[int]) -> None:
    assert sorted(t.low for t in source_totals(counts, "killed", "a", DAY, frozenset())) == expected
