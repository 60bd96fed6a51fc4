"""Rules found by the session-20 blind table (tests/e2e/blind_s20), each on synthetic sentences of our own:

- a date hangs off another trigger word of the clause than the one that heads it ("set fire to huts when they raided
  the village, late Saturday": the day hangs off "set", not "raided") and still dates the clause;
- a clash a sentence says has gone on "for years" is the setting, not an event of the report;
- a place taken "without a shot being fired" after the police withdrew is a non-violent transfer of territory."""

from __future__ import annotations

import datetime as dt

from report_events import extract, kinds

MONDAY = dt.date(2026, 3, 9)
SATURDAY, SUNDAY = dt.date(2026, 3, 7), dt.date(2026, 3, 8)
ATTACK = ("Violence against civilians", "Attack")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
OVERTAKES = ("Battles", "Non-state actor overtakes territory")


def test_a_day_hanging_off_another_trigger_word_of_the_clause_dates_it() -> None:
    text = ("Insurgents beheaded five villagers and set fire to dozens of huts when they raided Kalungu, in the "
            "Mbala district of Zambia's Northern province, late Saturday, residents said.\n\n"
            "The insurgency, which began with an attack on a border post in October 2019, has displaced thousands.")
    [event] = extract(text, "en", MONDAY).events
    assert (event.event_type, event.sub_event_type, event.date.value) == (*ATTACK, SATURDAY)


def test_a_day_nearer_another_clauses_trigger_stays_that_clauses() -> None:
    # guard: two deeds on two days in one sentence keep their own days
    text = ("Gunmen killed three farmers in Kalungu on Saturday, and on Sunday soldiers arrested four men in the "
            "neighbouring town of Mbala, police said.")
    found = {e.sub_event_type: e.date.value for e in extract(text, "en", MONDAY).events}
    assert (found["Attack"], found.get("Arrests", SUNDAY)) == (SATURDAY, SUNDAY)


def test_clashes_that_have_flared_for_years_are_the_setting() -> None:
    text = ("Armed raiders from across the border killed four fishermen on the shores of Lake Baringo near Kampi ya "
            "Samaki, in Kenya's Baringo County, on the night of Tuesday to Wednesday, local leaders said.\n\n"
            "The county police commander said three bodies had been recovered. Clashes over fishing grounds on the "
            "lake have flared for years.")
    assert kinds(extract(text, "en", MONDAY + dt.timedelta(days=2))) == [ATTACK]


def test_clashes_told_with_their_day_are_news() -> None:
    # guard: a clash with its own day is an event, whatever came before
    text = ("Fighters of two clans clashed over a water point near Kalungu on Tuesday, killing four people, local "
            "leaders said.")
    assert kinds(extract(text, "en", MONDAY + dt.timedelta(days=2))) == [("Battles", "Armed clash")]


def test_a_police_station_taken_without_a_shot_being_fired() -> None:
    text = ("Rebel fighters took over the police station of Kalungu on Wednesday without a shot being fired after "
            "the police withdrew during the night, a rebel spokesman said.")
    assert kinds(extract(text, "en", MONDAY + dt.timedelta(days=4))) == [TRANSFER]


def test_a_police_station_taken_in_a_shootout_is_overtaken() -> None:
    # guard: shots fired at the police make the taking a battle won
    text = ("Rebel fighters took over the police station of Kalungu on Wednesday after a two-hour shootout in which "
            "three police officers were killed, a local official said.")
    assert kinds(extract(text, "en", MONDAY + dt.timedelta(days=4)))[0] != TRANSFER
