"""Session 22: bare harm words no armed group did, in the sentence of a demonstration or a riot ("a trader was shot
after police clashed with hawkers"), are that crowd event's toll, not an attack of its own: the crowd event is the
report's event (ACLED: one event per crowd episode). An armed group's shooting at a march, a killing told as what led
to the crowd's act (tests/extract/test_actors_s12b.py), or harm told in a sentence of its own, stays apart. Reports
are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.event_type, e.sub_event_type, e.location.place.name if e.location else None)
            for e in extract(text, "en", PUBLISHED).events]


def test_a_man_shot_after_police_clashed_with_hawkers_is_the_riot_s() -> None:
    text = "A trader was shot in Kisumu on Tuesday after police clashed with hawkers in the town centre."
    assert [e[0] for e in _events(text)] == ["Riots"]


def test_gunmen_firing_on_a_march_attack_civilians() -> None:
    text = "Three marchers were killed in Kisumu on Tuesday when gunmen opened fire on the protest."
    assert _events(text) == [("Violence against civilians", "Attack", "Kisumu")]


def test_a_killing_in_a_sentence_of_its_own_stays_apart() -> None:
    text = ("Police fired tear gas at hawkers protesting in Kisumu on Monday. On Tuesday a trader was shot dead in a "
            "village near Kakamega.")
    assert _events(text) == [("Protests", "Protest with intervention", "Kisumu"),
                             ("Violence against civilians", "Attack", "Kakamega")]
