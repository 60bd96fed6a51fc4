"""Men named by the people they come from ("armed youths from the Murle community", "raiders belonging to the Turkana
tribe", "des hommes armés de la communauté peule") are that people's militia, as "Murle youths" are: the mention spans
the men's word and the people's name, so the word names no other side. People of a civilian word ("villagers from the
Pokot community") stay civilians. Synthetic reports written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names


def _sides(text: str, language: str) -> tuple[str | None, str | None]:
    events = extract(text, language, dt.date(2024, 6, 5)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("At least nine people were killed on Saturday when armed youths from the Murle community raided a village in "
     "South Sudan's Jonglei state, officials said.", "en",
     ("Murle Ethnic Militia (South Sudan)", "Civilians (South Sudan)")),
    ("Raiders belonging to the Turkana tribe shot dead two herders near Lokichar in Turkana county on Sunday.", "en",
     ("Turkana Ethnic Militia (Kenya)", "Civilians (Kenya)")),
    ("Sept villageois ont été tués lundi près de Mopti lorsque des hommes armés de la communauté peule ont attaqué "
     "leur hameau.", "fr", ("Fulani Ethnic Militia (Mali)", "Civilians (Mali)")),
])
def test_men_of_a_people_are_its_militia(text: str, language: str, expected: tuple[str, str]) -> None:
    assert _sides(text, language) == expected


def test_villagers_of_a_people_stay_civilians() -> None:  # guard
    text = "Two villagers from the Pokot community were shot dead by raiders near Kapedo in Baringo county on Sunday."
    assert _sides(text, "en")[1] == "Civilians (Kenya)"
