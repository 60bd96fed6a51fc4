"""An event told in the pluperfect and dated by its week or month only ("La semaine dernière, des combattants
avaient enlevé trois pêcheurs", "Last week, fighters had abducted three fishermen") lies before the day the report
tells in another tense: a bare "attack" group on that day does not fold into it, though the day falls within that
week (blind s21b s07 lost the abduction and counted its three as the battle's). Told with no period of its own, or
on the same day ("the gunmen had abducted 20 villagers before troops arrived"), the pluperfect tells how the
event went."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 3, 4)  # a Monday: last week holds Thursday 29 February
THURSDAY, MONDAY = dt.date(2024, 2, 29), dt.date(2024, 2, 26)


def _events(text: str, language: str) -> list[tuple[dt.date | None, str]]:
    return [(e.date.value if e.date else None, e.sub_event_type) for e in extract(text, language, PUBLISHED).events]


def test_an_abduction_last_week_in_the_pluperfect_is_its_own_event() -> None:
    text = ("L'armée a repoussé jeudi une attaque de jihadistes contre un poste près de Bol, tuant dix assaillants. "
            "La semaine dernière, des combattants de Boko Haram avaient enlevé trois pêcheurs près de Bol.")
    assert _events(text, "fr") == [(THURSDAY, "Armed clash"), (MONDAY, "Abduction/forced disappearance")]


def test_an_abduction_last_week_in_the_past_perfect_is_its_own_event() -> None:
    text = ("An attack by militants on an army post near Bol was pushed back on Thursday night, the army said, adding "
            "that ten attackers and two soldiers were killed. Last week, Boko Haram fighters had abducted three "
            "fishermen on an island near Bol.")
    assert _events(text, "en") == [(THURSDAY, "Armed clash"), (MONDAY, "Abduction/forced disappearance")]


def test_a_pluperfect_with_no_period_of_its_own_tells_the_raid() -> None:
    text = "Gunmen attacked a village near Bol on Thursday. The gunmen had abducted 20 villagers before troops arrived."
    assert _events(text, "en") == [(THURSDAY, "Abduction/forced disappearance")]


def test_a_pluperfect_on_the_same_day_tells_the_raid() -> None:
    text = ("Des hommes armés ont attaqué jeudi un village près de Bol. Selon la police, ils avaient enlevé jeudi "
            "vingt habitants.")
    assert _events(text, "fr") == [(THURSDAY, "Abduction/forced disappearance")]
