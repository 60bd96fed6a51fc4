"""Session 13 actor rules: two crowds that fought each other are rioters on both sides, a headline's victims
stay the attacked side in any language and when told "feared dead", and "cops" are the police. Synthetic
reports; real spaCy, geocoder and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    "text",
    [
        "Delegates rioted and battled each other during party elections in Nakuru.",
        "Students of two schools rioted against each other in Nyeri, throwing stones.",
        "A party meeting in Embu turned chaotic when rivals engaged in blows.",
        "Youth supporters of the party brawled over t-shirts at a rally in Kisumu.",
        "Ten people were injured in a clash between two groups of villagers over a piece of land near Kitui.",
    ],
)
def test_crowds_that_fought_each_other_are_rioters_on_both_sides(text: str) -> None:
    assert names(main_event(text, "en", "KE")) == ("Rioters (Kenya)", "Rioters (Kenya)")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kenya : cinq policiers tués par un engin explosif près d'Elwak", "fr"),
        ("Several police officers feared dead after their vehicle ran over an IED in Wajir county.", "en"),
        ("Several police officers feared dead after their vehicle ran over an IED planted by Al Shabaab in Wajir.",
         "en"),
    ],
)
def test_police_killed_by_a_bomb_are_its_target(text: str, language: str) -> None:
    assert names(main_event(text, language, "KE"))[1] == "Police Forces of Kenya"


def test_the_police_who_found_the_dead_are_not_told_dead() -> None:
    event = main_event("Gunmen attacked a village near Garissa. Police found two men dead.", "en", "KE")
    assert names(event)[1] != "Police Forces of Kenya"


@pytest.mark.parametrize(
    "text",
    [
        "Unknown assailants ambushed a top cop in Nairobi on Saturday night and shot him three times.",
        "Gunmen shot dead two cops at a roadblock near Mandera.",
    ],
)
def test_cops_are_the_police(text: str) -> None:
    assert names(main_event(text, "en", "KE")) == ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Insurgents attacked a village near Macomia in Cabo Delgado on 4 June 2018, beheading five civilians.",
         "Ahlu Sunnah Wa-Jama (Mozambique)"),
        ("Armed men attacked a village near Mocimboa da Praia on Friday, killing three people.",
         "Ahlu Sunnah Wa-Jama (Mozambique)"),
        # before the insurgency began, and elsewhere in the country, they stay unidentified
        ("Armed men attacked a village near Mueda on 3 March 2016, killing three people.",
         "Unidentified Armed Group (Mozambique)"),
        ("Gunmen killed two people in Maputo on Friday.", "Unidentified Armed Group (Mozambique)"),
    ],
)
def test_cabo_delgado_attackers_nobody_names_are_the_insurgency(text: str, actor1: str) -> None:
    assert names(main_event(text, "en", "MZ"))[0] == actor1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Deux jours après le retrait de l'armée, des hommes armés ont tué trois villageois à Boni.", "fr"),
        ("Two days after the withdrawal of the army, gunmen killed three villagers in Boni.", "en"),
    ],
)
def test_a_force_named_in_what_came_before_is_no_side(text: str, language: str) -> None:
    assert names(main_event(text, language, "ML")) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_the_attack_noun_of_the_event_keeps_its_sides() -> None:
    event = main_event("Soldiers were killed after an ambush by JNIM near Boni.", "en", "ML")
    assert names(event) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali")


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Pakistani and Indian troops targeted each other across the Line of Control in Poonch district on Monday.",
         "en", "IN"),
        ("Troops of India and Pakistan exchanged fire in Poonch district on Friday.", "en", "IN"),
        ("Three people were killed in Sialkot in firefights between Pakistani and Indian troops.", "en", "PK"),
    ],
)
def test_two_countries_sharing_one_force_word_are_two_sides(text: str, language: str, country: str) -> None:
    assert set(names(main_event(text, language, country))) == {"Military Forces of India",
                                                                "Military Forces of Pakistan"}


def test_two_countries_troops_ambushed_together_are_one_side_and_its_ally() -> None:
    event = main_event("Des soldats maliens et burkinabè ont été tués dans une embuscade près de Boulkessi.", "fr",
                       "ML")
    assert names(event) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")
