"""A region named by a compass point of two directions, however the point is written ("Northwest", "North-West",
"North West"); a language's name before "-speaking" is no place; a country named only by its demonym leans its
namesake areas its way (embedded default)."""

from __future__ import annotations

import pytest

from sitrep.geo import Geocoder, get_geocoder
from sitrep.geo.normalise import name_key


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _places(geocoder: Geocoder, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each toponym's country and first-level area, by its text without a trailing " region" (the NER model's
    span may hold it)."""
    return {t.text.removesuffix(" region"): (t.place.country_code, t.place.admin1) if t.place else (None, None)
            for t in geocoder.find_toponyms(text)}


@pytest.mark.parametrize("written", ["Northwest", "North-West", "North West", "northwest"])
def test_a_compass_point_is_keyed_as_two_words_however_written(written: str) -> None:
    assert name_key(written) == "north west"


def test_other_words_keep_their_compass_letters() -> None:
    assert [name_key(w) for w in ("Westminster", "Southend", "Eastleigh")] == ["westminster", "southend", "eastleigh"]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Separatists burned a school in Cameroon's Northwest region on Monday.", "Northwest", "Nord-Ouest"),
        ("Gunmen killed three villagers in Cameroon's Southwest region on Monday.", "Southwest", "Sud-Ouest"),
        ("Separatists burned a school in the North West region of Cameroon on Monday.", "North West", "Nord-Ouest"),
    ],
)
def test_cameroons_regions_are_found_by_their_compass_points(geocoder: Geocoder, text: str, name: str,
                                                             admin1: str) -> None:
    assert _places(geocoder, text)[name] == ("CM", admin1)


def test_a_language_before_speaking_is_no_place_and_the_demonym_gives_the_country(geocoder: Geocoder) -> None:
    text = "Cameroonian soldiers killed five separatist fighters in the English-speaking Northwest region on Monday."
    places = _places(geocoder, text)
    assert "English" not in places
    assert places["Northwest"] == ("CM", "Nord-Ouest")


@pytest.mark.parametrize("text", ["The English-language daily reported clashes in Bamenda on Monday.",
                                  "Pupils in Bamenda were taught in the English language until the strike."])
def test_a_language_names_no_town(geocoder: Geocoder, text: str) -> None:
    assert "English" not in _places(geocoder, text)
