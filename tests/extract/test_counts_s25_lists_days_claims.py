"""Three readers of figures. A list of victims that repeats its preposition ("la mort de six militaires et de trois
VDP", "the deaths of six soldiers and of three militiamen") counts every figure of it. A figure of days, nights or
towns counts no one ("une journée ville morte" is a strike by traders, not one dead). A claimant who, claiming the
attack, says it killed "dozens of soldiers" gives its own count, a claim (used only when no other figure is told).
Synthetic sentences, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'armée déplore la mort de six militaires et de trois gendarmes.", "fr"),
        ("The army mourned the deaths of six soldiers and of three militiamen.", "en"),
    ],
)
def test_a_list_that_repeats_its_preposition(text: str, language: str) -> None:
    assert [(c.kind, c.low) for c in find_counts(text, language)] == [("killed", 6), ("killed", 3)]


def test_guard_a_list_without_the_preposition() -> None:
    assert [c.low for c in find_counts("Les assaillants ont tué six soldats et deux civils.", "fr")] == [6, 2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La société civile a décrété une journée ville morte lundi à Kamango.", "fr"),
        ("Deux journées villes mortes ont paralysé le marché.", "fr"),
        ("Deux villes mortes sont annoncées.", "fr"),
        ("Two nights of curfew were declared dead time by traders.", "en"),
    ],
)
def test_days_and_towns_count_no_one(text: str, language: str) -> None:
    assert find_counts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "low"),
    [
        ("Une nuit de violences a fait trois morts à Kamango.", "fr", 3),
        ("Two nights of violence left three dead.", "en", 3),
    ],
)
def test_guard_the_dead_of_a_night(text: str, language: str, low: int) -> None:
    assert [c.low for c in find_counts(text, language)] == [low]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le groupe a revendiqué l'attaque sur ses canaux, affirmant avoir « détruit le convoi » et tué « des "
         "dizaines de soldats ».", "fr"),
        ("The group claimed the attack on its channels, saying it had destroyed the convoy and killed dozens of "
         "soldiers.", "en"),
    ],
)
def test_the_claimants_own_count(text: str, language: str) -> None:
    assert [(c.low, c.claimed) for c in find_counts(text, language)] == [(12, True)]


def test_guard_a_claim_beside_the_reports_own_toll() -> None:
    text = "Le groupe a revendiqué l'attaque, au cours de laquelle six soldats ont été tués."
    assert [(c.low, c.claimed) for c in find_counts(text, "fr")] == [(6, False)]
