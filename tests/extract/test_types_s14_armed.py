"""Bombs that never reached their target, two armies firing at each other, deaths in a search operation (s14).

The codebook counts explosives found, defused or detonated safely, and a bomb that went off in the hands of
those making or planting it, as disrupted weapons use, not an explosion. A note's label ("Defusal: ...") types
all its sentence tells. Troops of two states named together as firing fought each other: a battle, whoever their
fire hit. People killed in a search operation fell in a battle with the group searched for, unless named as
civilians. A killing outranks an abduction unless many times more people were taken than killed. The
sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest
from report_events import main_type

BATTLE = ("Battles", "Armed clash")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text",
    [
        "Two suspected militants were killed when the bomb they were planting blew up near Mandera on Monday.",
        "A man died in Eastleigh on Friday after the explosive device he was assembling detonated.",
        "Three men were killed when making a bomb in a house in Lamu on Sunday.",
        "A grenade accidentally exploded in a militant hideout near Garissa on Tuesday, killing one.",
        # Present-tense notes: "finds" as much as "found".
        "Herders find an unexploded bomb near Isiolo on Monday.",
        # The label types its whole sentence, the explosive word after "and" too.
        "Defusal: Police come across an IED and detonate it safely near Mandera on Monday.",
        "Detonation: An IED planted on the Baure road, and targeting a KDF patrol, went off with no casualties.",
    ],
)
def test_bombs_that_never_reached_a_target_are_disrupted(text: str) -> None:
    assert main_type(text) == DISRUPTED


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb planted by militants hit a bus near Mandera on Monday, killing two passengers.",
        "Militants were planting more bombs when a roadside bomb hit a police truck near Mandera on Monday.",
        "The bomb went off in a market in Garissa on Tuesday, killing two traders.",
    ],
)
def test_bombs_that_hit_people_stay_explosions(text: str) -> None:
    assert main_type(text) == IED


def test_a_label_types_fighting_its_sentence_tells_as_setting() -> None:
    text = ("Movement of forces: As fighting broke out between two militias near the border, an army battalion "
            "was put on standby around Mandera town on Monday.")
    assert main_type(text) == ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani troops resorted to heavy firing and shelling in the Arnia sector on Friday night.",
        "A woman was injured in firing by Pakistani and Indian troops along the border near Samba on Monday.",
        "Pakistani and Indian troops continued to fire along the Line of Control near Kotli on Saturday.",
    ],
)
def test_two_armies_firing_fought_each_other(text: str) -> None:
    assert main_type(text) == BATTLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistani troops shelled villages along the Line of Control near Kotli on Saturday.", SHELLING),
        # Allies striking together fought no one by that.
        ("US and Afghan forces carried out air strikes on militant hideouts in Helmand on Monday.", AIR_STRIKE),
    ],
)
def test_one_army_or_allies_striking_stay_explosions(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forces searching an area hunt an armed group: the dead of the operation fell in a battle with it.
        ("A man was killed and three others were arrested by security forces during a search operation near Mardan "
         "on Monday.", BATTLE),
        ("Two people were killed and a soldier injured during a search operation in Khuzdar on Monday.", BATTLE),
        # Civilians named as its dead, or an operation in which nobody was hurt, stay what they are.
        ("During a search operation, soldiers shot dead two villagers near Khuzdar on Monday.",
         ("Violence against civilians", "Attack")),
        ("Police arrested five suspects during a search operation near Khuzdar on Monday.",
         ("Strategic developments", "Arrests")),
        # Paramilitary forces named by their corps are the forces hit.
        ("An Assam Rifles jawan was killed in an attack by insurgents in Chandel district on Monday.", BATTLE),
        ("A rifleman was killed in an attack by insurgents in Chandel district on Monday.", BATTLE),
    ],
)
def test_search_operations_and_forces_named_by_their_corps(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A few more taken than killed: the killing decides, by whom it hit.
        ("Raiders attacked a police post near Baringo on Monday, killing a police officer and abducting two others.",
         BATTLE),
        ("Gunmen killed 14 worshippers and abducted 20 others in a raid on a village near Zurmi on Monday.",
         ("Violence against civilians", "Attack")),
        # Many times more taken than killed: a mass abduction.
        ("Gunmen killed one guard and abducted 30 schoolgirls from a school near Zurmi on Monday.",
         ("Violence against civilians", "Abduction/forced disappearance")),
    ],
)
def test_killings_outrank_abductions_unless_many_more_were_taken(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
