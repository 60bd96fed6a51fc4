"""Session 12 (geo2): place names the stopword list keeps out are found when a kind word names them an area."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _places(text: str, country: str | None) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.place.country_code if t.place else None, t.place.admin1 if t.place else None)
            for t in get_geocoder().find_toponyms(text, country=country)]


@pytest.mark.parametrize("text", [
    "Gunmen raided a cattle camp in Panyijiar county, Unity state, on Friday.",
    "Fighting resumed in Unity state after the rainy season.",
])
def test_a_stopword_name_with_a_kind_word_is_an_area(text: str) -> None:
    assert ("Unity", "SS", "Unity") in _places(text, "SS")


def test_a_stopword_name_without_a_kind_word_stays_a_word() -> None:
    found = _places("Leaders of the unity government met in Juba. Unity among the parties is fragile.", "SS")
    assert all(name != "Unity" for name, *_ in found)


def test_a_sentence_opener_is_no_stopword_area() -> None:
    found = _places("Officials said the road was closed. But county officers reopened it on Friday.", "US")
    assert "But" not in [name for name, *_ in found]


def test_a_misspelt_county_in_a_kenyan_report_is_kenyan() -> None:
    found = _places("Two police officers were killed when their vehicle hit a roadside bomb in Madera County.", "KE")
    assert ("Madera County", "KE", "Mandera") in found


def test_a_us_county_stays_in_a_report_about_the_us() -> None:
    found = _places("A wildfire forced hundreds to leave their homes in Madera County, California.", None)
    assert ("Madera County", "US", "California") in found
