"""Names the capitalised runs of a text hold: a country's or a small place's name between two other capitalised
words is a piece of a longer name (a town, a radio, a person, a park), not that place, unless the line capitalises
every word (a headline) or a word saying what kind of place it is follows; a name may end in a capitalised
connector ("Lanao del Sur")."""

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


@pytest.mark.parametrize(("text", "piece"), [
    ("Party leader Imran Ahmed Bhat Wednesday was beaten by policemen in Kupwara.", "Bhat"),
    ("Traders held a protest outside the minister's house in Adarsh Nagar Park on Monday.", "Nagar"),
])
def test_a_small_place_between_capitalised_words_is_a_piece_of_a_longer_name(text: str, piece: str) -> None:
    assert piece not in _placed(text, "IN")


@pytest.mark.parametrize(("text", "name"), [
    ("Fighting took place this week near Namhsan Manton Township.", "Manton"),  # a kind of place follows
    ("Three Soldiers Killed In Mali Army Base Attack", "Mali"),  # a headline capitalising every word
    ("Troops Kill Five In Wajir Town Raid", "Wajir"),
])
def test_a_name_before_a_kind_word_or_in_a_headline_stays(text: str, name: str) -> None:
    assert _placed(text)[name][0] is not None
