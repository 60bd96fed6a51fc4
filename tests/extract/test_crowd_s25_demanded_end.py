"""Session 25: what a statement demands an end to ("The abductions and the beatings of students must stop," a union
leader said; "les enlèvements doivent cesser") is a grievance, no event: the subject of a verb of ending under a
modal. Before, the quoted demand opened an undated abduction beside the march (blind s22 s08: Amnesty's call that
the abductions and live bullets against protesters must stop made the Nairobi march an excessive force). Reports
are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

WEDNESDAY = dt.date(2024, 3, 13)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Police fired tear gas at hundreds of students marching in Eldoret on Tuesday to demand the release of two "
         "classmates. \"The abductions and the beatings of students must stop,\" a union leader said.", "en",
         [("Protests", "Protest with intervention")]),
        ("Hundreds of students marched in Eldoret on Tuesday. \"The abductions of students must stop,\" a union "
         "leader said.", "en", [("Protests", "Peaceful protest")]),
        ("Des centaines d'étudiants ont manifesté mardi à Bukavu. « Les enlèvements et les assassinats d'étudiants "
         "doivent cesser », a déclaré un responsable syndical.", "fr", [("Protests", "Peaceful protest")]),
    ],
)
def test_a_demanded_end_is_no_event(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(extract(text, language, WEDNESDAY)) == expected


def test_violence_that_stopped_is_told() -> None:
    """Guard: a verb of ending with no modal tells how the event went."""
    text = ("Gunmen attacked a bus near Mandera on Tuesday. The shooting stopped after two hours and four passengers "
            "were killed, police said.")
    assert kinds(extract(text, "en", WEDNESDAY)) == [("Violence against civilians", "Attack")]
