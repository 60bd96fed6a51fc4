"""Session 26: a headline toll with no comma between the dead and the wounded ("1 policeman killed 5 injured in
blast") lists two figures; the killing verb does not take the wounded as its object (count_rules.object_follows).
A killing verb with people as its object stays active. Sentences are synthetic."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def _tolls(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.low) for c in find_counts(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 policeman killed 5 injured in bomb blast in Quetta", [("killed", 1), ("injured", 5)]),
        ("2 soldiers killed 7 wounded in an ambush near Wana", [("killed", 2), ("injured", 7)]),
        ("Three civilians killed 12 wounded as a grenade hits a market in Peshawar", [("killed", 3), ("injured", 12)]),
        ("4 militants killed 2 injured, police said.", [("killed", 4), ("injured", 2)]),
        ("Six people killed 10 injured and 3 missing after an attack on a bus", [("killed", 6), ("injured", 10),
                                                                               ("missing", 3)]),
    ],
)
def test_the_dead_then_the_wounded_without_a_comma(text: str, expected: list[tuple[str, int]]) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers killed five militants near Wana.", [("killed", 5)]),
        ("Two gunmen killed 4 policemen in Quetta.", [("killed", 4)]),
    ],
)
def test_a_killing_verb_with_people_as_its_object_stays_active(text: str, expected: list[tuple[str, int]]) -> None:
    assert _tolls(text) == expected
