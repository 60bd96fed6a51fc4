"""Resolution and recognition rules of session 3, on the embedded default with the real spaCy model."""

from __future__ import annotations

import pytest

from sitrep.geo import Geocoder, distance_km, geo_precision, get_geocoder
from sitrep.geo.build import _middle, _middle_longitude
from sitrep.nlp import load_pipeline


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _resolve(geocoder: Geocoder, text: str, *names: str) -> list:
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    return geocoder.resolve_spans(text, spans)


def test_new_york_is_the_city_unless_the_words_say_state(geocoder: Geocoder) -> None:
    (city,) = _resolve(geocoder, "She grew up in New York and studied law.", "New York")
    assert city.place is not None and city.place.feature_class == "P" and city.place.admin1 == "New York"
    (state,) = _resolve(geocoder, "Floods hit the state of New York on Monday.", "New York")
    assert state.place is not None and state.place.feature_code == "ADM1"


def test_a_city_of_renown_beats_a_namesake_that_a_neighbour_lifts(geocoder: Geocoder) -> None:
    # Louisville, Ohio lies next to Canton; Louisville, Kentucky is thirty times its size
    text = "Storms reached Columbus and Canton in Ohio before the team flew to Louisville."
    *_, louisville = _resolve(geocoder, text, "Columbus", "Canton", "Ohio", "Louisville")
    assert louisville.place is not None and louisville.place.admin1 == "Kentucky"


def test_a_name_with_a_kind_word_resolves_through_the_name_inside(geocoder: Geocoder) -> None:
    text = "Protests spread across Oaxaca State while fans of Birmingham City celebrated."
    oaxaca, birmingham = _resolve(geocoder, text, "Oaxaca State", "Birmingham City")
    assert oaxaca.place is not None and oaxaca.place.feature_code == "ADM1" and oaxaca.place.country_code == "MX"
    assert birmingham.place is not None and birmingham.place.country_code == "GB"
    assert oaxaca.rule.endswith("kind-word")


def test_a_compass_word_before_a_name_is_a_part_of_that_place(geocoder: Geocoder) -> None:
    (part,) = _resolve(geocoder, "Rebels hold much of South Venezuela now.", "South Venezuela")
    assert part.place is not None and part.place.country_code == "VE" and part.rule.endswith("part-of")


def test_regions_take_geonames_points(geocoder: Geocoder) -> None:
    (middle_east,) = _resolve(geocoder, "Talks on the Middle East stalled.", "Middle East")
    assert middle_east.place is not None
    assert distance_km(middle_east.place.latitude, middle_east.place.longitude, 33.14, 35.86) < 10


def test_the_soviet_union_resolves_to_its_successor(geocoder: Geocoder) -> None:
    (ussr,) = _resolve(geocoder, "The Soviet Union collapsed in 1991.", "Soviet Union")
    assert ussr.place is not None and ussr.place.country_code == "RU"


def test_admin_points_span_their_towns_and_the_antimeridian() -> None:
    assert _middle([float(v) for v in range(200)]) == 99.5  # the outer 1 % (one value each side) aside
    assert _middle_longitude([179.0, -179.0, 178.0]) == 179.5
    assert _middle_longitude([10.0, 20.0]) == 15.0


def test_a_town_of_the_readers_country_survives_a_person_tag(geocoder: Geocoder) -> None:
    text = "Bandits attacked Kakuma refugee camp on Sunday night."
    doc = load_pipeline("en")(text)
    with_country = {t.text: t.place for t in geocoder.find_toponyms(text, doc, "en", "KE")}
    assert with_country["Kakuma"] is not None and with_country["Kakuma"].admin1 == "Turkana"


def test_a_name_beside_a_region_is_not_placed_in_it(geocoder: Geocoder) -> None:
    text = "Ten people were killed in clashes between Boranox and Samburu militias."
    doc = load_pipeline("en")(text)
    placed = {t.text: t.place for t in geocoder.find_toponyms(text, doc, "en", "KE")}
    assert placed.get("Boranox") is None


def test_an_unknown_place_takes_the_one_region_only_in_the_reports_country(geocoder: Geocoder) -> None:
    home = "Gunmen attacked the village of Zorbaka in Mali on Sunday. Troops reached the Mopti region."
    toponyms = geocoder.find_toponyms(home, load_pipeline("en")(home), "en")
    village = next(t for t in toponyms if t.text == "Zorbaka")
    assert village.place is not None and village.place.admin1 == "Mopti" and geo_precision(village) == 3
    abroad = ("Gunmen attacked the village of Zorbaka in Mali on Sunday, officials in Mali said. "
              "A hostage from the Mopti region was freed.")
    toponyms = geocoder.find_toponyms(abroad.replace("Mali", "Algeria"), None, "en")
    assert next(t for t in toponyms if t.text == "Zorbaka").place is None
