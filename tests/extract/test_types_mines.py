"""A mine told as the subject or object of a strike is a remote explosive; a gold mine is not."""

from __future__ import annotations

import pytest
from report_events import main_type

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Une mine a frappé un convoi de l'armée près de Gao lundi, tuant trois soldats.", "fr", IED),
    ("Un véhicule de l'armée a heurté une mine près de Gao lundi.", "fr", IED),
    ("A mine exploded under an army truck near Gao on Monday, killing three soldiers.", "en", IED),
    ("Les ouvriers de la mine d'or de Kalana ont manifesté lundi.", "fr", ("Protests", "Peaceful protest")),
])
def test_a_mine_that_struck(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected
