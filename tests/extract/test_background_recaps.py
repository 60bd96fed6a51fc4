"""A recap paragraph in a long report: earlier attacks brought back to mind ('ravive le souvenir des massacres'),
told over a span of months ('entre mars et juin') or in the pluperfect with a vague large toll ('avaient fait
plusieurs centaines de morts'), is background, not news. Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.background import background_marker

THURSDAY = dt.date(2025, 3, 13)


def marker(text: str, trigger: str, language: str) -> str | None:
    return background_marker(text, (0, len(text)), text.index(trigger), language)


@pytest.mark.parametrize(
    ("text", "trigger", "language"),
    [
        ("Ce nouveau drame ravive le souvenir des massacres de l'année précédente.", "massacres", "fr"),
        ("Entre mars et juin, des attaques contre des villages ont tué des centaines de civils.", "attaques", "fr"),
        ("Des attaques attribuées au même groupe avaient fait plusieurs centaines de morts dans la zone.",
         "attaques", "fr"),
        ("The killing revives memories of the massacres in the district.", "massacres", "en"),
        ("Between March and June, raids on villages killed hundreds of civilians.", "raids", "en"),
        ("Raids by the same group had killed hundreds of civilians in the district.", "Raids", "en"),
    ],
)
def test_a_recap_is_background(text: str, trigger: str, language: str) -> None:
    assert marker(text, trigger, language) is not None


@pytest.mark.parametrize(
    ("text", "trigger", "language"),
    [
        # the news told in the pluperfect with its own count, and a span of days, stay news
        ("Les assaillants avaient tué douze villageois avant l'arrivée des soldats.", "tué", "fr"),
        ("Entre le 3 et le 5 mars, des hommes armés ont attaqué trois villages.", "attaqué", "fr"),
        ("The gunmen had killed 30 villagers before soldiers arrived.", "killed", "en"),
        # a march in memory of the victims is a new protest
        ("Des centaines d'habitants ont manifesté en souvenir des victimes du massacre.", "manifesté", "fr"),
        ("Hundreds marched in memory of the victims of the massacre.", "marched", "en"),
        # and so is an attack on a gathering held in memory of the dead
        ("Gunmen attacked on Sunday a gathering held in memory of the victims.", "attacked", "en"),
        ("Des hommes armés ont attaqué dimanche un rassemblement organisé en souvenir des victimes.", "attaqué", "fr"),
    ],
)
def test_the_news_is_no_recap(text: str, trigger: str, language: str) -> None:
    assert marker(text, trigger, language) is None


def test_a_recap_paragraph_adds_no_event_to_a_night_raid() -> None:
    text = ("Au moins quinze civils ont été tués dans la nuit de lundi à mardi lors de l'attaque d'un campement près "
            "de Ménaka, selon des sources locales.\n\n"
            "Cette nouvelle tuerie ravive le souvenir des massacres du printemps 2022. Entre mars et juin de cette "
            "année-là, des attaques attribuées à des jihadistes avaient fait plusieurs centaines de morts parmi les "
            "civils dans les régions de Ménaka et de Gao.")
    extraction = extract(text, "fr", THURSDAY)
    assert [(e.sub_event_type, e.date and e.date.value) for e in extraction.events] == [
        ("Attack", dt.date(2025, 3, 10))]
