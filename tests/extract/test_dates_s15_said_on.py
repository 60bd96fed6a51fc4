"""An event dated only by the day its own sentence was said on: on or before that day (session 15).

"M23 rebels seized the town of Masisi, local sources said on Monday": ACLED codes the reported day at week
precision. A statement's day never outranks the event's own day, and with no publication date nothing is dated.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

WED_20_MAR = dt.date(2024, 3, 20)


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        ("en", "M23 rebels seized the town of Masisi in North Kivu, local sources said on Monday.", WED_20_MAR,
         (dt.date(2024, 3, 18), 2)),
        ("fr", "Les rebelles du M23 se sont emparés de la ville de Masisi, ont indiqué lundi des sources locales.",
         WED_20_MAR, (dt.date(2024, 3, 18), 2)),
        # the event's own day wins
        ("en", "M23 rebels seized the town of Masisi on Sunday, local sources said on Monday.", WED_20_MAR,
         (dt.date(2024, 3, 17), 1)),
        ("en", "M23 rebels seized the town of Masisi in North Kivu, local sources said on Monday.", None,
         (None, None)),
    ],
)
def test_said_on_dates_an_otherwise_undated_event(
    language: str, text: str, published: dt.date | None, expected: tuple[dt.date | None, int | None]
) -> None:
    (event,) = extract(text, language, published).events
    assert (event.date.value, event.date.precision) == expected
