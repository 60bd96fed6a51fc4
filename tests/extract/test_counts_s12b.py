"""Session 12 toll phrasings: a long French unit name before its passive verb, "no one", a claimant's figure told
at length, "had died" in reported speech, a toll of "Tuesday's" attack, and a breakdown that ends a list."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def killed(text: str, language: str) -> list[tuple[int, bool, bool]]:
    """(figure, included, claimed) of each killed figure."""
    return [(c.low, c.included, c.claimed) for c in find_counts(text, language) if c.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a unit's full name runs past the victims' four words before the auxiliary
        ("Douze Volontaires pour la défense de la patrie (VDP) ont été tués mardi près de Djibo.", "fr",
         [(12, False, False)]),
        ("Quatre éléments des Forces armées nationales sont morts dans l'embuscade.", "fr", [(4, False, False)]),
        # "No one" is a denial, not one person
        ("Gunmen stormed the market but no one was killed, a trader said.", "en", []),
        # a reporting source's pluperfect is this event's toll
        ("A police officer said three villagers had died in the attack.", "en", [(3, False, False)]),
        # a possessive inside the toll phrase
        ("The toll from Tuesday's ambush has risen to 17.", "en", [(17, False, False)]),
        # the claimant's own count, however long its source is told
        ("ISWAP claimed in a statement carried by its news agency that it had killed 40 soldiers.", "en",
         [(40, False, True)]),
        # the last figure of a breakdown between commas, right before the verb, is a part of the toll too
        ("Twenty people, including 8 soldiers, 4 police officers and 8 civilians, were killed on Sunday.", "en",
         [(20, False, False), (8, True, False)]),
    ],
)
def test_s12b_toll_phrasings(text: str, language: str, expected: list[tuple[int, bool, bool]]) -> None:
    assert killed(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents said the two men had died the week before in a road accident.",  # a past death, not this event's
        "French troops who took part in a Franco-Malian operation were not among the dead.",
        "Trois militaires qui avaient été blessés la veille sont rentrés à Gao.",  # no death told
    ],
)
def test_s12b_no_toll(text: str) -> None:
    language = "fr" if text.startswith("Trois") else "en"
    assert [c for c in find_counts(text, language) if c.kind == "killed"] == []
