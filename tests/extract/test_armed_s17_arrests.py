"""An arrest told after the violence or the demonstration a note reports is no event of its own (s17).

ACLED codes arrests only when nothing else happened. A short note that tells a burning, an attack or a road
blockade in a few words (no figure, no strong trigger) and then "arrests reported" or "police arrested several
agitators" reports that earlier act: the arrest is how it ended. An arrest told first, or alone, stays an arrest.
The sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest
from report_events import main_type

ARRESTS = ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Houses burned overnight in attacks believed to be linked to the election. More than 40 youths arrested",
         "Violence against civilians"),
        ("Boda boda riders block roads in Kisumu to protest over new parking charges. Arrests reported.",
         "Protests"),
        ("A trader was beaten and robbed in Kitui market on Monday. Two suspects were arrested.",
         "Violence against civilians"),
    ],
)
def test_violence_or_demonstration_told_before_the_arrest_is_the_event(text: str, event_type: str) -> None:
    assert main_type(text)[0] == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 30 suspected al Shabaab members in Mandera on Tuesday.",
        "Police arrested 12 people in Kitui on Monday. A crowd later gathered outside the station.",
    ],
)
def test_an_arrest_told_first_or_alone_stays_an_arrest(text: str) -> None:
    assert main_type(text) == ARRESTS
