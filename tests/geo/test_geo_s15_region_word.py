"""Session 15: a name the words around it call a region, in a report from one country, is that country's namesake
before a region abroad nothing else in the report points to ("the Nara region" in a Bamako report is Mali's Nara,
not Japan's prefecture). Embedded default gazetteer; the team's own sentences."""

from __future__ import annotations

import pytest

from sitrep.geo import Geocoder, get_geocoder


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _country_of(geocoder: Geocoder, text: str, name: str, country: str | None = None) -> str | None:
    found = next(t for t in geocoder.find_toponyms(text, language="en", country=country) if t.text == name)
    return found.place.country_code if found.place else None


def test_a_region_word_in_a_datelined_report_means_the_home_namesake(geocoder: Geocoder) -> None:
    text = "BAMAKO, June 3 - Soldiers killed 12 herders near a well in the Nara region on Sunday, residents said."
    assert _country_of(geocoder, text, "Nara") == "ML"


def test_the_readers_country_counts_as_home(geocoder: Geocoder) -> None:
    text = "Soldiers killed 12 herders near a well in the Nara region on Sunday, residents said."
    assert _country_of(geocoder, text, "Nara", country="ML") == "ML"


def test_a_region_the_report_places_abroad_stays_abroad(geocoder: Geocoder) -> None:
    text = "TOKYO, June 3 - Heavy rain flooded temples in the Nara region on Sunday, officials said."
    assert _country_of(geocoder, text, "Nara") == "JP"
