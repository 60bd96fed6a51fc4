"""Typing rules of session 9, each pinned on short synthetic reports: violence outranks an arrest or a seizure told
with it, civilians named with the forces hit, guards qualified by a place, and vocabulary families that gave no
event or the wrong one on fresh ACLED rows (taking up arms, piracy, drones by other names, unexploded ordnance,
blows with a named weapon, obstruction as protest)."""

from __future__ import annotations

import pytest
from report_events import main_event, main_type

from sitrep.extract.targets import target_class

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ARRESTS = ("Strategic developments", "Arrests")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
AIR = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
PEACEFUL = ("Protests", "Peaceful protest")
MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize(("text", "expected"), [
    # ACLED codes an arrest only when no violence is reported: the killing or beating told with it is the event.
    ("A rebel suspect was killed by police in Bungoma, several more were arrested.", CLASH),
    ("Soldiers raided the village of Kotile and beat up residents, arresting 12 of them.", ATTACK),
    ("A soldier has been arrested after shooting dead a local councillor in a bar in Meru.", ATTACK),
    ("Troops killed two militants and recovered three rifles near Diffa on Sunday.", CLASH),
    # With nobody hurt, or violence only as what the arrested are accused of, the arrest stays.
    ("Police arrested three men accused of killing a trader in Nyeri.", ARRESTS),
    ("Police arrested 40 opposition supporters in Kisumu on Monday.", ARRESTS),
    ("Soldiers found an unexploded mortar shell near a school in Kidal and destroyed it.", DISRUPTED),
    # An arrest demanded is no arrest: the protest that demands it is the event.
    ("Residents blocked the highway in Vellore on Monday, demanding the arrest of a bus conductor.", PEACEFUL),
])
def test_violence_outranks_arrests(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Civilians hit together with soldiers or police: the forces were attacked, a battle.
    ("Militants attacked a border town, killing three civilians and five police officers.", CLASH),
    ("An ethnic militia attacked civilians and police near the border on Friday.", CLASH),
    # Civilians alone: violence against civilians.
    ("Gunmen attacked a village near Mandera, killing four residents.", ATTACK),
    ("Gunmen attacked a civilian convoy near Beni on Tuesday.", ATTACK),
    # A guard qualified by the place he guards is a guard; an armed actor (ACLED's private security forces).
    ("A hotel security guard was shot dead by gunmen in Malindi on Sunday.", CLASH),
    ("Cattle raiders killed a watchman at a ranch near Nanyuki.", CLASH),
    ("An Indian army jawan was killed when troops across the border fired on a post in Poonch.", CLASH),
    # Elected figures and sympathisers of a named party or movement are civilians when attacked as persons.
    ("An MP of the ruling coalition was shot dead in Nairobi on Friday night.", ATTACK),
    ("Paramilitaries assassinated an ONLF sympathiser in Garissa.", ATTACK),
])
def test_who_was_hit(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


def test_target_words_read_the_head_noun() -> None:
    assert target_class("a hotel security guard", "en") == "military"
    assert target_class("market guards", "en") == "military"
    assert target_class("three civilians and five police officers", "en") == "military"
    assert target_class("a civilian convoy", "en") == "civilian"
    assert target_class("villagers who later alerted the police", "en") == "civilian"


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents took up arms to fight the sect members after the killings in Kiambu.", CLASH),
    ("A tanker was boarded by armed pirates off the Somali coast on Tuesday.", ABDUCTION),
    ("An unmanned aerial vehicle struck a fuel depot in Kherson overnight.", AIR),
    ("Two militants were killed in arial strikes in North Waziristan on Monday.", AIR),
    ("Two children were killed when an unexploded shell they found went off in a field near Kunduz.", IED),
    ("Herders speared a farmer in a dispute over grazing land near Garissa.", ATTACK),
    ("A girl died after she was hit in the head with a baton by a police officer in Kisumu.", ATTACK),
    ("Villagers have been obstructing the movement of the company's trucks since Monday, demanding jobs.", PEACEFUL),
])
def test_vocabulary_families(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


def test_violence_over_arrest_keeps_its_evidence() -> None:
    event = main_event("A rebel suspect was killed by police in Bungoma, several more were arrested.")
    assert event.type_evidence.rule.endswith("+violence-over-arrest")
    text = "A rebel suspect was killed by police in Bungoma, several more were arrested."
    assert text[event.type_evidence.start : event.type_evidence.end] == "killed"


@pytest.mark.parametrize(("text", "expected"), [
    # A crowd or vigilantes killing a suspect is a lynching, ACLED's mob violence, whatever the suspect did.
    ("A vigilante group stoned two robbers to death in Kisii.", MOB),
    ("Residents stone a thief to death in Kakamega.", MOB),
    ("A man has been lynched in Meru after he and two others raided a home and attempted to kidnap a woman.", MOB),
    # Armed men killing and abducting: the killing is the event, an attack.
    ("Gunmen killed five villagers and abducted two women in Zamfara.", ATTACK),
])
def test_lynchings(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Fighting has two sides, not a victim: told with nobody named it is a battle, not violence against civilians.
    ("Fighting took place this week near the town of Lashio.", CLASH),
    ("Troops of both countries targeted each other across the Line of Control on Monday evening.", CLASH),
    # Forces named by their post, rank or service in other countries.
    ("Pakistani troops targeted Indian posts along the border in Poonch on Sunday.", CLASH),
    ("Unknown armed men shot dead a levies personnel in Malakand on Wednesday.", CLASH),
    ("A ranger was shot dead by suspected insurgents in Narathiwat.", CLASH),
    ("A joint team of army and police killed a top commander of the rebel front in Sonitpur.", CLASH),
    # A crowd's fight stays a riot.
    ("Supporters of two candidates fought with sticks outside a polling station.", MOB),
])
def test_battles_in_other_countries(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
