"""A weekday between a told event and a trailing attribution (", a local committee said") dates the event, though
the parse may hang it off the reporting verb; the reporting verb's own date ("said on Tuesday") stays the
statement's."""

from __future__ import annotations

import datetime as dt

from report_events import extract

TUESDAY = dt.date(2025, 7, 8)


def _dates(text: str) -> list[dt.date | None]:
    return [e.date.value for e in extract(text, "en", TUESDAY).events]


def test_a_date_before_a_trailing_attribution_dates_the_event() -> None:
    assert _dates("KHARTOUM, July 8 - Shelling by the Rapid Support Forces killed 15 civilians in El Fasher, the "
                  "capital of North Darfur, on Monday, a local resistance committee said.") == [dt.date(2025, 7, 7)]


def test_the_reporting_verbs_own_date_stays_the_statements() -> None:
    assert _dates("Gunmen killed seven farmers in Bokkos on Sunday night, police said on Tuesday.") == [
        dt.date(2025, 7, 6)]
