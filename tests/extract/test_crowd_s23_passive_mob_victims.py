"""People a riot sentence would make rioters are the mob's victims when told as the passive subject of what a crowd
did to them ("a group of Ethiopian traders were attacked and beaten by an angry mob"): Civilians of their own
country, as the object of the mob's verb is ("a mob attacked journalists"). People arrested by the police after
rioting stay rioters. Synthetic reports written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract, names


def _main(text: str) -> tuple[str | None, str | None]:
    events = extract(text, "en", dt.date(2019, 6, 4)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


def test_foreign_traders_beaten_by_a_mob_are_its_victims() -> None:
    text = ("A group of Ethiopian traders were attacked and beaten by an angry mob in Eastleigh, Nairobi, on Sunday "
            "after residents accused them of stealing a motorcycle.")
    assert _main(text) == ("Rioters (Kenya)", "Civilians (Ethiopia)")


def test_youths_arrested_by_police_after_rioting_stay_rioters() -> None:  # guard
    text = ("Twenty youths were arrested by police in Kisumu on Monday after they blocked roads and burned tyres to "
            "protest the killing of a boda boda rider.")
    assert "Rioters (Kenya)" in _main(text) and "Civilians (Kenya)" not in _main(text)
