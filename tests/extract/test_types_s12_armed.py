"""Battles, violence against civilians and strategic developments when armed actors act (session 12).

A rebel group's members and leaders are its fighters: the forces that kill them fight a battle, while a party's
activist attacked as a person stays a civilian. Fighting has two sides, not a victim. People attacked while their
homes burn are the attack's victims. Rescuers free captives, they do not abduct them. Explosives used with
small-arms fire on the forces are a battle. The sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest
from report_events import main_event, main_type

BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        # A rebel group's leader or members killed by the forces: a battle, in English and in French.
        ("The army killed a senior leader of Islamic State Sahel near Menaka on Monday.", "en", "ML", BATTLE),
        ("Soldiers shot dead a senior leader of JNIM near Menaka on Monday.", "en", "ML", BATTLE),
        ("L'armée a tué un chef du JNIM près de Ménaka lundi.", "fr", "ML", BATTLE),
        ("Les militaires ont abattu deux membres de l'État islamique au Sahel lundi près de Ménaka.", "fr", "ML",
         BATTLE),
        # By air, the strike decides.
        ("A drone strike killed a senior leader of Islamic State Sahel near Menaka on Monday.", "en", "ML",
         ("Explosions/Remote violence", "Air/drone strike")),
        # A party's leader or activist attacked as a person stays a civilian, whoever shot him.
        ("Police shot dead a local leader of the BNP in Feni on Monday.", "en", "BD", ATTACK),
        ("A local leader of Jubo League was shot and injured by an unidentified armed group in Feni on Friday.",
         "en", "BD", ATTACK),
        # A rebel group's sympathiser is no fighter.
        ("Gunmen shot dead an ONLF sympathiser in Garissa on Monday.", "en", "KE", ATTACK),
    ],
)
def test_members_of_rebel_groups_are_fighters(text: str, language: str, country: str,
                                              expected: tuple[str, str]) -> None:
    event = main_event(text, language, country)
    assert (event.event_type, event.sub_event_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rebel group in a clash makes it a battle, not a crowd's fight.
        ("Four members of Lashkar-e-Islam were killed in a clash with the TTP in Tirah on Monday.", BATTLE),
        ("Members of the two unions clashed near the bus stand in Dumka on Monday.", ("Riots", "Mob violence")),
        # Fighting has two sides: the people named after it are a side or the setting, not its victims.
        ("Police battle cattle raiders near Baragoi following an attack on herders.", BATTLE),
        ("The rebels and government forces continued fighting near a village in Kyauk Taw. About 300 people fled.",
         BATTLE),
        ("Raiders attacked herders near Baragoi on Monday, killing two.", ATTACK),
        # People attacked and their homes burned or looted: one attack on them, not a looting apart.
        ("Raiders attack and burn homes of farmers near Baragoi.", ATTACK),
        ("Soldiers beat and looted traders in Mandera on Monday.", ATTACK),
        ("Raiders burned homes near Baragoi on Monday.", ("Strategic developments", "Looting/property destruction")),
    ],
)
def test_fights_between_armed_sides(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rescuers free captives: no abduction by them.
        ("Police rescued 12 kidnapped travellers along the Kaduna-Abuja road on Monday.",
         ("Strategic developments", "Change to group/activity")),
        # A rescue after a fight is the fight; the abduction itself stays an abduction.
        ("Troops rescued 12 hostages after a gun battle with the kidnappers near Zaria on Monday.", BATTLE),
        ("Gunmen kidnapped 12 travellers along the Kaduna-Abuja road on Monday.",
         ("Violence against civilians", "Abduction/forced disappearance")),
    ],
)
def test_rescues(text: str, expected: tuple[str, str]) -> None:
    event = main_event(text, "en", "NG")
    assert (event.event_type, event.sub_event_type) == expected
    if expected[0] == "Strategic developments":
        assert event.actor1 is not None and event.actor1.name.startswith("Police Forces")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Explosives used with the attackers' own small-arms fire on the forces: a fight, a battle.
        ("An armed group attacked police officers in Mandera with grenades and AK-47s on Monday.", BATTLE),
        ("Militants hurled a grenade at a police vehicle in Mandera on Monday. They then directed small arms fire at "
         "the officers.", BATTLE),
        # A grenade alone, or shells fired at villages, stay explosions.
        ("Gunmen hurled a grenade at a police patrol in Mandera on Monday.", ("Explosions/Remote violence", "Grenade")),
        ("Troops fired artillery shells at villages near Hpakant on Monday.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ],
)
def test_explosives_with_small_arms_fire(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
