"""Who was hit when headlinese drops the auxiliary, and homes burned to drive people out (s20).

ACLED's codebook: a battle is two organised armed sides, violence against civilians an armed group's violence on
unarmed people. "Police reservist shot dead while on patrol" names the side hit before a killing word with no
object; "Police shot dead two men" names the shooter. Houses burned to flush out a group's members are violence
aimed at the people inside, not property destruction alone. The sentences are synthetic, written for these tests;
the places are real.
"""

from __future__ import annotations

import pytest
from report_events import main_type

ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    "text",
    [
        "Police reservist shot dead while guarding a borehole near Kainuk; attackers unknown.",
        "Two suspected Mungiki members killed after a carjacking in Thika.",
    ],
)
def test_headlinese_killing_names_the_armed_side_hit_before_it(text: str) -> None:
    assert main_type(text) == CLASH


@pytest.mark.parametrize(
    "text",
    [
        "Police reservist shot dead two herders near Kainuk.",  # an object: the reservist shot
        "Two traders killed in Garissa while closing their shops.",
    ],
)
def test_a_killing_with_an_object_or_civilians_before_it_stays_an_attack(text: str) -> None:
    assert main_type(text) == ATTACK


def test_homes_burned_to_flush_out_a_group_are_an_attack() -> None:
    assert main_type("Soldiers set fire to homes in Kapedo to flush out suspected militia members.") == ATTACK


def test_homes_burned_with_no_purpose_told_stay_property_destruction() -> None:
    assert main_type("Soldiers set fire to homes in Kapedo on Sunday.") == LOOTING
