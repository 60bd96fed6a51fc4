"""Session 16: a place named a few words after "in response to", "following" or "after" is where the earlier
event the sentence names as its cause happened, not the place of the event the sentence reports, when the clause
names another. The team's own sentences; embedded default gazetteer."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("Kenyan jets struck an al Shabaab position at Belet Xaawo in response to an attack in Lamu, Kenya, killing "
     "several militants.", "en", "SO", "Gedo"),
    ("Police raided a militant camp in Garissa on Monday in retaliation for an attack in Mandera.", "en", "KE",
     "Garissa"),
])
def test_the_place_of_the_cause_is_not_the_events(text: str, language: str, country: str, admin1: str) -> None:
    event = main_event(text, language, country)
    assert event.location is not None and event.location.place.admin1 == admin1


@pytest.mark.parametrize(("text", "admin1"), [
    ("Students rioted after a classmate was killed in Kisumu.", "Kisumu"),  # the only place: still the event's
    ("Protesters marched in Nairobi after a student was killed in Kisumu.", "Nairobi"),
    # a county's name on its people right after "after" is no place of an earlier event
    ("Chaos broke out at a market after Tharaka-Nithi and Meru leaders clashed over the county border. Police fired "
     "to disperse Tharaka residents.", "Meru"),
])
def test_a_lone_place_after_the_cause_still_counts(text: str, admin1: str) -> None:
    event = main_event(text, "en", "KE")
    assert event.location is not None and event.location.place.admin1 == admin1
