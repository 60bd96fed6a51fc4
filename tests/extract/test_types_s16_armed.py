"""Deaths in a land dispute, attackers counted dead, state installations, places taken (s16).

A dispute over land has two sides: people killed in it, nobody named attacking, are a clash between them (ACLED's
communal militias fighting), while a side that attacked or beat a man to death over land attacked a civilian.
Attackers counted among the dead ("one attacker was shot and killed") were fought, so their attack was a battle.
A gendarmerie's school or post is a state force's installation, and a locality seized is territory taken. A
strike followed by a sentence about the area's past fighting ("has seen heavy fighting since last year") set off no
battle. Suspects the report says were unarmed or had surrendered were no side of a fight; force used while
arresting someone is the event; soldiers or police abducted are a side captured, a battle.
The sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest
from report_events import main_type

from sitrep.extract.triggers import target_class

BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
TAKEN = ("Battles", "Non-state actor overtakes territory")
AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in a land dispute in Kibwezi on Monday.",
        "Four people were killed in a row pitting villagers over a disputed piece of land at Kamau farm in Molo.",
        "Six men were found dead in Narok on Sunday after a dispute over land between two families.",
        "Two people were killed and ten injured in a fallout over a land-related dispute in Gauripur on Friday.",
    ],
)
def test_deaths_in_a_land_dispute_are_a_clash(text: str) -> None:
    assert main_type(text) == BATTLE


@pytest.mark.parametrize(
    "text",
    [
        "A group of farmers attacked and killed a farmer over a land dispute in Kitui on Monday.",
        "An old man was beaten to death by his rivals over a land-related dispute in Kitui on Monday.",
        "Two brothers were stabbed to death in Kibwezi over a land dispute on Monday.",
        "Three people were killed in Kibwezi on Monday.",
    ],
)
def test_one_side_attacking_over_land_stays_an_attack(text: str) -> None:
    assert main_type(text) == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a hotel in Mombasa on Monday. One attacker was shot and killed.",
        "Gunmen attacked a college in Garissa on Thursday. Four attackers were killed during the siege.",
    ],
)
def test_attackers_counted_dead_make_a_battle(text: str) -> None:
    assert main_type(text) == BATTLE


def test_attackers_not_counted_dead_leave_an_attack() -> None:
    assert main_type("Gunmen attacked a hotel in Mombasa on Monday, killing two guests.") == ATTACK


@pytest.mark.parametrize(
    "words", ["a gendarmerie training school", "the gendarmerie post", "an official of the Frontier Constabulary"]
)
def test_state_force_installations_and_officials_are_military(words: str) -> None:
    assert target_class(words, "en") == "military"


def test_a_school_alone_is_civilian() -> None:
    assert target_class("a training school", "en") == "civilian"


def test_militants_attacking_a_gendarmerie_school_is_a_battle() -> None:
    text = "Militants attacked a gendarmerie training school in Bamako before dawn on Tuesday."
    assert main_type(text) == BATTLE


def test_a_locality_seized_after_fighting_is_territory_taken() -> None:
    text = "M23 rebels on Sunday seized the locality of Kishishe after fierce fighting with the Congolese army."
    assert main_type(text) == TAKEN


def test_a_strike_followed_by_the_areas_past_fighting_stays_a_strike() -> None:
    text = (
        "A military drone strike hit a minibus near Dangila on Thursday, killing 12 passengers, residents said. "
        "The area has seen heavy fighting between the army and the militia since last year."
    )
    assert main_type(text) == AIR_STRIKE


def test_a_blast_the_troops_answered_next_is_still_a_battle() -> None:
    text = "A roadside bomb hit an army convoy near Gao on Monday. The troops clashed with the militants after it."
    assert main_type(text) == BATTLE


@pytest.mark.parametrize(
    "text",
    [
        "Police officers shot dead two young men suspected of belonging to a gang in Kisumu on Sunday. Relatives "
        "said the two were unarmed and had surrendered.",
        "Police killed two youths they said were gang members in Kitale on Monday. Residents said it was an "
        "extrajudicial killing.",
    ],
)
def test_suspects_killed_unarmed_or_surrendered_are_civilians(text: str) -> None:
    assert main_type(text) == ATTACK


def test_suspects_killed_with_no_such_word_stay_a_battle() -> None:
    assert main_type("Police killed two youths they said were gang members in Kitale on Monday.") == BATTLE


def test_force_used_while_arresting_is_the_event() -> None:
    assert main_type("Police beat a boda boda rider while arresting him in Nakuru on Monday.") == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Militants stopped a police van near Loralai and abducted four policemen on Monday.",
        "Four soldiers were kidnapped by gunmen near Garissa on Friday.",
    ],
)
def test_forces_abducted_are_a_battle(text: str) -> None:
    assert main_type(text) == BATTLE


def test_civilians_abducted_stay_an_abduction() -> None:
    text = "Gunmen abducted two teachers in Mandera on Friday."
    assert main_type(text) == ("Violence against civilians", "Abduction/forced disappearance")
