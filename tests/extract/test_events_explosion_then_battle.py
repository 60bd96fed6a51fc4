"""An explosion the next sentence says was fought over is one battle, through the whole extraction (events.py)."""

from __future__ import annotations

import pytest
from report_events import main_type


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("A roadside bomb hit an army convoy near Gao on Monday. The soldiers then clashed with the militants for an "
     "hour.", "en", ("Battles", "Armed clash")),
    ("Un engin explosif a visé un convoi de l'armée près de Gao lundi. Des combats ont ensuite opposé les soldats "
     "aux assaillants.", "fr", ("Battles", "Armed clash")),
    ("A roadside bomb hit an army convoy near Gao on Monday. The governor visited the wounded in hospital.", "en",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
])
def test_an_explosion_followed_by_fighting(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected
