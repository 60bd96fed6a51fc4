"""Two forces named together as the subject of a verb of answering an attack ("des VDP et des militaires ont repoussé
une attaque") were both attacked: the second is no attacker, and the group whose attack they repelled is actor1."""

from __future__ import annotations

import pytest
from report_events import main_event, names

ATTACKERS_FIRST = ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")


@pytest.mark.parametrize(("text", "language"), [
    ("Des VDP et des militaires ont repoussé dimanche une attaque de terroristes contre le poste de Djibo.", "fr"),
    ("Des militaires et des VDP ont repoussé une attaque des jihadistes contre le poste de Djibo.", "fr"),
])
def test_forces_that_repelled_an_attack_together_were_attacked(text: str, language: str) -> None:
    assert names(main_event(text, language, "BF")) == ATTACKERS_FIRST


@pytest.mark.parametrize(("text", "language"), [
    ("Des militaires ont repoussé dimanche une attaque de terroristes contre le poste de Djibo.", "fr"),
    ("Soldiers and police officers repelled an attack by jihadists on their base in Djibo on Sunday.", "en"),
])
def test_one_force_or_an_english_pair_that_repelled_an_attack(text: str, language: str) -> None:
    assert names(main_event(text, language, "BF")) == ATTACKERS_FIRST


@pytest.mark.parametrize(("text", "language"), [
    ("Des jihadistes et des bandits ont attaqué dimanche le poste militaire de Djibo.", "fr"),
    ("Jihadists and bandits attacked an army post near Djibo on Sunday.", "en"),
])
def test_groups_that_attacked_together_stay_the_attackers(text: str, language: str) -> None:
    assert names(main_event(text, language, "BF")) == ATTACKERS_FIRST
