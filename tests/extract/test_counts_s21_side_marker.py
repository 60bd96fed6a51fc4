"""A figure with no victims' noun told after a marker of whose dead they are ("Côté ami, l'armée déplore sept morts",
"On the army's side, seven dead") is that side's, so it adds to the other side's dead instead of competing with
them as a whole toll. Synthetic reports, real spaCy."""

from __future__ import annotations

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        ("Des terroristes ont attaqué le camp militaire de Kora dans la nuit de samedi à dimanche. Le bilan fait état "
         "d'une trentaine de terroristes neutralisés, indique le communiqué. Côté ami, l'armée déplore sept morts.",
         "fr", 37),
        ("Militants attacked the army camp at Kora on Sunday. Thirty militants were killed, the army said. On the "
         "army's side, seven dead were reported.", "en", 37),
    ],
)
def test_a_figure_marked_as_one_sides_adds_to_the_others(text: str, language: str, toll: int) -> None:
    assert fatalities(text, language) == toll


def test_guard_a_marker_in_another_sentence_marks_nothing() -> None:
    text = ("Des terroristes ont attaqué le camp militaire de Kora dimanche. Côté ami, aucune perte n'est signalée. "
            "Sept morts ont été recensés parmi les habitants, selon le maire.")
    assert fatalities(text, "fr") == 7
