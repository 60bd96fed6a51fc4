"""A figure "of them" that a verb of its own takes right after the comma or "and" following another figure is part of
it ("killed five civilians, beheading three of them": 5, not 3). Synthetic reports, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents raided the village of Mbau on Saturday and killed five civilians, beheading three of them, "
        "residents said.",
        "Insurgents raided the village of Mbau on Saturday and killed five civilians and beheaded three of them.",
    ],
)
def test_a_part_a_verb_of_its_own_tells_stays_in_the_figure_before_it(text: str) -> None:
    assert fatalities(text, "en") == 5


def test_guard_of_them_after_another_clause_is_not_read_as_a_part() -> None:
    # the three are the raiders, another group than the villagers
    text = "Raiders killed four villagers in Lokori before police engaged them, killing three of them."
    assert [(c.low, c.included) for c in find_counts(text, "en")] == [(4, False), (3, False)]
