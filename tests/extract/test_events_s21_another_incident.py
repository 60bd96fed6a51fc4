"""Session 21: one list of words that announce another incident (event_types.yaml `new_event`, `elsewhere`, with the
event nouns of `anaphora`), read by one function (`vocabulary.opens_another_incident`) for both readers: the event
groups (`discourse.announces_new_event`: "In an unrelated incident, gunmen ..." is another event, not the one told
before) and the actor mentions' incidents (`ActorKB.incident_numbers`: "In a further attack, jihadists ..." are not
the group named before). Reports are synthetic, written for these tests; real spaCy and actor knowledge base."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.actors import get_actor_kb
from sitrep.extract.vocabulary import opens_another_incident

FIRST = "Gunmen killed three herders near Bama on Monday, police said. "


@pytest.mark.parametrize(
    "second",
    [
        "In an unrelated incident, gunmen killed two traders near Bama.",
        "Separately, gunmen killed two traders near Bama.",
        "In a different attack, gunmen killed two traders near Bama.",
    ],
)
def test_a_sentence_opening_another_incident_tells_another_event(second: str) -> None:
    assert len(extract(FIRST + second, "en", dt.date(2024, 3, 6)).events) == 2


def test_the_same_attack_told_on_stays_one_event() -> None:
    # guard: "the attack" goes on telling the event before
    text = FIRST + "In the attack, gunmen also killed two traders near Bama."
    assert len(extract(text, "en", dt.date(2024, 3, 6)).events) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("JNIM fighters ambushed a convoy near Douentza on Monday. In a further attack, jihadists killed three herders "
         "near Boni.", "en"),
        ("Des combattants du JNIM ont tendu une embuscade lundi près de Douentza. Lors d'une autre tuerie, des "
         "djihadistes ont tué trois bergers près de Boni.", "fr"),
    ],
)
def test_jihadists_of_another_incident_are_not_the_group_named_before(text: str, language: str) -> None:
    word = "djihadistes" if language == "fr" else "jihadists"
    mentions = get_actor_kb().find_mentions(text, language, "Mali")
    assert next(m.ref.name for m in mentions if m.text.lower() == word) == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("head", "language", "opens"),
    [
        ("In a separate incident on Tuesday, gunmen killed", "en", True),
        ("Par ailleurs, des hommes armés ont tué", "fr", True),
        ("Dans une autre attaque, des hommes armés ont tué", "fr", True),
        ("In the same attack, gunmen killed", "en", False),
        ("In a second statement, the army said", "en", False),  # "second" qualifies no event noun
        ("Elsewhere in the county gunmen killed", "en", False),  # no comma closes the opening phrase
    ],
)
def test_what_opens_another_incident(head: str, language: str, opens: bool) -> None:
    assert opens_another_incident(head, language) is opens
