"""A site the gazetteer lacks ("X Gardens", "X Grounds", "Place de X") takes the one first-level area a report names
only when the report names no town of another first-level area of that country: "marching in Nairobi ... In
Kitengela, in Kajiado County" names two areas, and a ground the marchers set off from may be in either. A village
still takes the one area. Synthetic sentences written for these tests."""

from __future__ import annotations

from sitrep.geo import get_geocoder


def _admin1_of(text: str, name: str) -> str | None:
    found = {t.text: t.place for t in get_geocoder().find_toponyms(text, country="KE")}
    place = found[name]
    return place.admin1 if place is not None else None


def test_a_ground_in_a_report_about_two_areas_is_not_placed_in_the_one_region() -> None:
    text = ("Riot police fired tear gas at hundreds of traders marching in Nairobi on Monday. The traders, many "
            "carrying placards, set off from Mwangaza Grounds in the morning. In Kitengela, in Kajiado County, youths "
            "lit bonfires on the road.")
    assert _admin1_of(text, "Mwangaza Grounds") is None


def test_a_village_in_a_report_about_two_areas_takes_the_one_region() -> None:
    text = ("Traders from Nairobi said raiders stole forty goats at Lenkisem village on Monday. Police in Kajiado "
            "County said they were pursuing the raiders.")
    assert _admin1_of(text, "Lenkisem") == "Kajiado"


def test_a_village_in_a_report_naming_towns_of_the_one_region_only_takes_it() -> None:
    text = ("Raiders stole forty goats at Lenkisem village on Monday. In Kitengela, in Kajiado County, police said "
            "they were pursuing the raiders.")
    assert _admin1_of(text, "Lenkisem") == "Kajiado"
