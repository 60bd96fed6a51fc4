"""Session 25: a road blocked or a town besieged by an armed group ("armed men blocked the highway", "des hommes
armés ont imposé un blocus", "a blockade by militants") is the group's act, no protest: the blocking words among the
protest actions whose doer, named before them back to the clause break or after "by"/"par", is an armed group.
Before, such a blockade was a Peaceful protest of the country's protesters (blind s25 s05: the road where bandits
seized bus passengers made a second event, a protest). Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

WEDNESDAY = dt.date(2024, 3, 13)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bandits blocked the road outside Kiboko on Tuesday evening, stopping three buses.", "en"),
        ("Armed men blocked the road near Kiboko on Tuesday evening and marched six passengers into the bush.", "en"),
        ("A blockade by militants has cut off Kiboko since Tuesday, residents said.", "en"),
        ("Mardi soir, des hommes armés ont imposé un blocus à Kiboko, selon des habitants.", "fr"),
        ("Le blocus imposé par des hommes armés à Kiboko depuis mardi affame la population.", "fr"),
    ],
)
def test_an_armed_groups_blockade_is_no_protest(text: str, language: str) -> None:
    assert kinds(extract(text, language, WEDNESDAY)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents blocked the highway near Kiboko on Tuesday to protest the killing of a herder by gunmen.",
        "Relatives of people kidnapped by bandits blocked the highway at Kiboko on Tuesday to demand their release.",
        "Transporters blocked the road near Kiboko on Tuesday, demanding protection from bandits.",
    ],
)
def test_a_crowds_blockade_about_an_armed_group_stays_a_protest(text: str) -> None:
    """Guard: the armed group is what the protest is about, or in the doer's complement, not who blocked."""
    assert kinds(extract(text, "en", WEDNESDAY)) == [("Protests", "Peaceful protest")]
