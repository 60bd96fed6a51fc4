"""A village whose name is a town's with letters added at its end ("Kisumuni" beside Kisumu) is another place, not
the town misspelt (`sitrep.geo.misspelt`); a letter swapped or dropped is still a slip of the pen."""

from __future__ import annotations

from sitrep.geo import get_geocoder


def _admin1(text: str, name: str) -> str | None:
    found = {t.text: t for t in get_geocoder().find_toponyms(text, country="KE")}
    place = found[name].place
    return place.admin1 if place else None


def test_a_town_name_with_a_longer_ending_is_not_the_town() -> None:
    assert _admin1("A mob lynched a suspected thief in Kisumuni on Sunday.", "Kisumuni") is None


def test_a_longer_name_than_any_spelling_of_the_town_is_not_the_town() -> None:
    # Kiambu is also spelt "Kiambuu": "Kiamburi" is two edits from that spelling, but it extends "Kiambu"
    assert _admin1("A mob lynched a suspected thief in Kiamburi on Sunday.", "Kiamburi") is None


def test_a_swapped_letter_is_still_the_town() -> None:
    assert _admin1("Police dispersed protesters in Nariobi on Monday.", "Nariobi") == "Nairobi"


def test_a_town_run_into_the_next_word_is_still_the_town() -> None:
    assert _admin1("Clerks held a sit-in outside the governor's house in Nakuruto protest against low pay.",
                   "Nakuruto") == "Nakuru"
