"""Session 22: the force a vehicle belongs to through a unit ("un véhicule d'une unité de l'armée a sauté sur une
mine") is the side hit, and the group a source puts the device down to in its own clause ("une source qui attribue
la pose de l'engin aux combattants de l'EI") laid it. Synthetic reports; real spaCy and KB."""

from __future__ import annotations

from report_events import main_event, names


def test_the_army_whose_units_vehicle_hit_a_mine_was_hit() -> None:
    text = "Mardi, un véhicule d'une unité de l'armée a sauté sur une mine près de Tillabéri, tuant trois soldats."
    assert names(main_event(text, "fr", "NE")) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger")


def test_the_group_a_source_puts_the_device_down_to_laid_it() -> None:
    text = ("Mardi, un véhicule de l'armée a sauté sur une mine près de Tillabéri. Trois soldats ont été tués, selon "
            "une source sécuritaire qui attribue la pose de l'engin aux combattants de l'Etat islamique au Sahel.")
    assert names(main_event(text, "fr", "NE")) == ("Islamic State Sahel", "Military Forces of Niger")


def test_soldiers_of_an_army_unit_who_kill_are_the_attackers() -> None:
    text = "Mardi, des soldats d'une unité de l'armée ont tué trois jihadistes près de Tillabéri."
    assert names(main_event(text, "fr", "NE"))[0] == "Military Forces of Niger"
