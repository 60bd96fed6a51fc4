"""Deaths a gathering is about are not its toll ("protesting the death of a colleague", "the funeral of a murdered
trader"); an ACLED note's own coding ("Fatalities coded as 3"); ages written "5 yr old"; a breakdown aside before a
passive verb ("Eight people including four children ... were killed") (synthetic sentences, English and French)."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def killed(text: str, language: str = "en") -> list[int]:
    """The killed figures that count for the event (not a grievance, not part of another figure)."""
    return [c.low for c in find_counts(text, language) if c.kind == "killed" and not (c.grievance or c.included)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Riders barricaded the highway protesting the death of a colleague.", "en", []),
        ("Hawkers smashed buses in protest of the death of a colleague.", "en", []),
        ("Students marched over the killing of a classmate by a guard.", "en", []),
        ("A mob attacked guards at the funeral of a murdered trader. Six of the guards were killed.", "en", [6]),
        ("Des jeunes ont manifesté contre la mort d'un étudiant tué par un policier.", "fr", []),
        ("Des jeunes ont attaqué le cortège lors des obsèques d'un commerçant assassiné.", "fr", []),
        # the protest's own dead still count
        ("Police fired on traders protesting the death of a colleague, killing two.", "en", [2]),
    ],
)
def test_a_death_a_gathering_is_about_is_no_toll(text: str, language: str, expected: list[int]) -> None:
    assert killed(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several police officers feared dead after their truck hit a mine. Fatalities coded as 3", [10, 3]),
        ("5 yr old child was shot dead during a raid on a farm.", [1]),
        ("Attackers hacked to death a chief and his assistant in their office.", [1, 1]),
        ("Eight people including four pupils and four police officers were killed when a bomb hit their lorry.", [8]),
        ("Three soldiers, including a captain, were killed in the ambush.", [3]),
    ],
)
def test_figures_read(text: str, expected: list[int]) -> None:
    assert killed(text) == expected
