"""Session 26: a sentence on a conflict's long course ("est confronté depuis une décennie aux attaques de groupes
liés à l'État islamique", "depuis plusieurs années"), like the English "for years", is background: its group is no
attacker of the event told (blind s26 s03; the English sentences are guards). And animals that name the trade of
the people taken ("deux commerçants de bétail") make no livestock raid, so the takers are no communal militia.
Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

THURSDAY = dt.date(2025, 7, 17)


def _actors(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in extract(text, language, THURSDAY).events]


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Mardi soir, des hommes armés ont enlevé deux commerçants près de Tillia. Le Niger est confronté depuis une "
         "décennie aux attaques de groupes liés à l'État islamique.", "fr", "Niger"),
        ("Mardi, des hommes armés ont tué deux bergers près de Tillia. Depuis plusieurs années, les attaques de "
         "groupes liés à l'État islamique se multiplient dans la zone.", "fr", "Niger"),
        ("Gunmen killed two traders near Mandera on Tuesday. Kenya has faced attacks by groups linked to al-Shabaab "
         "for more than a decade.", "en", "Kenya"),
        ("Gunmen killed two farmers near Gao on Tuesday. The region has suffered attacks by groups affiliated with "
         "al-Qaeda for over a decade.", "en", "Mali"),
    ],
)
def test_a_groups_long_course_names_no_attacker(text: str, language: str, country: str) -> None:
    assert [a for _, a in _actors(text, language)] == [f"Unidentified Armed Group ({country})"]


@pytest.mark.parametrize(
    "text",
    [
        "Mardi, des hommes armés ont enlevé deux commerçants de bétail près de Tillia.",
        "Mardi, des hommes armés ont enlevé trois marchands de bétail sur la route de Tillia.",
    ],
)
def test_traders_in_cattle_taken_are_no_livestock_raid(text: str) -> None:
    assert _actors(text, "fr") == [("Abduction/forced disappearance", "Unidentified Armed Group (Niger)")]


def test_cattle_carried_off_is_still_a_raid() -> None:
    text = "Mardi, des hommes armés ont emporté le bétail du village près de Tillia."
    assert _actors(text, "fr") == [("Attack", "Unidentified Communal Militia (Niger)")]
