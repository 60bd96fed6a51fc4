"""A figure of the dead and the wounded told together ("40 people had been killed or wounded", "tuées ou blessées") is
no death toll, nor a count of the wounded. Synthetic reports, real spaCy."""

from __future__ import annotations

import pytest

from sitrep import extract_text
from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bomb exploded in a crowded market in Mazar on Friday. In a statement, the group said 40 people had been "
         "killed or wounded. Hospital officials said 12 people died.", "en"),
        ("Une bombe a explosé vendredi sur un marché de Gao. Selon le groupe, 40 personnes ont été tuées ou blessées. "
         "L'hôpital fait état de 12 morts.", "fr"),
    ],
)
def test_the_dead_and_wounded_told_together_are_no_death_toll(text: str, language: str) -> None:
    [event] = extract_text(text, published="2024-03-15", language=language)
    assert (event.fatalities, event.fatalities_high) == (12, 12)


def test_guard_dead_and_wounded_told_apart_keep_their_figures() -> None:
    text = "Three people were killed and five wounded when gunmen attacked a bus near Garissa on Monday."
    assert fatalities(text, "en") == 3
