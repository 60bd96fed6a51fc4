"""Decision (session 16): the day a source spoke does not date the deed it tells of.

ACLED's event date is the day the event happened. "M23 rebels seized Masisi, local sources said on Monday" says
only that the seizure was on or before Monday, maybe days before: the event keeps no date (value None, never the
saying day, the publication day or a guess) and resolution dates it from another report. The same holds with
"recently". A statement that is itself the event ("announced a ceasefire on Sunday") keeps its day
(test_events_s10_probes), and a day the deed's own clause names wins over the saying day (test_events_s11_round2).
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

WEDNESDAY = dt.date(2024, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels seized the town of Masisi in North Kivu, local sources said on Monday.",
        "M23 rebels recently seized the town of Masisi in North Kivu, local sources said on Monday.",
        "Des rebelles du M23 ont pris la ville de Masisi, au Nord-Kivu, ont indiqué lundi des sources locales.",
    ],
)
def test_a_saying_day_alone_leaves_the_deed_undated(text: str) -> None:
    language = "fr" if text.startswith("Des") else "en"
    (event,) = extract(text, language, WEDNESDAY).events
    assert event.sub_event_type == "Non-violent transfer of territory"  # no fight told (session 18)
    assert event.date.value is None and event.date.precision is None


def test_the_deeds_own_day_beats_the_saying_day() -> None:
    (event,) = extract("M23 rebels seized the town of Masisi in North Kivu on Sunday, local sources said on Monday.",
                       "en", WEDNESDAY).events
    assert event.date.value == dt.date(2024, 6, 9)

