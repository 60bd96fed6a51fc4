"""Session 26: a crowd that disperses by itself was not dispersed ("handed a petition before dispersing": a
peaceful protest, not one with intervention; "dispersing" counts with whom it dispersed after it), and a force told
in another event dated apart from the protest ("last year, police shot protesters") is no side of it. Before, both
made blind s25 s04's Kisumu march a protest with intervention by the police. Reports are synthetic, written for
these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, main_type, names

from sitrep.models import EventMention

FRIDAY = dt.date(2025, 3, 14)


def _sides(event: EventMention) -> list[str | None]:
    """The actors' names without their country."""
    return [name and name.split(" (")[0] for name in names(event)]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of traders marched through Meru on Tuesday over new levies, handing a petition to the governor "
        "before dispersing.",
        "Traders protested outside the county offices in Meru on Tuesday before dispersing in the afternoon.",
        "Nurses demonstrated in Kisii on Monday, sang for an hour and left, dispersing quietly.",
    ],
)
def test_a_crowd_dispersing_by_itself_protests_peacefully(text: str) -> None:
    assert main_type(text) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas on Tuesday, dispersing hundreds of traders protesting in Meru.",
        "Traders protested in Meru on Tuesday until police moved in, dispersing them.",
    ],
)
def test_a_force_dispersing_a_crowd_intervenes(text: str) -> None:
    assert main_type(text) == ("Protests", "Protest with intervention")


def test_a_force_of_last_years_protests_is_no_side() -> None:
    text = ("Hundreds of traders marched peacefully through Meru on Tuesday over new levies. During protests against "
            "the levies in June 2023, three traders were shot dead by police.")
    events = extract(text, "en", FRIDAY).events
    assert [(e.event_type, e.sub_event_type, _sides(e)) for e in events][:1] == [
        ("Protests", "Peaceful protest", ["Protesters", None])]


def test_a_force_told_after_the_protest_handles_it() -> None:
    """Guard: the force's own sentence after the crowd's, the same day, is the protest's intervention."""
    text = ("Hundreds of traders marched through Nakuru on Tuesday over new levies. Police later fired tear gas to "
            "disperse them.")
    events = extract(text, "en", FRIDAY).events
    assert [(e.sub_event_type, names(e)[1]) for e in events] == [
        ("Protest with intervention", "Police Forces of Kenya")]
