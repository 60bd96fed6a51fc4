"""Session 26: a report that names no place but a group named after its area ("the Karnataka Rajya Raitha Sangha
staged a protest", "Jeay Sindh Qaumi Mahaz workers rallied") places its event in that area's first-level region
(geo_precision 3), as ACLED codes it, rather than only in the country. A place the report names still wins, and a
state's force named after a place ("the Assam Rifles", "Kenya Defence Forces") says nothing of where it was. The
team's own sentences; embedded default gazetteer."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Farmers of the Karnataka Rajya Raitha Sangha blocked a highway on Tuesday demanding higher cane prices.",
     "IN", "Karnātaka"),
    ("The Karnataka Rajya Raitha Sangha held a sit-in outside the deputy commissioner's office.", "IN", "Karnātaka"),
    ("Workers of the Jeay Sindh Qaumi Mahaz staged a rally against the arrest of their leader.", "PK", "Sindh"),
    ("Suspected Mombasa Republican Council members attacked a police patrol at night.", "KE", "Mombasa"),
    ("Police arrested ten members of the Mombasa Republican Council during a meeting.", "KE", "Mombasa"),
])
def test_a_group_named_after_its_area_places_an_event_with_no_place_there(text: str, country: str,
                                                                          admin1: str) -> None:
    place = main_event(text, "en", country).location
    assert place is not None and place.geo_precision == 3
    assert place.place.admin1 == admin1 and place.place.feature_code == "ADM1"


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Members of the Karnataka Rajya Raitha Sangha protested in Mysuru on Monday.", "IN", "Mysuru"),
    ("Activists of the Jeay Sindh Qaumi Mahaz protested outside the Larkana Press Club.", "PK", "Larkana"),
    ("Members of the Mombasa Republican Council clashed with police in Kwale on Sunday.", "KE", "Kwale"),
])
def test_a_place_the_report_names_still_wins(text: str, country: str, name: str) -> None:
    place = main_event(text, "en", country).location
    assert place is not None and place.place.name == name


@pytest.mark.parametrize(("text", "country"), [
    ("Militants fired upon an Assam Rifles check post on Tuesday, injuring a soldier.", "IN"),
    ("Kenya Defence Forces soldiers killed three militants.", "KE"),
])
def test_a_state_force_named_after_a_place_does_not_place_the_event(text: str, country: str) -> None:
    place = main_event(text, "en", country).location
    assert place is None or place.place.admin1 is None
