"""A state offensive ("an operation", "an offensive", "l'opération") puts the state side first in a battle, but the
name of a force holding such a word ("troops of Operation Hadin Kai", "les soldats de l'opération Barkhane") tells
no offensive: the armed group that attacked stays actor1. Synthetic reports written for these tests; real spaCy and
actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names


def _sides(text: str, language: str = "en") -> tuple[str | None, str | None]:
    events = extract(text, language, dt.date(2024, 6, 5)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


ISWAP = "ISWAP: Islamic State West Africa Province"


def test_a_force_named_after_its_operation_repelled_the_attack() -> None:
    text = ("Fighters of ISWAP attacked a military base in Damasak, Borno state, on Monday night, killing four "
            "soldiers, military sources said.\n\nTroops of Operation Hadin Kai fought back for two hours before the "
            "attackers withdrew, the sources said.")
    assert _sides(text) == (ISWAP, "Military Forces of Nigeria")


def test_french_operation_named_as_a_force() -> None:
    text = ("Des jihadistes ont attaqué lundi un poste de l'armée malienne à Ménaka, tuant trois soldats, selon une "
            "source sécuritaire.\n\nLes soldats de l'opération Barkhane sont venus en renfort et ont repoussé les "
            "assaillants après deux heures de combats.")
    assert _sides(text, "fr")[0] == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("text", [
    "Troops of Operation Hadin Kai launched an offensive against ISWAP fighters near Damasak on Tuesday, killing 12 of "
    "them, the army said.",
    "The army launched an operation Tuesday against ISWAP fighters near Damasak, killing 12 of them, a military "
    "source said.",
])
def test_an_offensive_still_puts_the_state_first(text: str) -> None:  # guard
    assert _sides(text) == ("Military Forces of Nigeria", ISWAP)
