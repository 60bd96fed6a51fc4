"""Session 26: a thing word that only says what kind of people were taken ("three cattle herders", "deux
commerçants de bétail", "two truck drivers") does not make an abduction a thing taken: the people are the object
(blind s26 s03). A thing that is the object ("two cattle", "deux camions", "plusieurs têtes de bétail", "les corps
des victimes") is still no abduction. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

THURSDAY = dt.date(2025, 7, 17)
ABDUCTION = "Abduction/forced disappearance"


def _types(text: str, language: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, language, THURSDAY).events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Tuesday, gunmen abducted three cattle herders near Gusau, police said.", "en"),
        ("Armed men kidnapped two livestock traders on the road to Tsafe on Monday night, residents said.", "en"),
        ("Two truck drivers were abducted by gunmen near Lakeside on Tuesday.", "en"),
        ("Mardi, des hommes armés ont enlevé trois éleveurs de bétail près de Tillia.", "fr"),
        ("Deux chauffeurs de camions ont été enlevés lundi soir par des individus armés à la sortie de Lakeside.",
         "fr"),
        ("Des ravisseurs ont kidnappé mardi deux marchands de bétail sur la route de Hilltop, selon des notables.",
         "fr"),
    ],
)
def test_people_named_by_their_trade_in_things_are_abducted(text: str, language: str) -> None:
    assert _types(text, language) == [ABDUCTION]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Tuesday, gunmen abducted two cattle near Gusau, police said.", "en"),
        ("Mardi, des hommes armés ont enlevé deux camions près de Tillia.", "fr"),
        ("Mardi, des hommes armés ont enlevé plusieurs têtes de bétail près de Tillia.", "fr"),
        ("Mardi, des hommes armés ont enlevé les corps des victimes près de Tillia.", "fr"),
    ],
)
def test_things_taken_are_still_no_abduction(text: str, language: str) -> None:
    assert ABDUCTION not in _types(text, language)
