"""Whom a force goes after ("à la poursuite des assaillants", "in pursuit of the attackers") is the side it fought,
not a doer told before the force: the army that reports its units, sent after the attackers, killed eight of a named
militia is actor1 of that battle and the militia actor2. Synthetic reports written for these tests; real spaCy and
actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names

ARMY = "Military Forces of Democratic Republic of Congo"
CODECO = "CODECO: Cooperative for the Development of Congo"


def _battle(text: str, language: str) -> tuple[str | None, str | None]:
    [battle] = [e for e in extract(text, language, dt.date(2025, 3, 7)).events if e.event_type == "Battles"]
    return names(battle)


@pytest.mark.parametrize(("text", "language"), [
    ("Selon un communiqué publié jeudi, l'armée affirme que ses unités, lancées mercredi à la poursuite des "
     "assaillants, ont neutralisé six miliciens CODECO près de Fataki, en Ituri.", "fr"),
    ("On Wednesday, army units in pursuit of the attackers killed six CODECO militiamen near Fataki, in Ituri "
     "province, the army said.", "en"),
])
def test_the_pursued_are_the_side_the_army_fought(text: str, language: str) -> None:
    assert _battle(text, language) == (ARMY, CODECO)


def test_attackers_who_fight_troops_are_still_first() -> None:  # guard
    text = ("On Wednesday, CODECO militiamen attacked an army position near Fataki, in Ituri province, killing two "
            "soldiers, the army said.")
    assert _battle(text, "en") == (CODECO, ARMY)
