"""Tolls told with asides, run-on sentences, breakdowns and companions (synthetic sentences, real find_counts).

Each case pins one family of wording found in ACLED notes: the killed figures ACLED would read from it.
"""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def killed(text: str) -> list[tuple[int, bool, bool]]:
    """The killed figures of the event (not the deaths it is about), with whether each comes on top of the others
    and whether it breaks one down."""
    counts = find_counts(text, "en")
    return [(c.low, c.additional, c.included) for c in counts if c.kind == "killed" and not c.grievance]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed aside between a figure and its verb, with or without victims, and in a list
        ("At least 12 (other sources say 18) have been killed in clashes near Garsen.", [(12, False, False)]),
        ("5 (confirmed) and 2 (unconfirmed) killed in raids on farms near Garsen.",
         [(5, False, False), (2, False, False)]),
        # a sentence run on after a full stop with no space
        ("Herders clashed near the river.Four people died in the clash.", [(4, False, False)]),
        ("A bomb went off on the road .Two traders were killed on the spot.", [(2, False, False)]),
        # an article's words before an event noun name the event, not a victim
        ("In a revenge attack, a Samburu elder was killed.", [(1, False, False)]),
        ("Around 3 May, a suspected gang leader was killed in Voi.", [(1, False, False)]),
        # a thing's noun that names people: "truck helper"
        ("A truck helper was killed when a petrol bomb hit the lorry.", [(1, False, False)]),
        # a possessive before a killing verb's figure
        ("Gunmen set the house alight, killing his three daughters.", [(3, False, False)]),
        # "gun down" in the present, as headlines write it
        ("Police gun down four robbers in Eastleigh.", [(4, False, False)]),
        # the victim attacked by someone, then killed
        ("A chief was attacked by armed youths and killed near Isiolo.", [(1, False, False)]),
        ("Two guards were ambushed by gunmen and killed.", [(2, False, False)]),
        # a long breakdown between the whole toll and its verb, listed with "and a"
        ("At least seven people, including a police inspector (OCS), two herders from the village, and a "
         "three-year-old girl were killed in the fighting.", [(7, False, False), (1, False, True)]),
        # a figure after a comma that sets some of the people before it apart
        ("Soldiers killed four militants, two with ties to the rebel group, in a raid.",
         [(4, False, False), (2, False, True)]),
        ("Police shot dead six robbers, three of them wanted for murder.", [(6, False, False), (3, False, True)]),
        ("Troops killed five gunmen , two who were later named by the army.", [(5, False, False), (2, False, True)]),
        # what the victims were blamed for may tell another killing before their own passive verb
        ("Two men suspected of killing a herder were lynched by a mob in Kisii.", [(2, False, False)]),
    ],
)
def test_killed_figures(text: str, expected: list[tuple[int, bool, bool]]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A teacher was killed by gunmen with his wife and son near Garissa.", 3),
        ("Gunmen killed a chief along with his driver and his bodyguard.", 3),
        ("A man and his son were killed.", 2),
        # "with" told apart from the killing: a dispute, or another clause
        ("A trader was shot dead in a dispute with his neighbour.", 1),
        ("Gunmen shot dead a singer in Garissa as she was shopping with her mother.", 1),
    ],
)
def test_companions_add_a_death_each(text: str, expected: int) -> None:
    assert sum(c.low for c in find_counts(text, "en") if c.kind == "killed") == expected


def test_other_people_arrested_are_not_victims_named_s() -> None:
    counts = find_counts("Nine militants were killed while five others were arrested.", "en")
    assert [(c.kind, c.low, c.who, c.additional) for c in counts] == [
        ("killed", 9, "militants", False), ("arrested", 5, None, True)]


def test_a_claimants_count_gives_way_to_the_reports_own() -> None:
    counts = find_counts("A bomb hit a patrol, killing 6 officers. The militants claim 20 fatalities.", "en")
    assert [(c.low, c.claimed, c.unconfirmed) for c in counts] == [(6, False, False), (20, True, True)]
    alone = find_counts("The militants claimed to have killed 20 soldiers.", "en")
    assert [(c.low, c.claimed, c.unconfirmed) for c in alone] == [(20, True, False)]
