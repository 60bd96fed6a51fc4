"""Kenya's IEBC wards (kenya-data) are third-level areas at their constituency's point, and its constituencies
stand at their own points, not at their county's middle; words and names that wards bear ("Township",
"Karen") are left out (geo/data/kenya_wards.yaml). Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo import geo_precision, get_geocoder


def _found(text: str) -> dict[str, tuple[str | None, int]]:
    return {t.text: (t.place.admin1 if t.place else None, geo_precision(t))
            for t in get_geocoder().find_toponyms(text, country="KE")}


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Bandits drove off 200 goats from herders in Mochongoi on Tuesday.", "Mochongoi", "Baringo"),
    ("Two herders were shot dead in Hulugho on Sunday night.", "Hulugho", "Garissa"),
    ("Residents of Tseikuru blocked the road to protest the killing of a trader.", "Tseikuru", "Kitui"),
])
def test_a_ward_tells_its_county(text: str, name: str, admin1: str) -> None:
    assert _found(text)[name] == (admin1, 2)


def test_a_constituency_stands_at_its_own_point() -> None:
    geocoder = get_geocoder()
    (kinangop,) = [t.place for t in geocoder.find_toponyms("Farmers protested in Kinangop.", country="KE")]
    county = geocoder.admin1("KE", "Nyandarua")
    assert kinangop is not None and county is not None and kinangop.admin1 == "Nyandarua"
    assert (kinangop.latitude, kinangop.longitude) != (county.latitude, county.longitude)


def test_words_wards_bear_are_no_places() -> None:
    found = _found("Karen urged Umoja members to attend the Harambee for the Hospital in Kitui.")
    assert set(found) == {"Kitui"}
