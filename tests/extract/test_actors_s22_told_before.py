"""Session 22: armed men named by a category word with a definite article ("the raiders", "les assaillants") are the
named group the same incident told as doing violence before them. Synthetic reports; real spaCy and KB."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def _clash_sides(text: str, language: str) -> tuple[str | None, str | None]:
    events = extract(text, language, dt.date(2023, 9, 26)).events
    [clash] = [e for e in events if e.sub_event_type == "Armed clash"]
    return (clash.actor1.name if clash.actor1 else None, clash.actor2.name if clash.actor2 else None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Boko Haram fighters raided a village near Kolofata, in Cameroon, on Saturday night, killing five people. "
         "On Sunday, soldiers caught up with the raiders near the border and killed four of them in a gunfight.", "en",
         ("Military Forces of Cameroon", BOKO_HARAM)),
        ("Des combattants du JNIM ont attaqué un village près de Djibo samedi, tuant six civils. Dimanche, des "
         "soldats ont rattrapé les assaillants et en ont tué trois lors d'un accrochage.", "fr",
         ("Military Forces of Burkina Faso", "JNIM: Group for Support of Islam and Muslims")),
    ],
)
def test_the_raiders_are_the_group_told_before(text: str, language: str, expected: tuple[str, str]) -> None:
    assert _clash_sides(text, language) == expected


def test_a_group_told_only_as_present_is_no_antecedent() -> None:
    text = ("Boko Haram is active around Kolofata, in Cameroon. On Sunday, soldiers caught up with the raiders of a "
            "cattle market near the border and killed four of them in a gunfight.")
    assert _clash_sides(text, "en")[1] != BOKO_HARAM
