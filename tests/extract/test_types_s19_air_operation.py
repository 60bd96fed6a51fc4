"""An army's "air operation" ("opération aérienne") is its air strikes: Explosions/Remote violence, Air/drone
strike. An operation by air and on the ground is a battle (ACLED: an air strike within a battle is one battle)."""

from __future__ import annotations

import pytest
from report_events import main_type

AIR = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "language"), [
    ("The army said on Tuesday it had neutralised about 30 terrorists in an air operation near Tessit.", "en"),
    ("L'armée a affirmé mardi avoir neutralisé une trentaine de terroristes lors d'une opération aérienne près de "
     "Tessit.", "fr"),
])
def test_an_air_operation_is_an_air_strike(text: str, language: str) -> None:
    assert main_type(text, language) == AIR


@pytest.mark.parametrize(("text", "language"), [
    ("The army said on Tuesday it had neutralised about 30 terrorists in a ground and air operation near Tessit.",
     "en"),
    ("L'armée a affirmé mardi avoir neutralisé une trentaine de terroristes lors d'une opération terrestre et "
     "aérienne près de Tessit.", "fr"),
])
def test_an_operation_by_air_and_on_the_ground_stays_a_battle(text: str, language: str) -> None:
    assert main_type(text, language) == CLASH
