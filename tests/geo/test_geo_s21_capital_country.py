"""With no country given by the reader, "in the capital" is the capital of the country most of the report's places
lie in, not of the one foreign country it names in passing (`sitrep.geo.home.capital_country`). Synthetic
sentences written for these tests (blind s21 s06: a Mogadishu bombing read as Washington's)."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _capitals(text: str) -> list[str | None]:
    return [t.place.name if t.place else None for t in get_geocoder().find_toponyms(text) if t.rule == "capital"]


def test_the_capital_of_the_places_not_of_a_country_named_in_passing() -> None:
    text = ("A car bomb exploded outside a hotel in Mogadishu's Hodan district on Friday. The government, backed by "
            "United States air strikes, has pushed the militants back, but the bombing was the deadliest in the "
            "capital this year.")
    assert _capitals(text) == ["Mogadishu"]


@pytest.mark.parametrize(("text", "capital"), [
    # the one country named, with its own places: its capital, as before
    ("Police in Kenya dispersed protesters in Kisumu and Nakuru; in the capital, shops stayed shut.", "Nairobi"),
    # the one country named and no place: its capital, as before
    ("Protests against new taxes in Kenya turned violent in the capital on Monday.", "Nairobi"),
])
def test_the_named_country_keeps_its_capital(text: str, capital: str) -> None:
    assert set(_capitals(text)) == {capital}


def test_no_country_named_gives_no_capital() -> None:
    # as before: the places' country may have moved its capital (Burundi's is Gitega now, Bujumbura in 2016)
    text = "A grenade exploded in a bar in Bujumbura's Kamenge district on Saturday. Such attacks have hit the capital."
    assert _capitals(text) == []
