"""A background marker in a relative clause before the trigger ("Gunmen who have terrorised the area for years
killed four people") tells what the noun it qualifies has done, not when the event was: the killing is news. The
marker still makes past a trigger inside that relative clause, and one it governs directly."""

from __future__ import annotations

import datetime as dt

from report_events import extract, kinds

THURSDAY = dt.date(2026, 3, 12)
ATTACK = ("Violence against civilians", "Attack")


def test_a_marker_in_a_relative_clause_before_the_killing_leaves_it_news() -> None:
    text = ("Gunmen who have terrorised the area for years killed four people on Tuesday in Kampi ya Samaki, in "
            "Baringo County, police said.")
    assert kinds(extract(text, "en", THURSDAY)) == [ATTACK]


def test_raids_told_inside_the_relative_clause_stay_the_setting() -> None:
    # guard: the raids are what the relative clause tells, and it says they have gone on for years
    text = ("Police officers were deployed on Tuesday to Kampi ya Samaki, in Baringo County, a village which bandits "
            "have raided for years.")
    assert ATTACK not in kinds(extract(text, "en", THURSDAY))


def test_a_marker_that_opens_the_sentence_still_governs_it() -> None:
    # guard: no relative clause, the marker dates the raids
    text = "For years, bandits have raided villages around Kampi ya Samaki, in Baringo County."
    assert kinds(extract(text, "en", THURSDAY)) == []
