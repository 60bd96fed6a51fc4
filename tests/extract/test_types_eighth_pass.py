"""Typing rules of session 8, each pinned on short synthetic reports: the codebook conventions chosen where the
exports disagree, killings over abductions, present-tense and misspelt notes (English and French)."""

from __future__ import annotations

import pytest
from report_events import extract, main_type

from sitrep.extract.triggers import find_hits
from sitrep.extract.vocabulary import respelt

MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
OVERTAKES = ("Battles", "Non-state actor overtakes territory")
NON_VIOLENT_TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(("text", "language", "expected"), [
    # ACLED's violent demonstration includes road-blocking using barricades, burning tyres or other material.
    ("Traders blocked the Kisumu-Busia highway with boulders and logs on Monday to protest new levies.", "en",
     VIOLENT_DEMO),
    ("Pupils placed their desks across the road in Nairobi on Monday, blocking traffic to protest the demolition "
     "of their school.", "en", VIOLENT_DEMO),
    ("Boda boda riders light bonfires on the road in Kisii to protest police harassment.", "en", VIOLENT_DEMO),
    ("Des jeunes ont bloqué la route nationale avec des pneus brûlés lundi à Conakry pour protester contre les "
     "coupures.", "fr", VIOLENT_DEMO),
    # People on the road with no material named stay a protest (South Asian exports: 235 of 273 road blockades).
    ("Residents blocked the Eldoret road on Monday to protest the death of a pupil.", "en", PEACEFUL),
])
def test_road_blockades(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Communities that fight and kill are identity militias: a battle.
    ("Members of two communities clashed over grazing land in Marsabit on Monday, leaving three dead.", CLASH),
    ("Inter-tribal conflict in Baragoi left four people dead on Monday.", CLASH),
    # Fought with stones and sticks, nobody killed and no weapon: rioters.
    ("Villagers of two communities clashed with stones and sticks over a land dispute in Gaya on Monday, injuring "
     "six.", MOB),
    # Supporters are no organised armed group: their attack on a convoy is a riot.
    ("Supporters of the governor attacked the convoy of a rival aspirant in Meru on Monday.", MOB),
    # The crowd named in an earlier clause of the sentence is still the side that clashes.
    ("Boda boda riders stormed a police post in Likoni on Monday and clashed with officers.", MOB),
])
def test_communal_and_partisan_clashes(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Abduction is coded only when it is the main act: people killed in the same attack make it an attack.
    ("Gunmen killed four villagers and abducted three others in a raid on a village in Zamfara on Monday.", "en",
     ATTACK),
    ("Des hommes armés ont tué quatre villageois et enlevé trois autres lundi près de Tillabéri.", "fr", ATTACK),
    ("Gunmen abducted three traders near Mandera on Monday; no one was killed.", "en", ABDUCTION),
    # Many times more people taken than killed: the abduction is the main act.
    ("Militants killed two guards and abducted 41 foreign workers at a gas plant in Illizi on Monday.", "en",
     ABDUCTION),
    ("Des hommes armés ont enlevé trois commerçants lundi près de Ménaka.", "fr", ABDUCTION),
])
def test_killings_outrank_abductions(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Notes in the present tense, and the victim between the verb and "to death".
    ("Youths destroy voting materials at a polling station in Kericho.", MOB),
    ("Police exchange fire with cattle raiders in Baringo.", CLASH),
    ("A fire exchange broke out between police and bandits in Isiolo on Monday.", CLASH),
    ("Residents stone a suspected thief to death in Kisii.", MOB),
    ("Villagers burnt a suspected cattle thief to death in Migori on Monday.", MOB),
    ("Residents chase police from the market in Kisumu during the referendum.", MOB),
    # A place taken with no fight told is a non-violent transfer (session 18, ACLED codebook).
    ("Al Shabaab militants briefly take over Kolbio in Lower Juba.", NON_VIOLENT_TRANSFER),
    # Arson with no armed group or state force named is a riot; by an armed group it stays property destruction.
    ("Students set fire to a dormitory at a school in Kisii on Monday.", MOB),
    ("Unknown people set fire to the offices of the electoral commission in Kisumu on Monday.", MOB),
    ("Al Shabaab militants torched a telecom mast in Mandera on Monday.", LOOTING),
    # People named by their work are civilians, whatever else the clause names.
    ("Gunmen killed two employees of a college in Lamu on Monday in a suspected extremist attack.", ATTACK),
    ("Two casual labourers were shot dead by unknown assailants in Garissa on Monday.", ATTACK),
    # A gang rushing at the police fights them.
    ("A gang of ten men charged at police officers with machetes in Kayole on Monday.", CLASH),
])
def test_present_tense_and_arson(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


def test_misspelt_triggers_are_read() -> None:
    assert main_type("Traders protestd over new levies in Kisumu on Monday.") == PEACEFUL
    assert main_type("Gunmen attakced a bus near Mandera on Monday.") == ATTACK
    text = "Raiders attakced several houses."
    hit = find_hits(text, 0, len(text), "en")[0]
    assert (text[hit.start : hit.end], hit.rule) == ("attakced", "type:generic:attacked~typo")


def test_real_words_and_names_are_not_respelt() -> None:
    assert respelt("A skilled mason was attached to the county office.", "en") is None
    assert respelt("Protestd Avenue was closed.", "en") is None  # a capitalised word may be a name
    assert not extract("A skilled mason was attached to the county office in Nyeri on Monday.", "en", None).events
    assert respelt("Ongoing election violecne in the area.", "en") == ("Ongoing election violence in the area.",
                                                                      list(range(38)))
