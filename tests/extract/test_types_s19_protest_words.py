"""Session-19: South Asian protest forms the Asia notes use: a "road roko" (a road blockade, like "rasta roko"), a
"token strike" told with no article, and a "sit in" written without its hyphen after the verb that holds it.
Guard: "sit in" as the verb is no protest."""

from __future__ import annotations

import pytest
from report_events import extract, main_event


@pytest.mark.parametrize(
    "text",
    [
        "Members of a farmers' union staged road roko at four places in the district on Monday, pressing for loan "
        "waivers.",
        "Bank employees staged a one-hour token strike at the main branch on Friday in support of their pay demands.",
        "Bank employees staged one-hour token strike at the main branch on Friday in support of their pay demands.",
        "About 150 students held a three-hour sit in outside the registrar's office on Tuesday demanding hostel "
        "repairs.",
    ],
)
def test_south_asian_protest_forms(text: str) -> None:
    event = main_event(text, country="IN")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


def test_sitting_in_a_place_is_no_protest() -> None:
    assert extract("The elders sit in the shade of the banyan tree every evening to talk.", "en", None).events == []
