"""Figures that say more than their number: "X, as well as four other militants" (X died too), "Of the dead, two
..." (a breakdown), and words that look like deaths but are not ("sentenced to death", "a personal dispute")
(synthetic sentences, English and French)."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from sitrep.models import CountClaim, Evidence
from sitrep.resolve.tolls import source_totals


def killed(text: str, language: str = "en") -> list[int]:
    """The killed figures that count for the event (not a grievance, not part of another figure)."""
    return [c.low for c in find_counts(text, language) if c.kind == "killed" and not (c.grievance or c.included)]


def total(text: str, language: str = "en") -> list[int]:
    """The totals one source states, as `sitrep.resolve.tolls` sums its figures."""
    claims = [
        CountClaim(kind=c.kind, low=c.low, high=c.high, who=c.who, additional=c.additional, included=c.included,
                   evidence=Evidence(article_id="a", start=c.start, end=c.end, quote=text, rule=c.rule))
        for c in find_counts(text, language) if not c.grievance
    ]
    return sorted(t.low for t in source_totals(claims, "killed", "a", None))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A rebel commander, as well as four other fighters were killed in a raid on the camp.", "en", [5]),
        ("Gunmen shot the village chief and three others on the road to the market.", "en", []),
        ("The district commissioner and two other officials were killed in the ambush.", "en", [3]),
        ("Un chef de village et trois autres civils ont été tués lundi près du puits.", "fr", [4]),
        # "others" than figures told before: nothing more
        ("Two guards were wounded and three others were killed in the raid.", "en", [3]),
        ("Five soldiers were killed on Monday. Two other soldiers died on Tuesday.", "en", [7]),
    ],
)
def test_someone_told_before_others_died_too(text: str, language: str, expected: list[int]) -> None:
    assert total(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Five people were killed in the row over land. Of the dead, two were killed on Monday.", "en", [5]),
        ("Nine people died in the raid. Of those killed, four were herders.", "en", [9]),
        ("Six personnes ont été tuées dans l'attaque. Parmi les tués, deux enfants ont été tués par balle.", "fr",
         [6]),
    ],
)
def test_a_breakdown_of_the_dead_is_not_a_new_figure(text: str, language: str, expected: list[int]) -> None:
    assert killed(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers protested to demand a retrial of a man who was sentenced to death as a minor.",
        "Relatives marched after a driver was murdered over a personal dispute with a passenger.",
    ],
)
def test_no_death_of_the_event(text: str) -> None:
    assert [c for c in find_counts(text, "en") if c.kind == "killed" and c.who in {"retrial", "dispute"}] == []
