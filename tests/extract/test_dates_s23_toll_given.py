"""Session 23: a toll given is dated by its giving. "The government put the death toll at 20 on Tuesday", "a fait
état mardi soir de vingt morts" date the figure, not the deaths: the attack keeps the night it was told with (blind
s22b s07, where the telling dated the battle). The French parse makes "état" the root of "a fait état", with
"fait" hanging off it: the phrase is read as its verb (roles.yaml reporting_objects). "Ont fait feu mardi" tells the
event. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

WEDNESDAY = dt.date(2024, 12, 4)
SUNDAY = dt.date(2024, 12, 1)
TUESDAY = dt.date(2024, 12, 3)


def _events(text: str, language: str) -> list[tuple[dt.date | None, str | None]]:
    return [(e.date.value, e.sub_event_type) for e in extract(text, language, WEDNESDAY).events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des hommes armés ont attaqué une base de l'armée à Lakeside dans la nuit de dimanche à lundi. Le "
         "gouvernement, qui avait d'abord annoncé douze soldats tués, a fait état mardi soir de vingt morts.", "fr"),
        ("Gunmen attacked an army base near Lakeside late on Sunday. The government, which had first reported 12 "
         "soldiers killed, put the death toll at 20 on Tuesday.", "en"),
    ],
)
def test_the_day_a_toll_is_given_does_not_date_the_attack(text: str, language: str) -> None:
    assert _events(text, language) == [(SUNDAY, "Armed clash")]


def test_a_light_verb_of_the_deed_dates_it() -> None:
    text = "Des soldats ont fait feu mardi sur des assaillants à Lakeside, tuant trois d'entre eux."
    assert _events(text, "fr") == [(TUESDAY, "Armed clash")]
