"""A name two countries' places bear as their own is the one in the country the report is about when the report's
other names point there more than to the other country (Busia: a Kenyan county and town, a Ugandan district;
Namanga on both sides of the Kenya-Tanzania border). Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _country_of(text: str, name: str, country: str) -> str | None:
    found = {t.text: t.place for t in get_geocoder().find_toponyms(text, country=country)}
    place = found[name]
    return place.country_code if place is not None else None


@pytest.mark.parametrize(("text", "name"), [
    ("Ugandan marine police chased Kenyan fishermen onto an island of Busia district, saying they had fished in "
     "Ugandan waters.", "Busia"),
    ("Kenyan traders blocked the highway at Namanga to protest the arrest of milk vendors by Tanzanian officers.",
     "Namanga"),
])
def test_a_border_namesake_is_the_one_at_home(text: str, name: str) -> None:
    assert _country_of(text, name, "KE") == "KE"


def test_a_namesake_the_report_places_abroad_stays_abroad() -> None:
    text = "Ugandan police shot two smugglers in Busia, Uganda, on Monday."
    assert _country_of(text, "Busia", "KE") == "UG"


def test_a_city_of_world_renown_stays_abroad() -> None:
    text = "American delegates flew to London for talks on the debt."  # several small Londons in the US
    assert _country_of(text, "London", "US") == "GB"
