"""Shells that fall in a large city are one shelling however many explosions a witness heard ("we heard three loud
explosions"): ACLED codes one shelling per place and day, and the rounds of one barrage are no separate events. Car
bombs or bombings counted in one breath in such a city stay one event each (event_splits.split_counted; blind s26
s10). Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

WEDNESDAY = dt.date(2025, 5, 14)


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, "en", WEDNESDAY).events]


def test_explosions_a_witness_heard_are_one_shelling() -> None:
    text = ("Two people were killed when mortar shells fired by al-Shabaab landed in a market in Mogadishu on Tuesday "
            "night, police said. \"We heard three loud explosions, then people started screaming,\" a trader said.")
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_rounds_counted_in_a_shelling_are_one_event() -> None:
    text = ("Al-Shabaab fired mortar shells at the airport zone in Mogadishu on Tuesday; three explosions shook the "
            "area.")
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_two_car_bombs_in_the_capital_stay_two_events() -> None:
    text = "Two car bombs exploded near a hotel in Mogadishu on Tuesday, killing ten people, police said."
    assert _types(text) == ["Remote explosive/landmine/IED"] * 2
