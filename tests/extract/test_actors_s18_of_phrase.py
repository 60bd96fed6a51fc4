"""A side named in an "of" phrase of what carried or struck: the people a convoy "of" carries were attacked; the
force a gunship "of" belongs to struck. Synthetic reports; real spaCy, geocoder and KB."""

from __future__ import annotations

from report_events import main_event, names

VDP = "VDP: Volunteers for the Defense of the Homeland"


def test_a_convoy_of_a_force_is_the_side_attacked() -> None:
    event = main_event("A convoy of VDP was ambushed by terrorists near Sebba on Thursday, and ten attackers were "
                       "killed.", "en")
    assert names(event) == ("Unidentified Armed Group (Burkina Faso)", VDP)


def test_a_gunship_of_an_army_is_its_strike() -> None:
    event = main_event("A helicopter gunship of the Malian army opened fire on armed men near Tessit on Wednesday, "
                       "killing six of them.", "en")
    assert names(event) == ("Military Forces of Mali", "Unidentified Armed Group (Mali)")
