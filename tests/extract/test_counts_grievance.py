"""A death a protest is about is not a casualty of the protest, however many words stand between them."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.counts import find_counts

PROTESTS = [
    ("Hundreds of traders protested in Kisumu on Thursday after two hawkers were killed in a road accident "
     "last month. The protest was peaceful, police said.", "en"),
    ("Des centaines de commerçants ont manifesté jeudi à Kayes après la mort de deux vendeurs tués dans un "
     "accident le mois dernier.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), PROTESTS)
def test_the_death_a_protest_is_about_is_a_grievance(text: str, language: str) -> None:
    (count,) = [c for c in find_counts(text, language) if c.kind == "killed"]
    assert count.low == 2 and count.grievance


@pytest.mark.parametrize(("text", "language"), PROTESTS)
def test_a_protest_over_a_death_reports_no_fatalities(text: str, language: str) -> None:
    (event,) = sitrep.extract_text(text, published="2024-03-15", language=language)
    assert event.event_type == "Protests"
    assert event.fatalities is None
