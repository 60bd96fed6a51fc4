"""Reinforcements an army sends the day after an attack are the attack's aftermath, not a Strategic development
of their own (the own-day rule of sitrep.extract.events keeps only specific ones: looting, burning, takeovers)."""

import datetime as dt

import pytest

from tests.extract.report_events import extract, kinds

PUBLISHED = dt.date(2025, 6, 9)  # a Monday


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen attacked the village of Sindo on Sunday, killing 14 civilians, local officials said. The army "
         "announced on Monday that it had sent reinforcements to the area.", "en"),
        ("Des hommes armés ont attaqué dimanche le village de Sindo, tuant 14 civils, selon des élus locaux. "
         "L'armée a annoncé lundi l'envoi de renforts dans la zone.", "fr"),
    ],
)
def test_reinforcements_after_an_attack_are_no_event(text, language):
    assert kinds(extract(text, language, PUBLISHED)) == [("Violence against civilians", "Attack")]


def test_burning_on_a_day_of_its_own_is_still_an_event():
    """Guard: a specific development on another day still is."""
    text = ("Gunmen attacked the village of Sindo on Saturday, killing 14 civilians, local officials said. On "
            "Sunday, suspected jihadists set fire to the village school.")
    assert kinds(extract(text, "en", PUBLISHED)) == [
        ("Violence against civilians", "Attack"), ("Strategic developments", "Looting/property destruction")]
