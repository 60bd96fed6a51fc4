"""Two sides set against each other by the verb ("des combats ont opposé dimanche les rebelles du M23 aux combattants
Wazalendo", "fighting pitting X against Y") are the battle's actor1 and actor2, as "between X and Y" are; the
Wazalendo, the pro-government self-defence groups of North and South Kivu, are an actor of the knowledge base.
Synthetic reports written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names

from sitrep.extract.actors import get_actor_kb

M23 = "M23: March 23 Movement"
WAZALENDO = "Wazalendo Militia"


def _battle(text: str, language: str) -> tuple[str | None, str | None]:
    [battle] = [e for e in extract(text, language, dt.date(2025, 3, 4)).events if e.event_type == "Battles"]
    return names(battle)


@pytest.mark.parametrize(("text", "language"), [
    ("Dans le territoire de Rutshuru, des combats ont opposé lundi les rebelles du M23 aux combattants Wazalendo "
     "près du village de Kisharo, selon des sources locales.", "fr"),
    ("Heavy fighting pitting M23 rebels against Wazalendo fighters was reported on Monday near Kisharo, in "
     "Rutshuru territory, residents said.", "en"),
])
def test_the_sides_set_against_each_other(text: str, language: str) -> None:
    assert _battle(text, language) == (M23, WAZALENDO)


def test_clashes_between_two_sides_still_read_in_order() -> None:  # guard
    text = "Clashes between Wazalendo fighters and M23 rebels broke out on Monday near Kisharo, in Rutshuru territory."
    assert _battle(text, "en") == (WAZALENDO, M23)


@pytest.mark.parametrize("words", ["Wazalendo", "combattants Wazalendo", "AFC/M23"])
def test_kivu_names(words: str) -> None:
    [mention] = get_actor_kb().find_mentions(words, "fr", "CD", when=dt.date(2025, 3, 4))
    assert mention.ref.name == (M23 if "M23" in words else WAZALENDO)
