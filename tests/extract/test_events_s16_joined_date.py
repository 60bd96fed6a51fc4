"""A day named at the end of a sentence, in a clause joined to the event's own, dates the event: the clash is
not left undated because the day hangs off the second verb ('... clashed with police and burned two cars ...
on Sunday')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.report_events import extract

PUBLISHED = dt.date(2019, 2, 11)  # a Monday
SUNDAY = dt.date(2019, 2, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rioters clashed with police and burned two cars in Kisumu on Sunday.",
        "Two clans clashed and torched houses in Moyale on Sunday.",
        "Traders clashed and looted shops in Kisumu on Sunday.",
        "Rioters clashed with police and burned two cars in Kisumu on Sunday, police said.",
    ],
)
def test_the_joined_clause_s_day_dates_the_clash(sentence: str) -> None:
    events = extract(f"Unrest\n\n{sentence}", "en", PUBLISHED).events
    assert [(e.date.value, e.date.precision) for e in events] == [(SUNDAY, 1)]


def test_another_sentence_s_event_keeps_its_day_to_itself() -> None:
    text = ("Unrest\n\nRioters clashed with police in Kisumu. "
            "In a separate incident on Sunday, gunmen killed two herders in Moyale.")
    dates = {e.event_type: e.date.value for e in extract(text, "en", PUBLISHED).events}
    assert dates == {"Riots": None, "Violence against civilians": SUNDAY}
