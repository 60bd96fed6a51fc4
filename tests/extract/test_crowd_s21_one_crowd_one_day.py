"""Session 21: one sentence telling the forces' answer to a crowd "after" the crowd's own violence ("Police shot dead
three protesters on Tuesday after demonstrators threw stones at officers") tells one demonstration: the same crowd
on the same day and in the same place (ACLED: one event per day and place). What led to the news on a day of its
own, or done by an armed group, stays apart. Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 3, 14)


def _events(text: str) -> list[tuple[str, str, dt.date | None]]:
    return [(e.event_type, e.sub_event_type, e.date.value if e.date else None)
            for e in extract(text, "en", PUBLISHED).events]


def test_the_crowd_s_stones_before_the_shooting_are_the_same_demonstration() -> None:
    text = ("Police shot dead three protesters in Eldoret on Tuesday after demonstrators threw stones at officers and "
            "burned tyres, witnesses said.")
    assert _events(text) == [("Riots", "Violent demonstration", dt.date(2024, 3, 12))]


def test_a_riot_on_a_day_of_its_own_before_a_march_stays_apart() -> None:
    text = "Traders marched peacefully in Eldoret on Tuesday after rioters looted shops in the town on Sunday."
    assert _events(text) == [("Protests", "Peaceful protest", dt.date(2024, 3, 12)),
                             ("Riots", "Violent demonstration", dt.date(2024, 3, 10))]


def test_an_armed_group_s_attack_before_the_shooting_is_no_crowd() -> None:
    text = "Police shot dead three protesters in Eldoret on Tuesday after gunmen attacked a police post."
    assert _events(text) == [("Protests", "Excessive force against protesters", dt.date(2024, 3, 12))]
