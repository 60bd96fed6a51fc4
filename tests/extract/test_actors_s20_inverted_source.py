"""Session 20: a source told after the event behind a comma (", a rapporté la police"), which the French parser
takes for the reporting verb's object, is the source, no side of an event whose doer is named ("lynchés par une
foule"); a passive with no doer may still be the speaker's own deed. Reports are synthetic, written for these tests;
real spaCy and actor knowledge base."""

from __future__ import annotations

from report_events import main_event, names


def test_the_police_reporting_a_lynching_are_no_side() -> None:
    text = "Deux hommes accusés de vol ont été lynchés par une foule samedi soir à Jacmel, a rapporté la police."
    assert names(main_event(text, "fr", country="HT")) == ("Rioters (Haiti)", "Civilians (Haiti)")


def test_an_army_reporting_militants_neutralised_with_no_doer_named_stays_their_foe() -> None:
    text = "Dix terroristes ont été neutralisés lundi près de Djibo, a indiqué l'armée."
    assert "Military Forces of Burkina Faso" in names(main_event(text, "fr", country="BF"))


def test_a_police_station_burned_keeps_the_police_as_the_side_hit() -> None:
    text = "Des manifestants ont incendié lundi un commissariat à Jacmel, a rapporté la police."
    assert names(main_event(text, "fr", country="HT"))[1] == "Police Forces of Haiti"
