"""Session 16: where the wounded or the dead were taken ("airlifted to hospital in Garissa", "évacués par aéronefs
sur Gao") is a destination: any other place the clause names is the event's, even a county or a region. Alone, the
town stays the event's place (ACLED codes the hospital's town when the report names nothing else). The team's own
sentences; embedded default gazetteer."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("Gunmen attacked a village in Mandera county on Monday, and the wounded were airlifted to hospital in Garissa.",
     "en", "KE", "Mandera"),
    ("Gunmen attacked a bus near Elwak on Monday; three wounded passengers were airlifted to hospital in Garissa.",
     "en", "KE", "Mandera"),
    ("Des terroristes ont attaqué lundi le poste de la région de Mopti, et quatre blessés ont été évacués par "
     "aéronefs sur Gao.", "fr", "ML", "Mopti"),
])
def test_the_hospital_town_is_a_destination(text: str, language: str, country: str, admin1: str) -> None:
    place = main_event(text, language, country).location
    assert place is not None and place.place.admin1 == admin1


@pytest.mark.parametrize(("text", "name"), [
    ("An MP and his wife are admitted at a hospital in Nairobi after armed thugs attacked them at their home.",
     "Nairobi"),  # the only place named
    ("The attack has taken place in Mandera, where gunmen killed two teachers.", "Mandera"),
    ("Police rushed to the scene in Kisumu where a mob had lynched a man.", "Kisumu"),
])
def test_other_places_after_such_words_stay(text: str, name: str) -> None:
    place = main_event(text, "en", "KE").location
    assert place is not None and place.place.name == name
