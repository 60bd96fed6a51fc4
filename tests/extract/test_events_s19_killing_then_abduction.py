"""A raid's killing told first and an abduction the attackers "also" carried out is one Attack (ACLED codes an
abduction only when it is the main act), in French too, where the small model labels the subject of "ont
également enlevé" passive; a real passive ("ont été tués") is no attacker's act."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

WEDNESDAY = dt.date(2026, 3, 4)
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize(("text", "language"), [
    ("Six civils ont été tués dimanche par des hommes armés dans le village de Ndim, près de Ngaoundaye.\n\n"
     "Les assaillants ont également enlevé trois femmes, selon la même source.", "fr"),
    ("Gunmen killed six villagers on Sunday in Ndim, near Ngaoundaye. The attackers also abducted three women, a "
     "local source said.", "en"),
])
def test_a_killing_then_an_abduction_by_the_same_attackers_is_an_attack(text: str, language: str) -> None:
    assert kinds(extract(text, language, WEDNESDAY)) == [ATTACK]


def test_attackers_killed_in_turn_make_no_attack_of_their_abduction() -> None:
    text = ("Des hommes armés ont enlevé trois femmes dimanche à Ndim, près de Ngaoundaye. Les assaillants ont "
            "également été tués par des villageois.")
    assert kinds(extract(text, "fr", WEDNESDAY))[0] == ABDUCTION
