"""A report in French is mostly about the countries that speak French: their places win over a bigger namesake
elsewhere, and a place found abroad by another of its names is no place of a French report (embedded default)."""

from __future__ import annotations

import pytest

from sitrep.geo import Geocoder, get_geocoder
from sitrep.geo.ranking import speaking_countries


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _places(geocoder: Geocoder, text: str, language: str) -> dict[str, str | None]:
    return {t.text: t.place.country_code if t.place else None
            for t in geocoder.find_toponyms(text, language=language)}


def test_a_french_report_reads_koro_as_the_malian_town(geocoder: Geocoder) -> None:
    text = "Des hommes armés ont tué six civils dans un village du cercle de Koro dans la nuit de dimanche à lundi."
    assert _places(geocoder, text, "fr")["Koro"] == "ML"


def test_a_french_report_finds_no_bonn_in_boni(geocoder: Geocoder) -> None:
    text = "Des jihadistes présumés ont enlevé le maire de la commune de Boni samedi, selon des sources locales."
    assert _places(geocoder, text, "fr").get("Boni") is None


def test_french_names_of_big_cities_abroad_still_count(geocoder: Geocoder) -> None:
    text = "Le ministre s'est rendu à Londres puis à Pékin la semaine dernière."
    assert _places(geocoder, text, "fr") == {"Londres": "GB", "Pékin": "CN"}


def test_language_areas() -> None:
    # English reports come from and cover the whole world: no area
    assert speaking_countries("en") == frozenset()
    assert {"ML", "BF", "NE", "CD", "FR", "HT"} <= speaking_countries("fr") and "VE" not in speaking_countries("fr")
