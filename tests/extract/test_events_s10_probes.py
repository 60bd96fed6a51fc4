"""Lead's probes of session 10, each a general reading that went wrong on a plain synthetic sentence.

A protest for the kidnapped is a protest, not an abduction; an event that is itself a statement ("declared a state
of emergency on Monday") takes the statement's date; an ethnic group named as a side ("Dogon farmers") is no
village the gazetteer lacks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, main_type

FRIDAY = dt.date(2024, 3, 15)
PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hundreds of women marched through the capital on Saturday to demand the release of kidnapped relatives.",
         "en"),
        ("Relatives of abducted students staged a sit-in outside the governor's office on Monday.", "en"),
        ("Des centaines de femmes ont manifesté samedi pour réclamer la libération de leurs proches enlevés.", "fr"),
    ],
)
def test_a_protest_for_the_kidnapped_is_a_protest(text: str, language: str) -> None:
    assert main_type(text, language) == PEACEFUL


@pytest.mark.parametrize(
    ("text", "sub_type", "day"),
    [
        ("The government declared a state of emergency in three provinces on Monday.", "Other", 11),
        ("The two sides announced a ceasefire on Sunday, officials said on Tuesday.", "Agreement", 10),
    ],
)
def test_an_event_that_is_a_statement_takes_the_statements_date(text: str, sub_type: str, day: int) -> None:
    (event,) = extract(text, "en", FRIDAY).events
    assert event.sub_event_type == sub_type
    assert event.date is not None and event.date.value == dt.date(2024, 3, day)


def test_a_reported_deed_keeps_no_statement_date() -> None:
    (event,) = extract("Gunmen killed four herders, police said on Wednesday.", "en", FRIDAY).events
    assert event.event_type == "Violence against civilians"
    assert event.date is not None and event.date.value is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Clashes between Fulani herders and Dogon farmers left eight dead in central Mali on Sunday.", "en"),
        ("Des affrontements entre éleveurs peuls et agriculteurs dogons ont fait huit morts dimanche au centre du "
         "Mali.", "fr"),
    ],
)
def test_an_ethnic_group_named_as_a_side_is_no_reported_village(text: str, language: str) -> None:
    (event,) = extract(text, language, FRIDAY).events
    assert event.location is not None and event.location.reported_name is None
    assert event.location.place.country_code == "ML"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Une vingtaine de civils ont été tués mercredi lors d'une attaque contre un village du nord. Le même jour, "
         "deux soldats ont été tués par l'explosion d'un engin explosif improvisé près de la frontière.", "fr"),
        ("About twenty civilians were killed on Wednesday in an attack on a northern village. The same day, two "
         "soldiers were killed when a roadside bomb hit their vehicle near the border.", "en"),
    ],
)
def test_an_event_told_the_same_day_after_another_is_its_own(text: str, language: str) -> None:
    """The first event's words are bare ("ont été tués", "attaque"), the second's specific: "le même jour" says
    the second is another event, so the first is no passing mention of it to fold in."""
    events = extract(text, language, FRIDAY).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ]
    assert [[c.low for c in e.counts if c.kind == "killed"] for e in events] == [[20], [2]]
