"""A demonstration's people words: the people it hurt are its actor2 (Civilians), the crowd itself and words that
name a thing are no side ('students rioted', 'a passenger bus was torched'), and a mob's victims are not told by
words that say nobody was hurt. Real spaCy and actor KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "country", "actor2"),
    [
        ("Students rioted at a secondary school in Nyeri, demanding better meals.", "KE", None),
        ("Riots over the student union elections broke out in Kota on Monday.", "IN", None),
        ("Blockaders torched a passenger bus in Mirpur on Monday. None was injured in the incident.", "BD", None),
        ("Two passengers suffered burn injuries when blockaders hurled a petrol bomb at a bus in Mirpur.", "BD",
         "Civilians (Bangladesh)"),
        ("A mob beat two traders accused of theft in Kisumu on Monday.", "KE", "Civilians (Kenya)"),
    ],
)
def test_crowd_victims(text: str, country: str, actor2: str | None) -> None:
    event = main_event(text, country=country)
    assert event.event_type == "Riots", (event.event_type, event.sub_event_type)
    assert names(event)[1] == actor2
