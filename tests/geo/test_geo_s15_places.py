"""Session 15: Sahel towns the default index lacked or knew under another spelling (Hombori, Boni, Arbinda); a
county in brackets after a place holds it; a report that names no place but names one country's forces lies in
that country. Embedded default gazetteer; the team's own sentences."""

from __future__ import annotations

import pytest

from sitrep.extract import extract_article
from sitrep.geo import Geocoder, get_geocoder
from sitrep.models import Article, EventMention
from sitrep.nlp import load_pipeline


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _places(geocoder: Geocoder, text: str) -> dict[str, tuple[str, str | None] | None]:
    return {t.text: (t.place.country_code or "", t.place.admin1) if t.place else None
            for t in geocoder.find_toponyms(text, language="fr")}


def _main(text: str, language: str) -> EventMention:
    article = Article(id="t", text=text, published=None, language=language, source_format="text")
    return max(extract_article(article, load_pipeline(language)(text)).events, key=lambda m: m.salience)


def test_towns_of_the_douentza_road_are_malis_not_bonn(geocoder: Geocoder) -> None:
    text = "Des hommes armés ont attaqué un poste de la gendarmerie entre Boni et Hombori, dans le centre du Mali."
    places = _places(geocoder, text)
    assert places["Boni"] == ("ML", "Mopti") and places["Hombori"] == ("ML", "Mopti")


def test_the_common_spelling_of_aribinda_is_known_without_a_place_word(geocoder: Geocoder) -> None:
    places = _places(geocoder, "Au Burkina Faso, des hommes armés ont attaqué Arbinda dimanche.")
    assert places["Arbinda"] == ("BF", "Sahel")


def test_a_county_in_brackets_after_a_place_is_the_area_that_holds_it(geocoder: Geocoder) -> None:
    # the forest spans two counties; the gazetteer files it under Lamu
    text = "Soldiers beat herders grazing their cattle in Boni Forest (Garissa county) on Sunday."
    forest = next(t for t in geocoder.find_toponyms(text, language="en") if t.text == "Boni Forest")
    assert forest.place is not None and (forest.place.country_code, forest.place.admin1) == ("KE", "Garissa")
    bare = geocoder.find_toponyms("Soldiers beat herders grazing their cattle in Boni Forest, Kenya.", language="en")
    assert next(t.place.admin1 for t in bare if t.text == "Boni Forest" and t.place) == "Lamu"


@pytest.mark.parametrize(("text", "language", "country", "rule"), [
    ("Les FAMa ont repoussé une attaque terroriste dimanche, tuant dix assaillants, selon l'état-major.", "fr",
     "ML", "geo:country-of-force"),
    ("KDF soldiers killed five militants in a raid on Sunday, a spokesman said.", "en", "KE", "geo:country-of-force"),
    ("Des soldats maliens ont été tués dans une embuscade dimanche, selon l'armée malienne.", "fr", "ML",
     "geo:country-of-demonym"),
])
def test_a_report_naming_no_place_lies_in_the_country_of_the_forces_it_names(
        text: str, language: str, country: str, rule: str) -> None:
    place = _main(text, language).location
    assert place is not None and place.evidence is not None
    assert (place.place.country_code, place.geo_precision, place.evidence.rule) == (country, 3, rule)


def test_two_countries_forces_leave_the_country_unsaid() -> None:
    text = "Les FAMa et la force Barkhane ont repoussé une attaque terroriste dimanche, tuant dix assaillants."
    assert _main(text, "fr").location is None


def test_a_kenyan_report_puts_namanga_on_its_own_side_of_the_border(geocoder: Geocoder) -> None:
    (town,) = geocoder.find_toponyms("Traders protested at Namanga on Monday.", language="en", country="KE")
    assert town.place is not None and (town.place.country_code, town.place.admin1) == ("KE", "Kajiado")
