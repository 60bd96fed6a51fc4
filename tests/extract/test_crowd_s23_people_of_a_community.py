"""Session 23: people named by the community they come from ("youths from the Kalenjin community", "members of the
Pokot tribe", "des jeunes de la communauté peule") are that community's militia, as "Kalenjin youths" already were:
their attack on people is violence against civilians, not a mob's riot. Before, the crowd word stood outside the
name the knowledge base read ("Kalenjin community"), so the youths were a mob. Sentences are synthetic, written for
these tests; real spaCy."""

from __future__ import annotations

import pytest
from report_events import main_event

ATTACK = ("Violence against civilians", "Attack")
MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize(
    ("text", "country", "language"),
    [
        ("Youths from the Kalenjin community attacked a Kikuyu village near Eldoret on Monday, killing three farmers.",
         "KE", "en"),
        ("Members of the Pokot tribe attacked herders near Tot on Monday and killed two of them.", "KE", "en"),
        ("Des jeunes de la communauté peule ont attaqué un village près de Djibo lundi, tuant trois cultivateurs.",
         "BF", "fr"),
    ],
)
def test_people_of_an_ethnic_community_attack_as_its_militia(text: str, country: str, language: str) -> None:
    event = main_event(text, language, country)
    assert (event.event_type, event.sub_event_type) == ATTACK
    assert event.actor1 is not None and "Ethnic Militia" in event.actor1.name


def test_youths_from_a_place_stay_a_mob() -> None:
    """Guard: a place after "from" names no community."""
    event = main_event("Youths from Kibera attacked two traders in Nairobi on Monday, injuring both.", country="KE")
    assert (event.event_type, event.sub_event_type) == MOB
