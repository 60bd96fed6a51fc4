"""Names the capitalised runs of a text hold: a country's name between two other capitalised words is a piece of a
longer name (a town, a radio), not the country; a name may end in a capitalised connector ("Lanao del Sur")."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _placed(text: str, country: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    found = get_geocoder().find_toponyms(text, country=country)
    return {t.text: (t.place.country_code, t.place.feature_code) if t.place else (None, None) for t in found}


@pytest.mark.parametrize("text", [
    "Soldiers clashed with rebels in Datu Saudi Ampatuan on Sunday.",
    "Gunmen raided a farm near Upi Saudi Ampatuan at dawn.",
    "Listeners of Radio France Internationale heard of the raid on Sunday.",
])
def test_a_country_between_capitalised_words_is_no_country(text: str) -> None:
    placed = _placed(text)
    assert not any(code in ("SA", "FR") and kind and kind.startswith("PCL") for code, kind in placed.values())


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Delegates from Saudi Arabia met in Manila on Sunday.", "Saudi Arabia", "SA"),
    ("The Kenya Defence Forces said two soldiers died.", "Kenya", "KE"),  # a country opening a longer name
    ("Troops from Chad and Niger met on Sunday.", "Chad", "TD"),
])
def test_a_country_at_one_end_of_a_run_or_alone_stays_named(text: str, name: str, code: str) -> None:
    assert _placed(text)[name] == (code, "PCLI")


def test_a_name_ending_in_a_capitalised_connector() -> None:
    placed = _placed("Soldiers clashed with the group near Talayan, Maguindanao del Sur, on Sunday.")
    assert placed["Maguindanao del Sur"] == ("PH", "ADM2")


def test_a_lower_case_connector_still_ends_no_name() -> None:
    placed = _placed("Gunmen attacked a convoy near Gao on Sunday.", "ML")
    assert list(placed) == ["Gao"]
