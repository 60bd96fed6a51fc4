"""Session 24: violence told with no doer of its own after an armed group's acts ("Gunmen stopped two buses. They
opened fire ... The vehicles were then set on fire", "Des hommes armés ont intercepté deux cars ... Les véhicules ont
ensuite été incendiés") is the armed group's, not the crowd's of a march the report tells elsewhere: the march stays
peaceful. Before, the killing joined the march and the burning, read as a crowd's destruction near a protest word,
made it a violent demonstration with the passengers' dead. Reports are synthetic, written for these tests; real
spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

TUESDAY = dt.date(2024, 3, 12)
MARCH = ("Protests", "Peaceful protest")
RIOT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thousands of residents marched in Kitale on Monday to demand safer roads. Last Thursday, gunmen stopped two "
         "buses outside the town. They opened fire, killing eight passengers. The vehicles were then set on fire.",
         "en"),
        ("Des milliers d'habitants ont marché lundi à Bankass pour réclamer la sécurité des routes. Jeudi dernier, des "
         "hommes armés ont intercepté deux cars près de la ville. Ils ont ouvert le feu, tuant huit passagers. Les "
         "véhicules ont ensuite été incendiés.", "fr"),
    ],
)
def test_the_gunmens_burning_leaves_the_march_peaceful(text: str, language: str) -> None:
    found = kinds(extract(text, language, TUESDAY))
    assert MARCH in found and RIOT not in found


def test_vehicles_burned_after_a_protest_are_its_riot() -> None:
    """Guard: with no armed group named, the burning told after a protest is the crowd's."""
    assert kinds(extract("Youths protested in Kitale on Monday. Two vehicles were torched.", "en", TUESDAY)) == [RIOT]


def test_the_armed_group_of_a_grievance_did_not_burn() -> None:
    """Guard: the bandits the march is about ('after bandits killed a herder') are not the burning's doers."""
    text = "Residents marched in Kitale on Monday after bandits killed a herder. Two vehicles were torched."
    assert kinds(extract(text, "en", TUESDAY)) == [RIOT]
