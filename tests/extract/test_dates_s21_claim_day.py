"""A claim of responsibility that names the event already told, with a definite article ("IS claimed the attack on
Thursday", "claimed the bombing on Saturday"), dates the claim, not a second attack: the report's event keeps the
day told with it (blind s21 s03 and s14 s07b read this way). A claim naming an attack with no article before
it ("claimed an attack on Thursday that killed five soldiers") or by its day ("claimed Thursday's attack") still
dates it."""

from __future__ import annotations

import datetime as dt

from report_events import extract

FRIDAY = dt.date(2024, 2, 16)


def _events(text: str) -> list[tuple[dt.date | None, str]]:
    return [(e.date.value, e.event_type) for e in extract(text, "en", FRIDAY).events]


def test_a_claim_of_the_attack_told_before_dates_the_claim() -> None:
    text = ("Gunmen ambushed an army patrol near Lakeside on Tuesday, killing seven soldiers, the ministry said. "
            "The Islamic State Sahel Province claimed the attack on Thursday, saying its fighters had killed dozens "
            "of soldiers.")
    assert _events(text) == [(dt.date(2024, 2, 13), "Battles")]


def test_a_claim_of_an_attack_told_only_there_dates_the_attack() -> None:
    text = "The Islamic State Sahel Province claimed an attack on Thursday that killed five soldiers near Lakeside."
    assert [date for date, _ in _events(text)] == [dt.date(2024, 2, 15)]


def test_a_claim_of_the_attack_of_a_day_dates_the_attack() -> None:
    text = "The Islamic State Sahel Province claimed Thursday's attack on an army post near Lakeside."
    assert [date for date, _ in _events(text)] == [dt.date(2024, 2, 15)]
