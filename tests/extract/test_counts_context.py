"""What a figure's context says about it: a death before the event (an "after" clause, the dead's relatives), a
figure the source denies or the claimant gives, and phrasings of a toll that were missed ("killed the three",
"one fatality", "seven soldier deaths", "1 gunman was killed")."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import find_attribution
from sitrep.extract.counts import find_counts


def killed(text: str) -> list[tuple[int, str | None]]:
    """The killed figures that count for this event: (figure, victims)."""
    return [(c.low, c.who) for c in find_counts(text, "en")
            if c.kind == "killed" and not (c.grievance or c.unconfirmed)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a killing told in an "after" clause came before the event the sentence tells
        ("Residents blocked the road after gunmen shot and killed a teacher.", []),
        ("Traders closed their shops after unknown people killed a guard and a cook.", []),
        ("Riots broke out after four bodies were found near the market.", []),
        # unless the clause ends and the sentence goes on to the killing itself
        ("Militants attacked the village after dark and killed five people.", [(5, "people")]),
        ("Police arrived after militants stormed the camp, killing three soldiers.", [(3, "soldiers")]),
        # the dead whose relatives or colleagues act
        ("Colleagues of a trader beheaded by raiders marched in the town.", []),
        # a man suspected of an earlier killing
        ("Youths burned the house of a man suspected to have shot dead a chief.", []),
        # "suspected" as an adjective names the killers, not an earlier killing
        ("Suspected militants killed three police officers near the border.", [(3, "officers")]),
        # a figure the source denies
        ("The commissioner dismissed reports that 14 people were shot dead.", []),
        # phrasings of a toll
        ("The officers returned fire and killed the three.", [(3, None)]),
        ("Raiders killed all four herders at the well.", [(4, "herders")]),
        ("1 gunman was killed by police during the exchange.", [(1, "gunman")]),
        ("The clash ended with one fatality on the side of the bandits.", [(1, None)]),
        ("A roadside bomb caused seven soldier deaths.", [(7, None)]),
        # victims told "along with" a killed one
        ("A councillor was shot dead along with two bodyguards and a driver.", [(1, "councillor"),
                                                                               (2, "bodyguards"), (1, "driver")]),
        ("Gunmen killed a chief along with his two sons.", [(1, "chief"), (2, "sons")]),
        ("Police arrested a trader along with two accomplices.", []),
        # things after "of" are not people
        ("Raiders stole hundreds of cattle, and 6 herders were killed.", [(6, "herders")]),
    ],
)
def test_context_of_a_figure(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert killed(text) == expected


def test_a_claimants_figure_is_flagged() -> None:
    found = find_counts("A bomb killed 8 officers. The militants claim 15 fatalities.", "en")
    assert [(c.low, c.claimed) for c in found] == [(8, False), (15, True)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Two others reported dead as well.", None),  # a passive: the dead are not a source
        ("One officer reported killed, two others injured.", None),
        ("The police reported 5 dead.", "The police"),
    ],
)
def test_the_dead_reported_are_not_the_source(sentence: str, source: str | None) -> None:
    assert find_attribution(sentence, "en") == source
