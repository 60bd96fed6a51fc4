"""An updated toll told as "bringing (the death toll) to N" or "bringing to N the number of people killed"
(synthetic sentences): the figure is a killed count and replaces the figures told before it."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bodies of two more herders were found on Friday, bringing to four the number of people killed "
         "in the raid.", (4, True)),
        ("Two more villagers died in hospital, bringing the death toll to five.", (5, True)),
        ("Two more villagers died in hospital, bringing to seven the total number of dead.", (7, True)),
        # "to" a figure with no toll words after it is no count
        ("The police sent two more trucks, bringing to four the vehicles at the scene.", None),
    ],
)
def test_bringing_to_a_figure_is_an_updated_toll(text: str, expected: tuple[int, bool] | None) -> None:
    tolls = [(c.low, c.revised) for c in find_counts(text, "en") if c.kind == "killed" and not c.additional]
    assert tolls == ([expected] if expected else [])
