"""Session 24: a convoy "faisait route de Gao vers Kidal": the town it set off from is an origin, as "from X" is;
any other place the report names is the event's. "de X vers" a time ("le camp de Tessalit vers 4 heures") is the
event's place still. The team's own sentences; embedded default gazetteer."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(("text", "name"), [
    ("Dans un communiqué publié jeudi soir, l'armée a affirmé que le convoi, qui faisait route de Gao vers Tessalit, "
     "avait repoussé une attaque terroriste à une trentaine de kilomètres au sud d'Aguelhok.", "Aguelhok"),
    ("Des rebelles ont attaqué jeudi un convoi de l'armée qui faisait route de Gao vers Kidal, près de Tessalit.",
     "Tessalit"),
])
def test_the_town_a_convoy_set_off_from_is_not_the_events_place(text: str, name: str) -> None:
    place = main_event(text, "fr", "ML").location
    assert place is not None and place.place.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Des terroristes ont attaqué le camp militaire de Tessalit vers 4 heures du matin.", "Tessalit"),
    ("Des rebelles ont attaqué jeudi un convoi de l'armée près de Gao.", "Gao"),
])
def test_a_place_before_a_time_or_alone_stays(text: str, name: str) -> None:
    place = main_event(text, "fr", "ML").location
    assert place is not None and place.place.name == name
