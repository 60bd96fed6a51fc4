"""Session 22: a day named once at the end of a series of coordinated acts ("blocked the highway with burning tyres,
looted kiosks and set fire to a county office on Monday") dates the whole series, the crowd's first act too; and a
crowd's acts on a day before the report's main event are a riot of their own, not an event named in passing.
Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday: Tuesday is the 12th, Monday the 11th


def _events(text: str) -> list[tuple[str, str, dt.date | None, str | None]]:
    return [(e.event_type, e.sub_event_type, e.date.value if e.date else None,
             e.location.place.name if e.location else None)
            for e in extract(text, "en", PUBLISHED).events]


def test_the_day_at_the_end_of_a_series_dates_the_riot_in_another_town() -> None:
    text = ("Police fired tear gas at teachers marching in Nairobi on Tuesday. In Kisumu, hundreds of youths blocked a "
            "highway with burning tyres, looted kiosks and set fire to a county office on Monday, an officer said.")
    assert _events(text) == [
        ("Protests", "Protest with intervention", dt.date(2024, 3, 12), "Nairobi"),
        ("Riots", "Violent demonstration", dt.date(2024, 3, 11), "Kisumu")]


def test_a_day_of_another_subject_s_clause_stays_its_own() -> None:
    text = ("Youths blocked a road in Kisumu with burning tyres on Monday and police arrested twelve of them on "
            "Wednesday.")
    assert _events(text) == [("Riots", "Violent demonstration", dt.date(2024, 3, 11), "Kisumu")]


def test_one_march_along_two_streets_of_a_town_stays_one() -> None:
    text = ("Traders marched along Oginga Odinga Street in Kisumu on Tuesday to protest new market fees. They later "
            "sat down on Jomo Kenyatta Avenue and sang songs.")
    assert _events(text) == [("Protests", "Peaceful protest", dt.date(2024, 3, 12), "Kisumu")]


def test_a_road_armed_men_blocked_before_an_abduction_is_no_protest_of_its_own() -> None:
    text = ("Gunmen abduct five travellers near Kisumu\n\nArmed men on Saturday evening blocked a road near Kisumu and "
            "marched five passengers of a bus into the bush, the police said.")
    assert [e[:2] for e in _events(text)] == [("Violence against civilians", "Abduction/forced disappearance")]
