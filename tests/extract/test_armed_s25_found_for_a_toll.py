"""Dead found later whom a toll counts ("put the toll at seventeen, saying three people who had fled into the bush
were found dead on Monday", blind s25 s10): the day hanging off the verb of finding is the day they were found, no
day of violence (event_dates._found_later, as for "three more bodies were found"), so the clause is no second
attack on Monday. A discovery told with no toll stays an event of its own day. Synthetic sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 4, 16)
SUNDAY = dt.date(2024, 4, 14)
TUESDAY = dt.date(2024, 4, 16)


def _events(text: str) -> list[tuple[dt.date | None, str]]:
    return [(e.date.value if e.date else None, e.sub_event_type) for e in extract(text, "en", PUBLISHED).events]


def test_dead_found_later_whom_a_toll_counts_are_the_raids() -> None:
    text = ("Gunmen killed fourteen people in a raid on the village of Garba on Sunday, police said. The council "
            "chairman put the toll at seventeen, saying three people who had fled into the bush were found dead on "
            "Monday.")
    assert _events(text) == [(SUNDAY, "Attack")]


def test_a_toll_risen_after_bodies_were_recovered() -> None:
    text = ("Gunmen killed fourteen people in a raid on the village of Garba on Sunday, police said. The death toll "
            "rose to seventeen after three bodies were recovered in the bush on Monday, a council official said.")
    assert _events(text) == [(SUNDAY, "Attack")]


def test_bodies_found_with_no_toll_are_their_own_day() -> None:
    # guard: another discovery, in another place, with no toll it adds to
    text = ("Gunmen killed fourteen people in a raid on Garba on Sunday, police said. On Tuesday, the bodies of five "
            "men were found dead near Doro, police said.")
    assert _events(text) == [(SUNDAY, "Attack"), (TUESDAY, "Attack")]
