"""Session 25: "Two men were shot dead and at least 17 people injured in Nairobi on Tuesday after a march ...
descended into running battles": the parser reads "17 people injured in Nairobi on Tuesday" as a noun qualified by
a participle clause, so the day looked like another clause's and the riot went undated (blind s25 s04). A
participle whose noun follows "and" after a passive shares that passive's auxiliary: its day is the event's. A
participle qualifying a noun elsewhere still tells its own act. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

from report_events import extract

TUESDAY = dt.date(2025, 2, 18)
SUNDAY = dt.date(2025, 2, 16)


def _dated(text: str) -> list[tuple[str, dt.date | None]]:
    return [(e.sub_event_type, e.date.value if e.date else None) for e in extract(text, "en", TUESDAY).events]


def test_a_participle_sharing_a_passive_dates_the_riot() -> None:
    text = ("Two farmers were shot dead and at least nine people injured in Lakeside on Sunday after a march against "
            "land evictions descended into running battles between villagers and police in the town centre.")
    assert _dated(text) == [("Violent demonstration", SUNDAY)]


def test_a_participle_qualifying_a_noun_tells_its_own_act() -> None:
    text = "Villagers held a peaceful march in Lakeside on Sunday over two herders killed on 20 December 2024."
    assert [d for _, d in _dated(text)] == [SUNDAY]
