"""Session 25: people taken told in the passive with an apposition saying who they were between them and the verb
("Twelve travellers, among them two women, were seized") are abducted, as without it ("12 traders were seized").
Before, the apposition hid the people from the verb and the clause told nothing (blind s25 s05: the bus passengers'
seizure went unread). Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

WEDNESDAY = dt.date(2024, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve travellers, among them two women and a boy, were seized near Kiboko on Tuesday night.",
        "The passengers, most of them traders, were snatched on the Kiboko road on Tuesday.",
    ],
)
def test_people_seized_after_an_apposition_are_abducted(text: str) -> None:
    assert kinds(extract(text, "en", WEDNESDAY)) == [("Violence against civilians", "Abduction/forced disappearance")]


@pytest.mark.parametrize(
    "text",
    [
        "Weapons, among them two rifles and a pistol, were seized near Kiboko on Tuesday.",
        "The town, home to many traders, was seized by militants on Tuesday.",
    ],
)
def test_things_seized_after_an_apposition_are_no_abduction(text: str) -> None:
    """Guard: arms or a town seized are not people taken."""
    assert ("Violence against civilians", "Abduction/forced disappearance") not in kinds(extract(text, "en", WEDNESDAY))
