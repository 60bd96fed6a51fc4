"""The news told beside what led to it ("After a riot ..., relatives of the injured men protested") reads its
background marker as the clause told alone does: relatives who are the subject of the verb did something new
(test_background_mourners), so the protest is news; before, the clause beside an antecedent read the bare marker
and the protest was lost (a readable Asia note of seed 2 lost its protest so to 210267f).
Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

SATURDAY = dt.date(2025, 5, 17)


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, "en", SATURDAY).events]


def test_relatives_who_protest_after_a_riot_hold_a_protest() -> None:
    text = ("After a riot where party members clashed with one another in Multan, relatives of the injured men "
            "protested outside the police station.")
    assert "Peaceful protest" in _types(text)


def test_the_dead_inside_the_families_phrase_stay_past_beside_an_antecedent() -> None:
    text = ("After the ceasefire collapsed, the families of the soldiers killed in the ambush were received by the "
            "president.")
    assert _types(text) == []
