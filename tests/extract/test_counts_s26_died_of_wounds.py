"""Session 26: a wounded person who dies of the wounds days later is a death of the event that wounded them, not an
event of its own on the day of the death, wherever the hospital is ("Un quatrième habitant, grièvement blessé, a
succombé mercredi à l'hôpital de ...", "A third officer who was wounded died in hospital in ... on Wednesday";
discourse.yaml died_of_wounds). "A fourth villager" after three dead is one more (numbers_*.yaml additional_after).
A death told as another killing on another day stays another event. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.counts import find_counts
from sitrep.models import Article
from sitrep.resolve import build_event

FRIDAY = dt.date(2024, 3, 15)
MONDAY, TUESDAY, WEDNESDAY = dt.date(2024, 3, 11), dt.date(2024, 3, 12), dt.date(2024, 3, 13)


def _events(text: str, language: str = "en") -> list[tuple[dt.date | None, int | None, str | None]]:
    """Each event's date, toll and place name."""
    article = Article(id="r1", text=text, language=language, published=FRIDAY, published_precision=1)
    found = []
    for mention in extract(text, language, FRIDAY).events:
        event = build_event([mention], {"r1": article})
        place = mention.location.place.name if mention.location else None
        found.append((mention.date.value if mention.date else None, event.fatalities, place))
    return found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Gunmen killed three villagers in Mpeketoni on Monday night. A fourth villager, who was badly wounded, "
         "succumbed on Wednesday at the hospital in Malindi.", "en", [(MONDAY, 4, "Mpeketoni")]),
        ("Two police officers were shot dead in Mpeketoni on Monday. A third officer who was wounded died in hospital "
         "in Nairobi on Wednesday.", "en", [(MONDAY, 3, "Mpeketoni")]),
        ("Trois civils ont été tués lundi soir lors d'une attaque contre le village de Tin-Akoff. L'un des blessés a "
         "succombé mercredi à l'hôpital de Dori.", "fr", [(MONDAY, 3, "Tin-Akoff")]),
        ("Deux gendarmes ont été tués mardi dans une embuscade près de Djibo. L'un des blessés est décédé jeudi des "
         "suites de ses blessures à Ouagadougou.", "fr", [(TUESDAY, 2, "Djibo")]),
    ],
)
def test_a_death_of_the_wounds_days_later_is_the_events(
    text: str, language: str, expected: list[tuple[dt.date, int, str]]
) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Gunmen killed three villagers in Mpeketoni on Monday. On Wednesday, gunmen killed two traders in Witu.", "en",
         [(MONDAY, 3, "Mpeketoni"), (WEDNESDAY, 2, "Witu")]),
        ("Trois civils ont été tués lundi soir lors d'une attaque contre le village de Tin-Akoff. Mercredi, deux "
         "commerçants ont été tués par des hommes armés près de Dori.", "fr",
         [(MONDAY, 3, "Tin-Akoff"), (WEDNESDAY, 2, "Dori")]),
    ],
)
def test_another_killing_on_another_day_is_another_event(
    text: str, language: str, expected: list[tuple[dt.date, int, str]]
) -> None:
    assert _events(text, language) == expected


def test_a_death_in_another_blast_on_another_day_is_another_event() -> None:
    text = ("Four soldiers were killed on Tuesday when their vehicle struck a mine near Mandera. On Wednesday, a "
            "soldier died when his patrol hit a mine near El Wak.")
    assert [(date, toll) for date, toll, _ in _events(text)] == [(TUESDAY, 4), (WEDNESDAY, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Students went on a rampage in Maseno after a third year student was killed by a motorist.",
        "Pupils rioted in Kisii after a second-hand dealer was lynched near their school.",
    ],
)
def test_an_ordinal_that_only_qualifies_the_victim_adds_no_one(text: str) -> None:
    killed = [c for c in find_counts(text, "en") if c.kind == "killed"]
    assert killed and all(c.grievance and not c.additional for c in killed)
