"""Burning or looting kills no one: the dead told in a clause that gives only damage to property ("reported seven
dead and several houses torched") are the toll of the violence told before it, which then has two competing
figures (ACLED: the lower). Synthetic reports, real spaCy."""

from __future__ import annotations

from tests.extract.report_events import fatalities


def test_a_second_source_toll_beside_burned_houses_is_the_attacks() -> None:
    text = ("Gunmen attacked a village near Dalo on Tuesday, killing about ten civilians, a local official said. "
            "The UN mission reported seven dead and several houses torched.")
    assert fatalities(text) == 7


def test_french_second_source_toll_beside_burned_houses_is_the_attacks() -> None:
    text = ("Des hommes armés ont attaqué mardi un village près de Dalo, tuant une dizaine de civils, selon un élu "
            "local. L'ONU a pour sa part fait état de sept morts et de plusieurs maisons incendiées.")
    assert fatalities(text, "fr") == 7


def test_the_dead_of_a_burning_told_alone_stay_its_own() -> None:
    """Guard: no violence is told before the burning, so its clause keeps its dead."""
    assert fatalities("Arsonists torched five houses in Dalo on Tuesday; three people were reported dead.") == 3


def test_a_body_found_after_the_burning_is_no_toll_of_the_clash() -> None:
    """Guard: the figure comes after the damage ("houses were torched after the body of a woman was found"): it
    tells what led to it, not the clash's dead."""
    text = "On Monday, two clans clashed in Dalo. Houses were torched in Dalo after the body of a woman was found."
    assert fatalities(text) is None
