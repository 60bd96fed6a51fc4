"""Session 24: where the one who told of an event is ("according to a security source in Gao", "selon un élu local
à Gao") is a place someone spoke at: any other place the report names is the event's. Alone, or when the source is
people of the place (residents, witnesses), the town stays the event's place. The team's own sentences; embedded
default gazetteer."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("An army truck hit a mine on the road between Anefis and Kidal on Friday, killing three soldiers, according to a "
     "security source in Gao.", "en", "ML", "Kidal"),
    ("Un camion de l'armée a sauté vendredi sur une mine sur la route entre Anéfis et Kidal, tuant trois soldats, "
     "selon une source sécuritaire à Gao.", "fr", "ML", "Kidal"),
])
def test_the_sources_town_is_not_the_events_place(text: str, language: str, country: str, admin1: str) -> None:
    place = main_event(text, language, country).location
    assert place is not None and place.place.admin1 == admin1


@pytest.mark.parametrize(("text", "language", "name"), [
    ("A roadside bomb killed three soldiers on Friday, according to a security source in Gao.", "en", "Gao"),
    ("Gunmen killed four herders on Friday, according to residents in Kidal.", "en", "Kidal"),
])
def test_a_sources_town_alone_or_residents_town_stays(text: str, language: str, name: str) -> None:
    place = main_event(text, language, "ML").location
    assert place is not None and place.place.name == name
