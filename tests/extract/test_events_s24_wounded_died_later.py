"""A follow-up whose second sentence tells that some of the wounded died later ("Two of the wounded died overnight
in hospital") gives the toll of the event its lead told, not an event of its own on the day they died; a death
told of new victims there stays its own. Synthetic reports written for these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

TUESDAY = dt.date(2024, 9, 24)
LEAD = ("The number of people killed when shells struck the Tarbo camp on Sunday has risen to 16, the camp "
        "committee said on Tuesday.\n\n")


def test_the_wounded_who_died_later_are_the_leads_toll() -> None:
    text = LEAD + "Two of the wounded died overnight at the town hospital, a committee spokesman said."
    assert [(e.sub_event_type, e.date and e.date.value) for e in extract(text, "en", TUESDAY).events] == [
        ("Shelling/artillery/missile attack", dt.date(2024, 9, 22))]


def test_guard_new_victims_on_another_day_are_their_own_event() -> None:
    text = LEAD + "Gunmen shot dead two traders at the town market overnight, a committee spokesman said."
    assert len(extract(text, "en", TUESDAY).events) == 2
