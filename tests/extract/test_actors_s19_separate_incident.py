"""Session 19: "In a separate incident, ..." opens the telling of another incident. A group named there is no clue to
whom "jihadists" told before refer (nor a group named before to the words told there), and a blame made before it is
not of the incident it tells."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.actors import ActorKB, get_actor_kb

JNIM = "JNIM: Group for Support of Islam and Muslims"
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return get_actor_kb()


def _jihadists(kb: ActorKB, text: str, language: str = "en") -> str:
    word = "djihadistes" if language == "fr" else "jihadists"
    return next(m.ref.name for m in kb.find_mentions(text, language, "Mali") if m.text.lower() == word)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Jihadists attacked an army camp near Boni on Monday. In a separate incident, JNIM fighters ambushed a "
         "convoy near Douentza.", "en"),
        ("JNIM fighters ambushed a convoy near Douentza on Monday. In another attack the same day, jihadists killed "
         "three herders near Boni.", "en"),
        ("Des combattants du JNIM ont tendu une embuscade lundi. Dans une autre attaque, des djihadistes ont tué "
         "trois bergers près de Boni.", "fr"),
    ],
)
def test_a_group_of_another_incident_is_not_the_jihadists(kb: ActorKB, text: str, language: str) -> None:
    assert _jihadists(kb, text, language) == "Unidentified Armed Group (Mali)"


def test_the_jihadists_of_the_same_incident_are_the_group_named(kb: ActorKB) -> None:
    text = "JNIM fighters ambushed a convoy near Douentza on Monday. The jihadists then burned two trucks."
    assert _jihadists(kb, text) == JNIM


def test_a_blame_is_not_lent_to_a_separate_incident() -> None:
    text = ("A bomb killed at least nine people at a cattle market in Konduga on Tuesday, police said. Police "
            "blamed the attack on Boko Haram.\n\nIn a separate incident on Tuesday, gunmen killed four farmers in a "
            "village near Damboa, a local official said.")
    events = extract(text, "en", dt.date(2024, 3, 6)).events
    actors = sorted((e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events)
    assert actors == [("Attack", "Unidentified Armed Group (Nigeria)"), ("Remote explosive/landmine/IED", BOKO_HARAM)]
