"""Militias raised to fight beside the army are an armed side when they are hit, not civilians: "a group of VDP, the
civilian auxiliaries of the army" (the word "civilian" qualifies the auxiliaries), "members of the Civilian Joint Task
Force", "a self-defence group" (target words of event_types.yaml; blind s25 s02's VDP ambush). ACLED codes an attack
on such a militia as a battle. Civilians hit stay civilians. Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

MONDAY = dt.date(2025, 3, 10)


def _types(text: str, language: str = "en") -> list[str]:
    return [e.sub_event_type for e in extract(text, language, MONDAY).events]


@pytest.mark.parametrize(("text", "language"), [
    ("Late on Sunday, gunmen attacked a group of VDP, the civilian auxiliaries of the army, near Bani.", "en"),
    ("Bandits killed five members of the Civilian JTF in Zamfara on Sunday.", "en"),
    ("Gunmen attacked members of a self-defence group in Dogon Noma village, Kaduna State, on Sunday, killing three of "
     "them.", "en"),
    ("Dimanche, des hommes armés ont tué quatre membres d'un groupe d'autodéfense près de Bani.", "fr"),
])
def test_a_militia_beside_the_army_is_fought(text: str, language: str) -> None:
    assert _types(text, language) == ["Armed clash"]


def test_civilians_near_the_militia_stay_civilians() -> None:
    assert _types("Late on Sunday, gunmen killed three civilians near Bani.") == ["Attack"]
