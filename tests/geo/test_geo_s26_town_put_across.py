"""Session 26: a town at the edge of its area that the report puts in the neighbouring area ("Kapedo in Tiaty
Sub-county, Baringo County", where the gazetteer files Kapedo in Turkana) keeps its point and takes the area the
report names, as ACLED codes it (an area whose point lies farther off already placed it there, at the area). Not
when what follows is a town named for the area around ("Ruiru, Nairobi"), nor when the report names no area. The
team's own sentences; embedded default gazetteer."""

from __future__ import annotations

import pytest

from sitrep import geo


def _admin1(text: str, name: str) -> str | None:
    toponyms = geo.get_geocoder().find_toponyms(text, language="en", country="KE")
    found = [t.place for t in toponyms if t.text == name and t.place is not None]
    assert found, f"{name} not found in {text!r}"
    return found[0].admin1


@pytest.mark.parametrize("text", [
    "Raiders attacked police officers in Kapedo in Tiaty Sub-county, Baringo County.",
    "Three women were killed in an attack near Kapedo in Tiaty, Baringo county.",
    "Gunmen ambushed a lorry at Kapedo in Baringo County on Sunday.",
])
def test_a_border_town_is_in_the_area_the_report_names(text: str) -> None:
    assert _admin1(text, "Kapedo") == "Baringo"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Bandits attacked a school in Kapedo on Monday.", "Kapedo", "Turkana"),
    ("Police shot dead five suspected carjackers in Ruiru, Nairobi.", "Ruiru", "Kiambu"),
])
def test_without_an_area_named_the_gazetteers_area_stays(text: str, name: str, admin1: str) -> None:
    assert _admin1(text, name) == admin1
