"""Aircraft the parse gives as no striker (main_act.aircraft_not_striking): what holds people or things ("the bodies
were loaded into a military helicopter", "embarqués à bord d'un avion militaire") is a carrier, and the air support
of a ground force ("troops backed by fighter jets attacked", "appuyés par des hélicoptères de combat") is part of
that force's battle (ACLED: one Battles event). A place taken as an act's aim ("launched an offensive to retake the
town") was not taken: the forces sent to take it fought for it, a battle (main_act.territory_aimed_at). Blind s23
s04b (a second event on Friday from the helicopter that carried the dead) and s06 (a jet-backed assault typed an
Air/drone strike). Aircraft that strike, and places retaken, stay what they were. Synthetic sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

MONDAY = dt.date(2024, 6, 10)
SUNDAY = dt.date(2024, 6, 9)


def _events(text: str, language: str = "en") -> list[tuple[dt.date | None, str]]:
    return [(e.date.value if e.date else None, e.sub_event_type) for e in extract(text, language, MONDAY).events]


@pytest.mark.parametrize(("text", "language"), [
    ("Rebels attacked an army post near Kotal on Sunday and killed six soldiers. A villager said he saw the bodies "
     "of the soldiers being loaded into a military helicopter on Monday morning.", "en"),
    ("Des jihadistes ont attaqué dimanche un poste de l'armée près de Kotal, tuant six soldats. Les corps des "
     "soldats ont été embarqués lundi à bord d'un avion militaire.", "fr"),
])
def test_an_aircraft_that_holds_the_dead_strikes_nothing(text: str, language: str) -> None:
    assert _events(text, language) == [(SUNDAY, "Armed clash")]


@pytest.mark.parametrize(("text", "language"), [
    ("Troops backed by fighter jets and helicopter gunships launched an assault on rebel positions near Kotal on "
     "Sunday, a rebel spokesman said. Four rebels were killed in the fighting.", "en"),
    ("Dimanche, des soldats appuyés par des hélicoptères de combat ont attaqué les positions des rebelles près de "
     "Kotal. Quatre rebelles ont été tués dans les combats.", "fr"),
])
def test_a_ground_assault_with_air_support_is_one_battle(text: str, language: str) -> None:
    assert _events(text, language) == [(SUNDAY, "Armed clash")]


def test_fighter_jets_that_bombed_are_an_air_strike() -> None:
    text = "Fighter jets bombed rebel positions near Kotal on Sunday, killing four fighters, a rebel spokesman said."
    assert _events(text) == [(SUNDAY, "Air/drone strike")]


def test_a_town_an_offensive_aimed_to_retake_was_fought_for() -> None:
    text = ("The army launched an offensive on Sunday to retake the town of Kotal from the rebels, a rebel spokesman "
            "said. Four rebels were killed in the fighting.")
    assert _events(text) == [(SUNDAY, "Armed clash")]


def test_an_operation_told_alone_to_retake_posts_is_a_battle() -> None:
    text = "Police launched an operation near Kotal on Sunday to retake two police posts occupied by bandits."
    assert _events(text) == [(SUNDAY, "Armed clash")]


def test_a_town_the_army_managed_to_retake_was_regained() -> None:
    text = "The army managed to retake the town of Kotal from the rebels on Sunday, a military spokesman said."
    assert _events(text) == [(SUNDAY, "Government regains territory")]
