"""Session 26: names written otherwise than the gazetteer writes them. A number inside a name, joined by a hyphen or
a space ("North 24-Parganas", "South 24 Parganas"), is part of the name, not its end; two words written apart whose
first is a short prefix ("Ol Moran", "Mto Panga") name the place the gazetteer holds joined ("Olmoran", "Mtopanga").
The team's own sentences; embedded default gazetteer."""

from __future__ import annotations

import pytest

from sitrep import geo


def _places(text: str, country: str) -> list[tuple[str, str | None]]:
    toponyms = geo.get_geocoder().find_toponyms(text, language="en", country=country)
    return [(t.text, t.place.name if t.place else None) for t in toponyms]


@pytest.mark.parametrize(("text", "country", "found"), [
    ("Gunmen shot a trader dead in North 24-Parganas on Friday.", "IN", ("North 24-Parganas", "North 24 Parganas")),
    ("Police clashed with protesters in South 24-Parganas district.", "IN", ("South 24-Parganas", "South 24 Parganas")),
    ("Crude bombs were hurled at a village in North 24 Parganas late on Monday.", "IN",
     ("North 24 Parganas", "North 24 Parganas")),
    ("Herders attacked police officers in Ol Moran on Monday.", "KE", ("Ol Moran", "Olmoran")),
    ("Youths rioted at a polling station in Mto Panga.", "KE", ("Mto Panga", "Mtopanga")),
])
def test_a_name_written_otherwise_is_the_gazetteers_place(text: str, country: str, found: tuple[str, str]) -> None:
    assert found in _places(text, country)


@pytest.mark.parametrize(("text", "found"), [
    ("In Garissa 3 Kenya Defence Forces soldiers were wounded.", ("Garissa", "Garissa")),
    ("Militants attacked a police post in El Wak on Sunday.", ("El Wak", "El Wak")),
    ("Residents of Ol Kalou blocked the road on Monday.", ("Ol Kalou", "Ol Kalou")),
])
def test_names_the_gazetteer_holds_as_written_stay(text: str, found: tuple[str, str]) -> None:
    assert found in _places(text, "KE")
