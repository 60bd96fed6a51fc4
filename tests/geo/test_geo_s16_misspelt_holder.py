"""Session 16: a name read as a misspelt town of another province is a part of the town named right after it
("Hayatabad, Peshawar" is no Hyderabad of Sindh; "Maisuma, Srinagar" no Mysuru): placed at that town, as a
name the gazetteer lacks is ("Buruburu area in Nairobi"). Embedded default gazetteer; the team's own sentences."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("Police killed two militants in an encounter in Hayatabad, Peshawar, on Monday.", "Hayatabad", "PK",
     "Khyber Pakhtunkhwa"),
    ("In Maisuma, Srinagar, youths threw stones at a police patrol on Friday.", "Maisuma", "IN",
     "Jammu and Kashmīr"),
])
def test_a_misspelt_reading_yields_to_the_town_holding_the_name(text: str, name: str, country: str,
                                                                admin1: str) -> None:
    found = next(t for t in get_geocoder().find_toponyms(text, language="en", country=country) if t.text == name)
    assert found.place is not None and found.place.admin1 == admin1
