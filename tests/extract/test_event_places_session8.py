"""Session 8 event-place rules: an origin never beats a place the event is near, armed men's home and things
named after a place are not the event's place, a route's end gives way to a place the clause names, and a capital
that speaks for its government is not where the event happened."""

from __future__ import annotations

import sitrep


def _event(text: str, country: str | None = "KE", language: str = "en") -> sitrep.models.Event:
    events = sitrep.extract_text(text, published="2019-05-01", language=language, country=country)
    assert events
    return events[0]


def test_a_place_near_which_the_event_was_beats_where_the_victim_came_from() -> None:
    event = _event("A man from Isiolo was attacked by a mob at a market near Maua on Sunday.")
    assert event.admin1 == "Meru"


def test_the_home_of_raiders_is_not_the_place_they_attacked() -> None:
    event = _event("Turkana raiders attacked a village near Marigat on Monday, stealing cattle.")
    assert event.admin1 == "Baringo"


def test_a_force_or_a_road_named_after_a_place_does_not_place_the_event() -> None:
    event = _event("Suspected militants fired upon an Assam Rifles check post in Zorbagaon on Tuesday.", country="IN")
    assert event.admin1 != "Assam"
    event = _event("Police in Nairobi fired teargas at riders who had barricaded the Thika Superhighway at "
                   "Zorbaville, protesting the death of a colleague.")
    assert event.admin1 == "Nairobi"


def test_a_route_gives_way_to_the_area_the_clause_names() -> None:
    event = _event("Demonstrators from Zorbatown in Taita Taveta County blocked the Nairobi-Mombasa highway on "
                   "Monday to protest against wildlife attacks.")
    assert event.admin1 == "Taita Taveta"


def test_a_capital_that_speaks_for_its_government_is_not_the_events_place() -> None:
    text = ("Gunmen attacked a gas plant in Algeria on Wednesday, killing two guards. "
            "Algiers said it would not negotiate.")
    assert _event(text, country=None).location != "Algiers"
    text = ("Des hommes armés ont attaqué mercredi un site gazier en Algérie, tuant deux gardes. "
            "Alger a précisé mercredi soir qu'il n'était pas question de négocier.")
    assert _event(text, country=None, language="fr").location != "Algiers"


def test_a_region_abroad_named_only_as_a_hostages_home_is_no_event_place() -> None:
    text = ("Gunmen attacked a gas field in Algeria on Wednesday and took workers hostage. "
            "A man from Northern Ireland was among the hostages.")
    assert _event(text, country=None).admin1 != "Northern Ireland"
