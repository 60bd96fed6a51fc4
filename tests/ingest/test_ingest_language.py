"""Language detection on short reports in our own words."""

from __future__ import annotations

import pytest

from sitrep.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen attacked a police post near the town on Sunday, killing two officers, officials said.", "en"),
        ("Des hommes armés ont attaqué un poste de police près de la ville dimanche, tuant deux agents.", "fr"),
        ("Uomini armati hanno attaccato un posto di polizia vicino alla città domenica, uccidendo due agenti.", "it"),
        ("هاجم مسلحون مركزا للشرطة قرب المدينة يوم الأحد مما أسفر عن مقتل اثنين من رجال الشرطة", "ar"),
        ("Hombres armados atacaron un puesto de policía cerca de la ciudad el domingo y mataron a dos agentes.", "es"),
        ("Homens armados atacaram um posto policial perto da cidade no domingo e mataram dois agentes.", "pt"),
    ],
)
def test_detects_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_too_short_or_no_letters_gives_none() -> None:
    assert detect_language("") is None
    assert detect_language("12 34 -- 2019") is None
    assert detect_language("Kalara") is None
