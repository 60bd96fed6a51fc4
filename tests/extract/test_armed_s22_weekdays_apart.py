"""Another kind of event told on a weekday of its own, a day after an event the report dated by another weekday at
the same town, is that day's event, not the first one dated two ways (`event_groups._restated`): blind s22 s05's
pursuit on Sunday joined Saturday's raid and the clash lost its six dead. The same attack told again a day off by
a date of the calendar stays one attack (test_events_restated), and so do bodies found the next day."""

from __future__ import annotations

import datetime as dt

from report_events import extract

MONDAY = dt.date(2024, 3, 4)
SATURDAY, SUNDAY = dt.date(2024, 3, 2), dt.date(2024, 3, 3)


def _events(text: str, language: str = "en") -> list[tuple[dt.date | None, str, list[int]]]:
    return [(e.date.value if e.date else None, e.sub_event_type, [c.low for c in e.counts if c.kind == "killed"])
            for e in extract(text, language, MONDAY).events]


def test_troops_catching_up_with_the_raiders_the_next_day_fight_another_event() -> None:
    text = ("Insurgents killed five civilians in a raid on the village of Macomia on Saturday, the administrator said. "
            "On Sunday, troops caught up with a group of the insurgents in the bush south of Macomia and killed six "
            "of them, the army said.")
    assert _events(text) == [(SATURDAY, "Attack", [5]), (SUNDAY, "Armed clash", [6])]


def test_bodies_found_the_next_day_are_the_raids_toll() -> None:
    text = ("Gunmen attacked the village of Macomia on Saturday, killing five people, the administrator said. On "
            "Sunday, three more bodies were found in Macomia.")
    assert _events(text) == [(SATURDAY, "Attack", [5, 3])]
