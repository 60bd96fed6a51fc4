"""Session 23: a verb whose subject is a toll dates the count, not the deaths: "By Monday afternoon the toll had
reached 27, the commissioner said, after relatives brought in the bodies of people who had been shot" is Saturday's
raid's later toll, no Monday event (blind s23 s03 dated a third event on the day the toll was revised). A toll that
is no verb's subject leaves the day to the killing it is told with. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

from report_events import extract

TUESDAY = dt.date(2025, 2, 18)
SATURDAY = dt.date(2025, 2, 15)


def _dates(text: str) -> list[dt.date | None]:
    return [e.date.value for e in extract(text, "en", TUESDAY).events]


def test_the_day_a_toll_reached_a_figure_is_no_days_event() -> None:
    text = ("Gunmen raided a village near Lakeside on Saturday, killing at least 12 people, officials said. By Monday "
            "afternoon the toll had reached 27, the commissioner said, after relatives brought in the bodies of "
            "people who had been shot while hiding in the grass.")
    assert _dates(text) == [SATURDAY]


def test_a_killing_that_raises_a_toll_keeps_its_day() -> None:
    text = ("Gunmen raided a village near Lakeside on Saturday, killing at least 12 people, officials said. Gunmen "
            "shot dead four farmers in Hilltop on Monday, raising the toll of the week's attacks to 16.")
    assert _dates(text) == [SATURDAY, dt.date(2025, 2, 17)]
