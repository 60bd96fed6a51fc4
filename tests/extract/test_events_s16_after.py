"""An earlier event named after "after" takes its own date, not the news's told before the word (session 16)."""

from __future__ import annotations

import datetime as dt

from report_events import extract


def test_clashes_after_an_arrest_keep_their_own_day() -> None:
    extraction = extract("DAKAR - Senegalese police arrested a local opposition official in Ziguinchor on Monday after "
                         "clashes between supporters of rival parties on Saturday left three people injured, "
                         "prosecutors said.", "en", dt.date(2024, 10, 1))
    riots = [e for e in extraction.events if e.event_type == "Riots"]
    assert [e.date.value for e in riots] == [dt.date(2024, 9, 28)]
