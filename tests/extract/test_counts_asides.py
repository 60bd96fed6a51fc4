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
         "three-year-old girl were killed in the fighting.",
         [(7, False, False), (1, False, True), (2, False, True), (1, False, True)]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people told before, found dead: as many as they were, two at least ("their")
        ("Three traders were abducted near Garsen. Their bodies were found in the river days later.", 3),
        ("A teacher and a pastor were detained by men in uniform. Their bodies were recovered a week later.", 2),
        ("Gunmen killed three herders. Their bodies were found by police.", 3),
        # ACLED's misspelling, and casualties a blast left
        ("Militants ambushed a convoy near Fino. Between 4 and 7 causalities.", 4),
        ("A grenade attack on a church leaves many casualties.", 10),
        # an unknown number beside a figure is no figure; alone it is ACLED's plural
        ("Raiders killed 4 civilians and an unknown number of attackers died in the clash.", 4),
        ("Raiders attacked the village and an unknown number of people were killed.", 10),
        # a death the police report counts; one told as past background does not
        ("A guard was shot during the raid. Police said he had died on the way to hospital.", 1),
        ("A farmer was shot dead near Voi. His brother had died in a raid last year, neighbours said.", 1),
    ],
)
def test_deaths_told_without_a_plain_figure(text: str, expected: int) -> None:
    counts = find_counts(text, "en")
    assert sum(c.low for c in counts if c.kind == "killed" and not (c.unconfirmed or c.grievance)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Troops killed 20 militants and seized dozens of motorbikes as well as 12 rifles.", "en", 20),
        ("A motorbike thief was lynched by a mob in Eldoret.", "en", 1),
        ("Les soldats ont neutralisé une trentaine de terroristes et saisi des dizaines de motos.", "fr", 30),
    ],
)
def test_things_seized_are_no_victims(text: str, language: str, expected: int) -> None:
    assert sum(c.low for c in find_counts(text, language) if c.kind == "killed") == expected
