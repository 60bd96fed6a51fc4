"""A force turning on an attack's attackers, and what a drone fires (s15).

An attack whose attackers the police or troops battled or pushed back is one battle (ACLED codes the attack and
the fight it set off as a single Battles event), whether the fight is told in the attack's sentence or in the
next one about "the attackers". Following them is no fight. What a drone fires is an air strike, missiles too.
A note's opening label ("Property destruction: 20 July. ...") types its later sentences as well.
The sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest
from report_events import main_type

BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    "text",
    [
        "Gang members attacked a bar in Kisumu on Friday; police battled the attackers for an hour.",
        "Bandits attacked a village in Wajir on Monday. Security forces pushed back the attackers.",
        "Raiders stormed a trading centre in Baringo on Sunday before officers repulsed the raiders.",
    ],
)
def test_an_attack_the_forces_fought_is_a_battle(text: str) -> None:
    assert main_type(text) == BATTLE


@pytest.mark.parametrize(
    "text",
    [
        "Bandits attacked a village in Wajir on Monday. Police later followed the attackers into the bush.",
        "Gunmen attacked a bus near Lamu on Tuesday, killing three passengers.",
    ],
)
def test_an_attack_nobody_fought_stays_on_civilians(text: str) -> None:
    assert main_type(text) == ATTACK


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suspected US drone fired two missiles at a compound in Datta Khel on Monday, killing four militants.",
         AIR_STRIKE),
        ("A drone launched a missile at a vehicle near Miranshah on Friday.", AIR_STRIKE),
        ("Militants fired rockets at a check post in Miranshah on Friday.", SHELLING),
    ],
)
def test_what_a_drone_fires_is_an_air_strike(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Property destruction: 20 March. The house of a councillor was set ablaze by unknown people in Kisumu.",
         ("Strategic developments", "Looting/property destruction")),
        ("Weapons seizure: 11 April. Police dismantle an al Shabaab camp in Ijara. Several guns were recovered.",
         ("Strategic developments", "Disrupted weapons use")),
    ],
)
def test_a_notes_label_types_its_later_sentences(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
