"""A crowd word before a violence verb that headlinese left without its auxiliary names the people hit, not a mob:
the participle with its agent ('Nine villagers killed by gunmen', 'neuf villageois tués par des hommes armés') or,
in French, the bare agreed participle ('trois habitants tués'). Active verbs keep the crowd as the doer ('Angry
villagers killed a suspected thief', 'des habitants ont lynché'). Synthetic reports written for these tests; real
spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract

DAY = dt.date(2024, 11, 25)


def _types(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract(text, language, DAY).events]


def test_french_headline_villagers_killed_by_gunmen_are_hit() -> None:
    text = "Kokorou : neuf villageois tués par des hommes armés, les habitants accusent les jihadistes"
    assert _types(text, "fr") == [("Violence against civilians", "Attack")]


def test_english_headline_residents_shot_dead_by_gunmen_are_hit() -> None:
    text = "Four residents shot dead by gunmen near the cattle market on Monday"
    assert _types(text, "en") == [("Violence against civilians", "Attack")]


def test_french_bare_participle_names_the_victims() -> None:  # guard: already read so
    text = "Trois habitants tués dans la nuit de lundi à mardi à Kokorou, dans le département de Téra."
    assert _types(text, "fr") == [("Violence against civilians", "Attack")]


def test_villagers_killed_by_a_mob_are_its_victims() -> None:  # guard: the agent is the crowd
    text = "Two villagers killed by an angry mob in Kokorou on Monday after they were accused of witchcraft."
    assert _types(text, "en") == [("Riots", "Mob violence")]


def test_villagers_who_killed_a_thief_are_a_mob() -> None:  # guard
    text = "Angry villagers killed a suspected thief in Kokorou on Monday after he was caught stealing goats."
    assert _types(text, "en") == [("Riots", "Mob violence")]


def test_french_residents_who_lynched_a_thief_are_a_mob() -> None:  # guard
    text = "Des habitants en colère ont battu à mort un voleur présumé lundi à Kokorou."
    assert _types(text, "fr") == [("Riots", "Mob violence")]
