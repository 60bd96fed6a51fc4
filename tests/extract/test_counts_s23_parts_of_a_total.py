"""Figures that add up exactly to a toll told just before them are its parts, not lower tolls ("killed six suspected
thieves: three were beaten and three burnt to death" is 6, not 3); a head figure in apposition takes its parts' verb
("Quinze membres des FDS, onze militaires et quatre VDP, ont été tués": 15, not 4). Synthetic reports, real spaCy."""

from __future__ import annotations

import pytest

from sitrep import extract_text
from sitrep.extract.attribution import is_anaphoric
from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        ("A mob killed six suspected thieves in Nyamira on Monday: three were beaten and three burnt to death.",
         "en", 6),
        ("Vigilantes killed 6 suspected thieves in Nyamira town. 3 were beaten to death and 3 burnt with tyres.",
         "en", 6),
        ("Five people were killed in Nyamira on Monday. Gunmen shot dead three men and killed a woman and her son.",
         "en", 5),
        ("Douze membres des forces de défense, neuf militaires et trois gendarmes, ont été tués lundi dans une "
         "embuscade près de Djibo.", "fr", 12),
    ],
)
def test_figures_that_add_up_to_the_toll_before_them_are_its_parts(text: str, language: str, toll: int) -> None:
    assert fatalities(text, language) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a list of victims after a comma, not a breakdown of the first of them
        ("Two police officers, one clerk and one resident were killed when police clashed with rioters in Nyamira.", 4),
        # "also": on top of the toll
        ("Two militants were killed in a clash with soldiers near Mandera. A soldier and a civilian were also killed.",
         4),
        # the rangers hit, not a toll: one killed, six injured
        ("A bomb hit a vehicle carrying seven rangers near Mandera, killing one of the rangers and injuring the other "
         "six.", 1),
    ],
)
def test_guard_figures_that_are_not_parts_keep_their_own_toll(text: str, toll: int) -> None:
    assert fatalities(text, "en") == toll


def test_guard_parts_told_of_another_event_count_for_it() -> None:
    text = ("Two people were killed by raiders in Lokori on Monday. In Kapedo, a man and a woman were shot dead on "
            "Tuesday.")
    events = extract_text(text, published="2024-03-15", language="en")
    assert sorted(e.fatalities for e in events) == [2, 2]


@pytest.mark.parametrize(
    ("source", "anaphoric"),
    [("le texte", True), ("le communiqué", True), ("ce document", True), ("le communiqué de l'armée", False)],
)
def test_a_communique_told_again_points_back_to_its_author(source: str, anaphoric: bool) -> None:
    # "« ... ont permis de neutraliser des dizaines de terroristes », ajoute le texte": the communiqué named before
    assert is_anaphoric(source, "fr") is anaphoric
