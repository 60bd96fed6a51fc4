"""The words around a place name decide whether it is the event's place: "in X" over a bare name, a destination,
an origin or an office; an area standing in for a village it names is geo_precision 2."""

from __future__ import annotations

import sitrep


def test_the_place_said_with_in_beats_a_governors_county() -> None:
    (event,) = sitrep.extract_text("A protest led by the Nairobi Governor was held in Machakos on Monday.",
                                   published="2024-03-15", language="en", country="KE")
    assert event.admin1 == "Machakos"


def test_a_hostages_home_region_is_not_the_events_region() -> None:
    text = ("Gunmen attacked a gas plant in Algeria on Wednesday, killing two guards. "
            "A man from Northern Ireland was among the hostages.")
    events = sitrep.extract_text(text, published="2024-03-15", language="en")
    assert events and all(e.country == "Algeria" and e.admin1 != "Northern Ireland" for e in events)


def test_a_distant_city_is_not_the_events_place() -> None:
    text = "Des hommes armés ont attaqué lundi un site gazier, à environ 1300 kilomètres d'Alger."
    events = sitrep.extract_text(text, published="2024-03-15", language="fr")
    assert all(e.location != "Algiers" for e in events)


def test_a_cercle_placed_at_its_town_is_precision_two() -> None:
    text = "Des hommes armés ont tué dix civils lundi dans un village du cercle de Bandiagara."
    (event,) = sitrep.extract_text(text, published="2024-03-15", language="fr")
    assert event.admin1 == "Mopti" and event.geo_precision == 2
