"""Security operations, foreign troops taking a post, and property destroyed with or without people hurt (s19).

ACLED's codebook: Government regains territory is a state retaking a place a non-state group held, so forces sent
"to flush out" a group have taken on an armed side (a battle when nothing else is told) and another state's
troops taking a post unopposed are a non-violent transfer of territory. Looting/property destruction is property
alone: people hurt in the same raid, told in another sentence, make it an attack on civilians; property looted and
burned by men who stormed a village with nobody hurt stays looting. The sentences are synthetic, written for these
tests; the places are real.
"""

from __future__ import annotations

import pytest
from report_events import main_event, main_type

ATTACK = ("Violence against civilians", "Attack")
LOOTING = ("Strategic developments", "Looting/property destruction")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
REGAINS = ("Battles", "Government regains territory")


@pytest.mark.parametrize(
    "text",
    [
        "Herder dispute continues near Kapenguria. Police keep trying to flush out the militia. Two dead.",
        "Three officers were wounded by militiamen during an operation to flush out the gunmen from the hills.",
    ],
)
def test_an_operation_to_flush_out_a_group_is_a_battle(text: str) -> None:
    assert main_type(text) == ("Battles", "Armed clash")


def test_soldiers_retaking_a_town_from_militants_still_regain_territory() -> None:
    assert main_type("Soldiers retook the town of Kolbio from Al Shabaab militants on Sunday.") == REGAINS


def test_foreign_troops_taking_a_post_unopposed_is_a_transfer() -> None:
    text = "Somali troops crossed the border and took over a police post in Mandera. No shots were fired."
    assert (main_event(text, country="KE").event_type, main_event(text, country="KE").sub_event_type) == TRANSFER


def test_the_report_countrys_own_troops_taking_a_post_regain_it() -> None:
    text = "Kenyan troops took over a police post in Mandera held by Al Shabaab."
    event = main_event(text, country="KE")
    assert (event.event_type, event.sub_event_type) == REGAINS


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers searching for militants burned several houses and shops in Tarbaj. Several residents were injured.",
        "Armed gangs burned homes and farms in the valley overnight. (Ten deaths reported in total.)",
    ],
)
def test_property_destroyed_with_people_hurt_told_apart_is_an_attack(text: str) -> None:
    assert main_type(text) == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Armed raiders burned ten huts in a village near Baragoi. No one was hurt.",
        "Cattle rustlers raided a village near Tot and looted goats. The report does not mention deaths or injuries.",
    ],
)
def test_property_destroyed_with_nobody_hurt_stays_looting(text: str) -> None:
    assert main_type(text) == LOOTING


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armed men stormed a village near Kolofata, looted food and livestock and burned some huts. "
         "No casualties were reported.", "en"),
        ("Des hommes armés ont fait irruption dans un village près de Kolofata, pillant des vivres avant "
         "d'incendier des cases. Aucune victime n'a été signalée.", "fr"),
    ],
)
def test_a_village_stormed_looted_and_burned_with_nobody_hurt_is_looting(text: str, language: str) -> None:
    assert main_type(text, language) == LOOTING


def test_a_village_stormed_and_burned_with_people_shot_is_an_attack() -> None:
    text = "Armed men stormed a village near Kolofata, shot two herders and burned some huts. No one else was hurt."
    assert main_type(text) == ATTACK


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Insurgents attacked the village of Mucojo on Monday, killing four residents and burning fifty houses.", "en"),
        ("Gunmen raided a village near Mucojo, killed two villagers and torched their homes.", "en"),
        ("Des insurgés ont attaqué lundi le village de Mucojo, tuant quatre habitants et incendiant une cinquantaine "
         "de maisons.", "fr"),
    ],
)
def test_residents_killed_before_houses_burned_are_victims_not_a_mob(text: str, language: str) -> None:
    assert main_type(text, language) == ATTACK


def test_residents_who_kill_and_burn_are_a_mob() -> None:
    assert main_type("Angry residents killed a suspected thief and torched his house in Kisii.") == (
        "Riots", "Mob violence")


def test_fighters_killed_by_shelling_are_its_toll_not_a_fight() -> None:
    text = "Rebels said troops shelled their positions near Nasir on Tuesday, killing five of their fighters."
    assert main_type(text) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_shelling_answered_with_gunfire_is_a_battle() -> None:
    text = "Militants fired mortars at an army post near Nasir on Tuesday; soldiers returned fire, killing two."
    assert main_type(text) == ("Battles", "Armed clash")
