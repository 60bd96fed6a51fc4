"""An admin area of the report's country named right after the place it holds ("at X of Sunsari", "in X, Bajaur",
"in X area of Y tehsil of Mohmand Agency") is a place whatever the NER makes of the words (an organisation "X of
Sunsari", a person "Bajaur"); the village the gazetteer lacks is then placed in it. A town after a hospital's name
and a comma is no person's surname ("the General Hospital, Guntur": "General" is no title there). Synthetic
sentences with invented villages written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _admin1s(text: str, country: str) -> dict[str, str | None]:
    found = get_geocoder().find_toponyms(text, country=country)
    return {t.text: t.place.admin1 if t.place else None for t in found}


@pytest.mark.parametrize(("text", "country", "area", "admin1"), [
    ("Cadres vandalised a jeep carrying a patient at Bhaluwa of Sunsari on Sunday.", "NP", "Sunsari", "Koshi"),
    ("Hundreds staged a rally in Bhalugaun of Rautahat on Friday.", "NP", "Rautahat", "Madhesh"),
    ("Unknown men killed a shopkeeper in Loyesam, Bajaur while he was closing his shop.", "PK", "Bajaur",
     "Khyber Pakhtunkhwa"),
    ("In Tangikhel, Khyber agency, jets struck hideouts overnight.", "PK", "Khyber", "Khyber Pakhtunkhwa"),
    # as before: the NER already let this one through
    ("A school was blown up in Sarkai area of Gulmandi tehsil of Mohmand Agency. Elders condemned it.", "PK",
     "Mohmand Agency", "Khyber Pakhtunkhwa"),
])
def test_an_area_after_the_place_it_holds(text: str, country: str, area: str, admin1: str) -> None:
    assert _admin1s(text, country)[area] == admin1


def test_the_unknown_village_takes_the_area_named_after_it() -> None:
    placed = _admin1s("Gunmen shot dead a levies official in Kharkai, Bajaur on Friday.", "PK")
    assert placed["Kharkai"] == "Khyber Pakhtunkhwa"


def test_a_town_after_a_hospital_and_a_comma() -> None:
    placed = _admin1s("Nurses of the Government General Hospital, Guntur began a strike on Monday.", "IN")
    assert placed["Guntur"] == "Andhra Pradesh"


@pytest.mark.parametrize(("text", "country", "name"), [
    # an area named as a person's, with no place before it: still no place (as before)
    ("The elders said Bajaur had warned them before the strike.", "PK", "Bajaur"),
    # a title and a name: still a person (as before)
    ("General Guntur inspected the troops on Monday.", "IN", "Guntur"),
])
def test_no_place_before_the_name_changes_nothing(text: str, country: str, name: str) -> None:
    assert name not in _admin1s(text, country)
