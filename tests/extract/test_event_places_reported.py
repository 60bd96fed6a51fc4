"""Where an event was reported to happen is its place ("clashes were reported in X"), unlike where someone spoke;
a town named as a reference point far away ("à 150 kms de la ville de Kidal") is not."""

from __future__ import annotations

import pytest

import sitrep


def test_an_event_reported_in_a_place_happened_there() -> None:
    (event,) = sitrep.extract_text("Armed clashes were reported in Njoro on Monday, leaving three people dead.",
                                   published="2024-03-15", language="en", country="KE")
    assert (event.location, event.admin1) == ("Njoro", "Nakuru")


def test_where_someone_spoke_is_still_not_the_place() -> None:
    text = "The police said in Nakuru that gunmen had killed three people in Molo on Monday."
    (event,) = sitrep.extract_text(text, published="2024-03-15", language="en", country="KE")
    assert event.location == "Molo"


@pytest.mark.parametrize(("text", "language"), [
    ("Des rebelles ont attaqué mercredi le village de Tinkaroum, à 150 kms de la ville de Kidal, tuant deux "
     "soldats.", "fr"),
    ("Gunmen killed two soldiers on Monday at a well located 60 kms north of the town of Gao.", "en"),
])
def test_a_town_named_as_a_distant_reference_point_is_not_the_place(text: str, language: str) -> None:
    events = sitrep.extract_text(text, published="2024-03-15", language=language)
    assert events and all(e.location not in ("Kidal", "Gao") for e in events)
