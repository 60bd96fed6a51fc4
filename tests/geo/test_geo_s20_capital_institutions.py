"""A national institution a report puts people at ("outside Parliament", "in front of the National Assembly",
"devant l'Assemblée nationale") sits in the capital of the report's country: the event is there, as "in the
capital" already said (`sitrep.geo.home.add_capitals`)."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _capitals(text: str, country: str, language: str = "en") -> list[tuple[str, str | None]]:
    found = get_geocoder().find_toponyms(text, language=language, country=country)
    return [(t.text, t.place.name if t.place else None) for t in found if t.rule == "capital"]


@pytest.mark.parametrize(("text", "country", "language", "capital"), [
    ("Protesters gathered outside Parliament on Tuesday to oppose a new tax.", "KE", "en", "Nairobi"),
    ("Garment workers protested in front of the National Assembly for a second week.", "KH", "en", "Phnom Penh"),
    ("Supporters of the party and the police clashed outside the Supreme Court on Friday.", "BD", "en", "Dhaka"),
    ("Des manifestants se sont rassemblés devant l'Assemblée nationale mardi.", "BF", "fr", "Ouagadougou"),
])
def test_a_national_institution_is_in_the_capital(text: str, country: str, language: str, capital: str) -> None:
    assert [name for _, name in _capitals(text, country, language)] == [capital]


@pytest.mark.parametrize(("text", "country"), [
    ("Activists protested in Chennai against a ruling of the Supreme Court.", "IN"),  # no one is at the court
    ("Youths marched to State House in Mombasa on Monday.", "KE"),  # the one the report places elsewhere
    ("Lawyers protested outside the High Court in Nakuru.", "KE"),  # a court every county has
])
def test_no_capital_without_a_national_institution_one_is_at(text: str, country: str) -> None:
    assert _capitals(text, country) == []
