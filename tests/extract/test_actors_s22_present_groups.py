"""Session 22: a group the sentence before an unclaimed attack tells only as present ("both groups operate in the
area") is no doer of it. Synthetic reports; real spaCy and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Both JNIM and the Islamic State Sahel Province operate in the region. On Tuesday a roadside bomb killed "
         "three soldiers near Dori.", "en"),
        ("Le JNIM et l'Etat islamique au Sahel opèrent dans la zone. Mardi, un engin explosif a tué trois soldats "
         "près de Dori.", "fr"),
    ],
)
def test_groups_told_as_present_are_no_doers(text: str, language: str) -> None:
    assert names(main_event(text, language, "BF"))[0] == "Unidentified Armed Group (Burkina Faso)"


def test_a_doer_told_in_the_sentence_before_still_decides() -> None:
    text = "JNIM fighters ambushed an army convoy near Dori on Monday. Three soldiers died in the attack."
    assert names(main_event(text, "en", "BF"))[0] == "JNIM: Group for Support of Islam and Muslims"
