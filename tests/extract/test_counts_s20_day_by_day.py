"""A toll told day by day ("killed five herders at Xa; one on 11/04, four on 12/04"): ACLED codes one event a day,
each with its day's dead; the event read from the report is the first day's, so its toll is the first day's figure.
Synthetic sentences, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def killed(text: str) -> list[int]:
    return [c.low for c in find_counts(text, "en") if c.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "first_day"),
    [
        ("A militia killed five herders at Rampur; one on 11/04, four on 12/04.", 1),
        ("Militiamen killed seven villagers in Rampur: three on Monday and four on Tuesday.", 3),
    ],
)
def test_a_toll_told_day_by_day_is_the_first_days(text: str, first_day: int) -> None:
    assert killed(text) == [first_day]


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen killed seven villagers in Rampur, three of them women.",
        "Militiamen killed seven villagers in Rampur on Monday and four more on Tuesday.",
    ],
)
def test_a_toll_with_no_day_by_day_breakdown_stays_whole(text: str) -> None:
    """Guard: a breakdown by kind, or a second day's figure told as more dead."""
    assert killed(text)[0] == 7
