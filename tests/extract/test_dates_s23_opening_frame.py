"""Session 23: a date in the words that open a sentence telling an event, with the attribution after the event ("In
a separate incident on Thursday evening, gunmen shot dead a farmer ..., police said"), dates the event even when the
parse hangs it off the reporting verb at the end (blind s23 s10's shooting was undated). A date opening the sentence
right before its reporting verb ("On Thursday, police said the gunmen had killed four farmers") still dates the
statement. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

from report_events import extract

FRIDAY = dt.date(2025, 1, 17)


def _events(text: str) -> list[tuple[dt.date | None, str | None]]:
    return [(e.date.value, e.sub_event_type) for e in extract(text, "en", FRIDAY).events]


def test_a_framing_date_before_the_event_dates_it() -> None:
    # the parse takes "shot" for a noun and hangs the opening off "said"
    text = ("A roadside bomb killed two soldiers near Lakeside on Wednesday morning, the army said. In a separate "
            "incident on Thursday evening, gunmen on a motorcycle shot dead a Buddhist rubber tapper in Hilltop "
            "district, police said.")
    assert _events(text) == [(dt.date(2025, 1, 15), "Remote explosive/landmine/IED"),
                             (dt.date(2025, 1, 16), "Attack")]


def test_a_date_before_the_reporting_verb_dates_the_statement() -> None:
    text = ("Gunmen attacked a village near Hilltop on Tuesday night. On Thursday, police said the gunmen had "
            "killed four farmers and burned ten houses.")
    assert [date for date, _ in _events(text)] == [dt.date(2025, 1, 14)]
