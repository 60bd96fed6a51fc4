"""The wounded who have died since ("Four passengers wounded when gunmen fired on their bus on Thursday have died in
hospital", "Three wounded soldiers died") are killed, however long the clause between; other people dying beside
the wounded are not them. The updated toll beside them is read wherever the place names' commas put it ("to seven
the number of soldiers killed", "the toll from the attacks in Xa, Yb State, has risen to 53"). Synthetic sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def kinds(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.low) for c in find_counts(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four passengers wounded when gunmen fired on a bus between Arba and Dolo on Thursday have died in "
         "hospital, bringing the death toll to 11.", [("killed", 4), ("killed", 11)]),
        ("Two villagers injured in the raid on Monday have since died.", [("killed", 2)]),
        ("Three wounded soldiers died, bringing to seven the number of soldiers killed.",
         [("killed", 3), ("killed", 7)]),
        ("The death toll from Saturday's attacks on villages in Arba, Dolo State, has risen to 53, police said.",
         [("killed", 53)]),
    ],
)
def test_the_wounded_who_have_died_are_killed(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were injured in the attack, in which two others have died.", [("injured", 5), ("killed", 2)]),
        ("Six people were wounded and two have died.", [("injured", 6), ("killed", 2)]),
        ("Three wounded, two died.", [("injured", 3), ("killed", 2)]),
    ],
)
def test_guard_others_dying_beside_the_wounded_are_not_them(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds(text) == expected
