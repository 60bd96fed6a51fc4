"""Session 20: someone putting an attack down to a group in so many words, in a sentence of its own ("Les autorités
attribuent l'attentat à Boko Haram", "la police a imputé l'attentat aux jihadistes de Boko Haram") blames that
group, as the passive "attribuée à" does: the one who says so is no side of the event and the group is its
attacker, not a side hit. Reports are synthetic, written for these tests; real spaCy and actor knowledge base."""

from __future__ import annotations

import pytest
from report_events import main_event, names

BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


@pytest.mark.parametrize(
    "attribution",
    ["Les autorités attribuent l'attentat à Boko Haram.",
     "La police a imputé l'attentat aux jihadistes de Boko Haram."],
)
def test_an_attack_put_down_to_a_group_is_that_groups(attribution: str) -> None:
    text = f"Une explosion a tué trois civils mardi sur un marché de Kolofata. {attribution}"
    assert names(main_event(text, "fr", country="CM")) == (BOKO_HARAM, "Civilians (Cameroon)")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des hommes armés ont attaqué lundi un poste militaire près de Djibo, tuant dix soldats. L'armée a attribué "
         "l'attaque à Ansaroul Islam.", "fr"),
        ("Gunmen attacked an army post near Djibo on Monday, killing ten soldiers. The army attributed the attack to "
         "Ansaroul Islam.", "en"),
    ],
)
def test_the_side_hit_told_in_the_event_sentence_stays_when_it_blames(text: str, language: str) -> None:
    assert names(main_event(text, language, country="BF")) == ("Ansaroul Islam", "Military Forces of Burkina Faso")


def test_a_blame_on_a_group_in_english_is_unchanged() -> None:
    text = ("A bomb exploded at a bus stop in Garissa on Monday, killing four people, police said.\n\n"
            "Police blamed the attack on al Shabaab.")
    assert names(main_event(text, country="KE")) == ("Al Shabaab", "Civilians (Kenya)")


def test_armed_men_an_attack_is_put_down_to_by_a_word_are_its_attackers() -> None:
    # the insurgents of Thailand's south, as ACLED names them there (generic.yaml regional_insurgencies)
    text = ("Two bombs exploded at a market in Yala on Monday, slightly injuring several people. Authorities blamed "
            "the attacks on insurgents.")
    assert names(main_event(text, country="TH"))[0] == "Southern Muslim Separatists (Thailand)"
