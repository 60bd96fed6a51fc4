"""Looting or burning told on a day of its own beside a violent event is an ACLED event of its own; burning told
on the attack's day stays part of the attack (ACLED codes the property destruction within the attack)."""

import datetime as dt

import pytest

from tests.extract.report_events import extract, kinds

PUBLISHED = dt.date(2026, 5, 2)  # a Saturday
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unidentified gunmen abducted the mayor of Ouahigouya and two of his deputies on Wednesday evening, local "
         "sources said. The following day, suspected jihadists set fire to the school in the nearby village of "
         "Thiou.", "en"),
        ("Des hommes armés non identifiés ont enlevé le maire de la commune de Ouahigouya mercredi soir, selon "
         "des sources locales. Le lendemain, des jihadistes présumés ont incendié l'école du village voisin de "
         "Thiou.", "fr"),
    ],
)
def test_burning_on_the_next_day_is_an_event_of_its_own(text, language):
    extraction = extract(text, language, PUBLISHED)
    assert kinds(extraction) == [ABDUCTION, DESTRUCTION]
    assert [e.date.value for e in extraction.events] == [dt.date(2026, 4, 29), dt.date(2026, 4, 30)]


def test_burning_on_the_attack_day_stays_part_of_the_attack():
    text = ("Gunmen killed four villagers in an attack on Thiou on Wednesday, local sources said. The "
            "assailants also set fire to the village school before fleeing.")
    assert kinds(extract(text, "en", PUBLISHED)) == [("Violence against civilians", "Attack")]
