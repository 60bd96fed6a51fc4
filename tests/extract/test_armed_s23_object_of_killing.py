"""A killing word the parse gives an object ("soldiers shot dead at least nine young men") is no headline's bare
participle: "at least" is no place word after it, so the forces named before it are its doers, not the side hit
(targets.headline_side_hit). Blind s22 s04's house-to-house killings by soldiers read as an Armed clash with Fano;
they are the army's Attack on civilians. A bare participle of a headline keeps its side hit.
Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

SATURDAY = dt.date(2025, 5, 17)


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, "en", SATURDAY).events]


@pytest.mark.parametrize("text", [
    "On Tuesday soldiers shot dead at least nine young men in the Piassa district of Gondar, residents said.",
    "On Tuesday soldiers went from house to house in Gondar searching for suspected Fano supporters, and shot dead "
    "at least nine young men, residents said.",
])
def test_forces_who_shot_dead_at_least_some_men_attacked_them(text: str) -> None:
    assert _types(text) == ["Attack"]


def test_fighters_shot_dead_at_a_checkpoint_were_fought() -> None:
    text = "On Tuesday soldiers shot dead at least two suspected Fano fighters at a checkpoint near Gondar."
    assert _types(text) == ["Armed clash"]


def test_a_headlines_bare_participle_keeps_its_side_hit() -> None:
    assert _types("Police reservist shot dead while on patrol near Gondar") == ["Armed clash"]
