"""Session 18: the event's place when the report names two places as one area ("the Sotik-Borabu area": the
first, as for a route) or a place inside a smaller town's area ("the Galole area of North Horr": in North Horr's
county, though a bigger town elsewhere bears the name)."""

from __future__ import annotations

from pathlib import Path

from report_events import file_events


def test_a_hyphenated_pair_of_places_is_coded_at_the_first(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Kenya: watchman killed\n\nCattle raiders killed a watchman in the "
                                        "Sotik-Borabu area on Monday night, police said.\n")
    assert event.admin1 == "Bomet"


def test_a_route_is_still_coded_at_its_first_end(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Kenya: road blocked\n\nResidents blocked the Eldoret-Kitale road on "
                                        "Monday to protest against the killing of a trader, police said.\n")
    assert event.admin1 == "Uasin Gishu"


def test_a_named_area_of_a_small_town_lies_in_that_towns_county(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Kenya: herders killed\n\nBandits shot dead two herders in the Galole area "
                                        "of North Horr on Monday, police said.\n")
    assert event.admin1 == "Marsabit"


def test_a_list_of_towns_is_no_area_and_town(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Kenya: traders protest\n\nTraders protested against new taxes in Hola, "
                                        "North Horr and Garissa on Monday.\n")
    assert event.admin1 == "Tana River"
