"""Deaths told around another figure or with no figure: captives then killed ("kidnapped two villagers and killed
them": two dead), "and later killed him", "tortured to death a youth", "resulted in the death of a youth", a body
recovered ("police recovered the body of a gang leader"), a prisoner who died. Synthetic sentences, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from tests.extract.report_events import fatalities


def kinds(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.low) for c in find_counts(text, "en")]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Rebels kidnapped two villagers near Rampur on Monday and killed them after branding them informers.", 2),
        ("Gunmen abducted a trader in Rampur on Monday and later killed him.", 1),
        ("Police arrested three suspects in Rampur on Monday and shot them dead in the forest.", 3),
    ],
)
def test_captives_then_killed_are_the_dead(text: str, dead: int) -> None:
    assert fatalities(text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted a trader in Rampur on Monday and later released him.",
        "Police arrested three suspects in Rampur on Monday and shot them in the legs.",
    ],
)
def test_captives_released_or_wounded_are_no_dead(text: str) -> None:
    """Guard: released, or shot but not dead."""
    assert "killed" not in [kind for kind, _ in kinds(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Police had tortured to death a youth in custody in Rampur on Monday.",
        "A clash between two communities in Rampur on Monday resulted in the death of a 28-year-old youth.",
        "Police recovered the bullet-hit body of a gang leader in Rampur on Sunday.",
        "A prisoner who suffered severe injuries in police custody in Rampur died after being taken to hospital.",
    ],
)
def test_one_death_told_without_a_figure(text: str) -> None:
    assert ("killed", 1) in kinds(text)


def test_a_protest_over_a_death_is_still_no_toll() -> None:
    """Guard: the death a protest is about."""
    assert fatalities("Residents protested the death of a student in Rampur on Monday.") is None


def test_a_victim_and_her_children_told_by_a_figure_add_up() -> None:
    """blind s20 s10: 'killing a woman and her two children' is three dead."""
    assert fatalities("Gunmen stormed a village near Rampur on Monday, killing a woman and her two children.") == 3


def test_a_victims_kin_told_wounded_are_not_added_to_the_dead() -> None:
    """Guard: the figure after 'and his' has its own verb."""
    assert kinds("A soldier was killed near Rampur on Monday and his two colleagues were wounded.") == [
        ("killed", 1), ("injured", 2)]
