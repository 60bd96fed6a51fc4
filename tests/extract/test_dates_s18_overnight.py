"""A bare "overnight" dates an event on the night before the report only when its clause names no day: "an overnight
raid ... on Sunday night" is Sunday's. A date of the reporting verb still never dates the event."""

import datetime as dt

import pytest

from tests.extract.report_events import extract

PUBLISHED = dt.date(2022, 6, 8)  # a Wednesday


def _date(text: str) -> dt.date | None:
    [event] = extract(text, "en", PUBLISHED).events
    return event.date.value if event.date else None


def test_a_day_named_with_overnight_dates_the_event():
    text = ("Rebels killed nine villagers in an overnight raid on Kitanda, in the hills west of the town, on Sunday "
            "night, local officials said.")
    assert _date(text) == dt.date(2022, 6, 5)


@pytest.mark.parametrize("text", [
    "Rebels killed nine villagers in an overnight raid on Kitanda, local officials said.",
    "Rebels killed nine villagers in an overnight raid on Kitanda, local officials said on Sunday.",
])
def test_overnight_alone_is_the_night_before_the_report(text):
    assert _date(text) == dt.date(2022, 6, 7)
