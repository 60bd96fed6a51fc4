"""Session 26: a place named inside what a demonstration is against ("workers in Hyderabad protested the shooting of
a colleague in Karachi", "traders rallied against the killing of a shopkeeper in Larkana") or inside those it is in
solidarity with ("a rally in solidarity with colleagues in Lahore") is where that happened, not where the
demonstrators were: it ranks like an origin, so a place the report gives the demonstrators wins, and it stays the
event's place when the report names no other. The team's own sentences; embedded default gazetteer."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Traders in Sukkur protested against the killing of a shopkeeper in Larkana.", "PK", "Sukkur"),
    ("Workers in Hyderabad protested the shooting of a colleague in Karachi.", "PK", "Hyderabad"),
    ("Lawyers in Multan staged a rally in solidarity with colleagues in Lahore.", "PK", "Multan"),
    ("Residents of Larkana staged a sit-in against the murder of a teacher in Sukkur.", "PK", "Larkana"),
    ("Boda boda riders in Nakuru protested the killing of a colleague in Naivasha.", "KE", "Nakuru"),
])
def test_the_demonstrators_place_wins_over_the_place_of_what_they_protest(text: str, country: str,
                                                                          name: str) -> None:
    place = main_event(text, "en", country).location
    assert place is not None and place.place.name == name


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Students protested against the killing of a classmate in Quetta.", "PK", "Quetta"),
    ("Students staged a protest in Quetta against the killing of a classmate.", "PK", "Quetta"),
    ("Activists protested against the arrest of their party leader outside the Larkana Press Club.", "PK", "Larkana"),
    ("Activists protested against the arrest of their leader in front of the Larkana Press Club.", "PK", "Larkana"),
    ("Traders in Sukkur protested against high taxes in Larkana.", "PK", "Larkana"),
])
def test_the_only_place_a_venue_or_a_grievance_that_is_no_act_stays(text: str, country: str, name: str) -> None:
    place = main_event(text, "en", country).location
    assert place is not None and place.place.name == name
