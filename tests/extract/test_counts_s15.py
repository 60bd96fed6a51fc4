"""An updated toll told as "bringing (the death toll) to N" or "bringing to N the number of people killed"
(synthetic sentences): the figure is a killed count and replaces the figures told before it. The source of a toll
told at length after the victims ("killing one demonstrator, a committee of doctors linked to the protest movement
said") is no victim listed with them."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces opened fire on marchers in the city on Thursday, killing one demonstrator, a committee of "
         "doctors linked to the protest movement said.", 1),
        ("Gunmen killed two herders, a spokesman for the county police commander in the town said.", 2),
        # listed victims, and a victim "said to be" someone, are still counted
        ("Gunmen killed one villager, a second man and a child, police said.", 3),
        ("Gunmen killed one villager and a trader said to be from the next town.", 2),
    ],
)
def test_a_source_told_at_length_is_no_victim(text: str, expected: int) -> None:
    assert sum(c.low for c in find_counts(text, "en") if c.kind == "killed") == expected
