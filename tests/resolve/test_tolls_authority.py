"""One authority's later toll replaces its earlier one across reports, in any language; a report's own toll stays
beside its sources' (synthetic totals)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import authority_key
from sitrep.models import CountClaim, Evidence
from sitrep.resolve.tolls import Total, current_totals, source_totals

MON, TUE = dt.date(2024, 3, 11), dt.date(2024, 3, 12)


def total(n: int, article: str, by: str | None, published: dt.date | None = None) -> Total:
    return Total(n, n, article, published, by)


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("the army", "army"),
        ("le communiqué de l'armée", "army"),
        ("the Malian Armed Forces (FAMa)", "army"),
        ("un communiqué du gouvernement", "government"),
        ("the UN mission", "united nations"),
        ("un responsable local", "un responsable local"),  # "un" is no United Nations
        ("les forces de l'armée azawadienne", "les forces de l'armée azawadienne"),  # a movement's army
        ("the Arakan Army", "the arakan army"),
    ],
)
def test_authority_keys(source: str, key: str) -> None:
    assert authority_key(source) == key


def test_the_same_authority_counting_more_later_replaces_its_first_toll() -> None:
    totals = [total(15, "fr1", "le communiqué de l'armée"), total(49, "en1", "the army", MON),
              total(54, "en2", "the government", MON)]
    assert sorted(t.low for t in current_totals(totals)) == [49, 54]


def test_the_later_report_wins_when_both_are_dated() -> None:
    totals = [total(30, "a", "the army", MON), total(25, "b", "the army", TUE)]
    assert [t.low for t in current_totals(totals)] == [25]


@pytest.mark.parametrize(
    "totals",
    [
        # different authorities: each keeps its toll (ACLED codes the lowest)
        [total(15, "a", "a local mayor"), total(49, "b", "the army")],
        # one report's own figures are its own business (sitrep.resolve.tolls.source_totals)
        [total(15, "a", "the army"), total(49, "a", "the army")],
        # a movement's army is not the state's
        [total(9, "a", "the Azawad army"), total(46, "b", "the army")],
        # no authority
        [total(15, "a", None), total(49, "b", None)],
    ],
)
def test_totals_kept(totals: list[Total]) -> None:
    assert sorted(t.low for t in current_totals(totals)) == sorted(t.low for t in totals)


def test_a_reports_own_whole_toll_stays_beside_a_sources() -> None:
    """ "At least three people were killed ... The Star reports four dead": the report's 3 and the paper's 4."""
    def claim(n: int, who: str | None, by: str | None, start: int, side: str = "unknown") -> CountClaim:
        evidence = Evidence(article_id="a", start=start, end=start + 1, quote=f"s{start}", rule="count:killed:after")
        return CountClaim(kind="killed", low=n, high=n, who=who, attributed_to=by, evidence=evidence,
                          side=side)  # type: ignore[arg-type]

    own_and_paper = [claim(3, "people", None, 0), claim(4, None, "The Star", 90)]
    assert sorted(t.low for t in source_totals(own_and_paper, "killed", "a", None)) == [3, 4]
    # "Four civilians are killed ... Conflicting reports have eight deaths": the civilians the report leads with
    lead = [claim(4, "civilians", None, 0, "civilians"), claim(8, None, "Conflicting reports", 90)]
    assert sorted(t.low for t in source_totals(lead, "killed", "a", None)) == [4, 8]
    # "Five soldiers were killed ... The army said 20 people died": one side's dead are a detail of the army's toll
    soldiers = [claim(5, "soldiers", None, 0, "actor2"), claim(20, "people", "The army", 90)]
    assert [t.low for t in source_totals(soldiers, "killed", "a", None)] == [20]
    # a side's figure with no authority still completes the authority's statement, and is no toll on its own
    army_and_attackers = [claim(5, "soldiers", "the army", 0), claim(3, "attackers", None, 90)]
    assert [t.low for t in source_totals(army_and_attackers, "killed", "a", None)] == [8]
