"""Session 14: a weapon's owner is the attacker. "Un drone des forces armées nigériennes a frappé" names the force
in a "de" phrase of the subject: it is actor1, the other side named is the one struck, and armed men a state's own
weapons struck are its enemies (not its forces). Synthetic reports; real spaCy, geocoder and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un drone des forces armées nigériennes a frappé mercredi une base de Boko Haram près de Diffa, tuant "
         "plusieurs dizaines de combattants.", "fr"),
        ("Drones operated by the Nigerien army struck a Boko Haram camp near Diffa on Wednesday, killing dozens of "
         "fighters.", "en"),
    ],
)
def test_a_drone_of_a_force_is_its_strike(text: str, language: str) -> None:
    event = main_event(text, language)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert names(event) == ("Military Forces of Niger", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")


def test_armed_men_struck_by_a_state_helicopter_are_its_enemies() -> None:
    event = main_event("Un hélicoptère de combat des forces armées maliennes a ouvert le feu mercredi sur un groupe "
                       "d'hommes armés près de Tessit, tuant six d'entre eux.", "fr")
    assert names(event) == ("Military Forces of Mali", "Unidentified Armed Group (Mali)")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des éléments de l'EIGS ont attaqué dimanche le marché de Tessit, tuant quinze civils.", "fr"),
        ("Members of Al-Shabaab attacked a police post in Mandera county on Sunday, killing two officers.", "en"),
    ],
)
def test_members_of_a_group_who_attack_are_the_group(text: str, language: str) -> None:
    assert names(main_event(text, language))[0] in (
        "Islamic State Sahel", "Al Shabaab")


def test_a_soldier_of_the_army_who_was_killed_is_the_target() -> None:
    event = main_event("Un soldat de l'armée malienne a été tué dimanche par des hommes armés près de Douentza.", "fr")
    assert names(event)[1] == "Military Forces of Mali"
