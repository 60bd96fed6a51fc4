"""Two sides fighting over a place ("fought for control of the town", "se disputaient le contrôle de") is a battle,
and civilians killed as they fought are that battle's dead (codebook), not an attack on them (blind s22 s04's lead
was an Attack by a communal militia). "Caught in the crossfire" alone names no sides (test_events_types)."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

MONDAY = dt.date(2024, 3, 4)


def _types(text: str, language: str = "en") -> list[str]:
    return [e.sub_event_type for e in extract(text, language, MONDAY).events]


@pytest.mark.parametrize(("text", "language"), [
    ("Nine civilians were killed on Tuesday when Fano fighters and soldiers fought for control of Debre Tabor, "
     "residents said.", "en"),
    ("Nine civilians were killed on Tuesday in crossfire as Fano fighters and soldiers battled over control of "
     "Debre Tabor, residents said.", "en"),
    ("Neuf civils ont été tués mardi dans des tirs croisés alors que des miliciens et l'armée se disputaient le "
     "contrôle de Debre Tabor.", "fr"),
])
def test_civilians_killed_as_two_sides_fight_over_a_town_are_the_battles(text: str, language: str) -> None:
    assert _types(text, language) == ["Armed clash"]


def test_a_passer_by_in_the_crossfire_of_police_and_rioters_stays_the_riot() -> None:
    text = "A passer-by was caught in the crossfire when police fired at rioters in Kisumu on Tuesday, witnesses said."
    assert _types(text) == ["Violent demonstration"]


def test_fighters_taking_control_of_a_town_left_to_them_fight_no_battle() -> None:
    text = "Fano fighters took control of Debre Tabor on Tuesday after the soldiers withdrew, residents said."
    assert _types(text) == ["Non-violent transfer of territory"]  # no fight told: the soldiers withdrew
