"""Recognition rules of session 4, on the embedded default with the real spaCy model."""

from __future__ import annotations

import pytest

from sitrep.geo import Geocoder, get_geocoder
from sitrep.nlp import load_pipeline

UNION = "Hundreds of teachers on Monday associated with Rajasthan Shikshak Sangh Rashtriya protested over workloads."
ASSOCIATION = "Workers of the All Kerala Fishermen Union marched on Monday."


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _places(geocoder: Geocoder, text: str, country: str | None) -> dict[str, str | None]:
    doc = load_pipeline("en")(text)
    return {t.text: t.place.feature_code if t.place else None for t in geocoder.find_toponyms(text, doc, "en", country)}


@pytest.mark.parametrize(("text", "state"), [(UNION, "Rajasthan"), (ASSOCIATION, "Kerala")])
def test_a_state_of_the_reports_country_inside_an_organisations_name_is_a_place(geocoder: Geocoder, text: str,
                                                                                state: str) -> None:
    assert _places(geocoder, text, "IN").get(state) == "ADM1"


@pytest.mark.parametrize(("text", "state"), [(UNION, "Rajasthan"), (ASSOCIATION, "Kerala")])
def test_a_state_of_another_country_inside_a_name_is_not(geocoder: Geocoder, text: str, state: str) -> None:
    assert state not in _places(geocoder, text, "NP")


@pytest.mark.parametrize("text", ["Two envoys flew to the US on Monday.", "Talks between the US and Iran resumed."])
def test_the_short_name_of_a_country_is_a_place(geocoder: Geocoder, text: str) -> None:
    # "US" is also a demonym ("US troops") in the country table; as a noun it names the country
    assert _places(geocoder, text, None).get("US") == "PCLI"
