"""A hyphenated name with a lower-case tail that the gazetteer knows whole ("Mukurwe-ini", "Ra-ngae", "Su-ngai
Kolok") is read whole; a name and a word ("Nairobi-based", "Abu Dhabi-led") still gives the name alone. Synthetic
sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder


def _placed(text: str, country: str) -> dict[str, str | None]:
    return {t.text: t.place.admin1 if t.place else None for t in get_geocoder().find_toponyms(text, country=country)}


@pytest.mark.parametrize(("text", "country", "name", "admin1"), [
    ("Tea farmers uprooted their bushes in Mukurwe-ini to protest low pay.", "KE", "Mukurwe-ini", "Nyeri"),
    ("A roadside bomb wounded two rangers in Ra-ngae district on Sunday.", "TH", "Ra-ngae", "Narathiwat"),
    ("Gunmen shot dead a village headman in Su-ngai Padi on Monday.", "TH", "Su-ngai Padi", "Narathiwat"),
])
def test_a_name_known_with_its_tail(text: str, country: str, name: str, admin1: str) -> None:
    assert _placed(text, country)[name] == admin1


@pytest.mark.parametrize(("text", "country", "name", "admin1"), [
    ("A Nairobi-based reporter was beaten in Eldoret on Friday.", "KE", "Nairobi", "Nairobi"),
    ("Mombasa-bound buses were stoned near Voi.", "KE", "Mombasa", "Mombasa"),
])
def test_a_name_and_a_word_gives_the_name(text: str, country: str, name: str, admin1: str) -> None:
    assert _placed(text, country)[name] == admin1
