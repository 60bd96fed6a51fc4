"""Session 22: a force joined by "with" to the subject of a verb of coming to the scene or searching ("our men,
together with the military, are combing the bush to rescue the abducted victims") is no side of the attack it
answers; one that does the violence stays its side. Synthetic reports; real spaCy and KB."""

from __future__ import annotations

from report_events import main_event, names


def test_a_force_combing_the_bush_with_the_police_is_no_attacker() -> None:
    text = ("Twelve villagers were killed and dozens of others kidnapped near Gusau on Friday. \"Our men, together "
            "with the military, are combing the forest to rescue the abducted victims,\" the police spokesman said.")
    assert names(main_event(text, "en", "NG"))[0] == "Unidentified Armed Group (Nigeria)"


def test_a_force_that_pursues_and_kills_with_the_police_is_a_side() -> None:
    text = "Soldiers, together with the police, pursued the kidnappers near Gusau on Friday and killed two of them."
    assert "Military Forces of Nigeria" in names(main_event(text, "en", "NG"))
