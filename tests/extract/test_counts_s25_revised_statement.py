"""A report leading with an updated toll and then telling the statement it updated: the figure of that earlier
statement ("In its first statement, read on television, it said six soldiers had been killed", "a day after it had
announced six deaths", "dans son premier communiqué", "après avoir annoncé six morts") is one the update replaced;
the update may be told with the toll or the side's losses ("raised the toll to eleven", "bringing the army's losses
to eleven dead", "portant les pertes de l'armée à onze morts", "a relevé le bilan à onze morts"). Synthetic
sentences, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def _flags(text: str, language: str) -> list[tuple[int, bool, bool]]:
    return [(c.low, c.revised, c.superseded) for c in find_counts(text, language) if c.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The ministry on Wednesday raised the toll to eleven soldiers, a day after it had announced six deaths.",
         "en", [(11, True, False), (6, False, True)]),
        ("In its first statement, read on state television on Tuesday evening, it said six soldiers had been killed.",
         "en", [(6, False, True)]),
        ("The ministry said five of the wounded had died, bringing the army's losses to eleven dead.",
         "en", [(5, False, False), (11, True, False)]),
        ("Dans son premier communiqué, lu à la télévision, l'armée a fait état de six soldats tués.",
         "fr", [(6, False, True)]),
        ("Cinq blessés ont succombé, portant les pertes de l'armée à onze morts.", "fr", [(11, True, False)]),
        ("Le ministère a relevé le bilan à onze morts après avoir annoncé six morts.",
         "fr", [(11, True, False), (6, False, True)]),
    ],
)
def test_an_update_and_the_statement_it_replaced(text: str, language: str,
                                                 expected: list[tuple[int, bool, bool]]) -> None:
    assert _flags(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a statement that is the first of the day's news, not an earlier one; a pluperfect that tells no later count
        ("In a statement, the army said six soldiers had been killed.", "en", [(6, False, False)]),
        ("Gunmen killed six soldiers after they had stormed the base.", "en", [(6, False, False)]),
        ("Dans un communiqué, l'armée a fait état de six soldats tués.", "fr", [(6, False, False)]),
    ],
)
def test_guard_a_statement_told_once(text: str, language: str, expected: list[tuple[int, bool, bool]]) -> None:
    assert _flags(text, language) == expected
