"""A town named as the point a distance is measured from ("120 km south-west of Mogadishu") is not the event's
place, hyphenated direction or not; the place the distance leads to is (`sitrep.geo.bearing`)."""

from __future__ import annotations

from pathlib import Path

from report_events import file_events


def test_a_distance_from_the_capital_places_the_event_in_the_area_it_leads_to(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Somalia: soldiers killed in raid\n\nFour soldiers were killed when militants "
                                        "stormed their base in Bulo Marer, about 120 km south-west of Mogadishu, on "
                                        "Sunday, an officer said.\n")
    assert (event.country, event.admin1, event.location_reported) == ("Somalia", "Lower Shabelle", "Bulo Marer")
    assert event.location != "Mogadishu"


def test_a_town_far_off_that_way_is_not_the_place(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Kenya: herders clash\n\nTwo herders were killed in a clash at a watering "
                                        "point 80 km north-east of Nairobi on Sunday, police said.\n")
    assert event.location != "Nairobi"
