"""Session 20: an air strike on armed men named only by a word ("des dizaines de terroristes") struck an
Unidentified Armed Group, as "strikes killed 12 militants" does, not no one; people it hurt or a group named stay
its actor2. Reports are synthetic, written for these tests; real spaCy and actor knowledge base."""

from __future__ import annotations

import pytest
from report_events import main_event, names


def test_an_air_strike_on_armed_men_named_by_a_word_struck_an_unidentified_group() -> None:
    text = "Des frappes aériennes de l'armée burkinabè ont neutralisé des dizaines de terroristes lundi près de Djibo."
    assert names(main_event(text, "fr", country="BF")) == (
        "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Des frappes aériennes de l'armée burkinabè ont tué douze civils lundi près de Djibo, selon des habitants.",
         "Civilians (Burkina Faso)"),
        ("Un drone de l'armée malienne a frappé mardi une base du JNIM près de Ménaka.",
         "JNIM: Group for Support of Islam and Muslims"),
    ],
)
def test_an_air_strike_on_people_or_a_named_group_keeps_them(text: str, actor2: str) -> None:
    assert names(main_event(text, "fr"))[1] == actor2
