"""Session 25: a verb giving a toll dates the count with "number" as its object too: "The defence ministry on
Wednesday raised to eleven the number of soldiers killed in an attack ... The unit was attacked on Tuesday morning" is
Tuesday's attack, as "raised the death toll to eleven" already was; French "a porté mercredi à onze le nombre de
soldats tués" likewise (roles.yaml reporting_objects; blind s25 s03 dated the attack on the day its toll was raised).
A killing that raises a number keeps its own day. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

from report_events import extract

THURSDAY = dt.date(2024, 12, 12)
TUESDAY = dt.date(2024, 12, 10)
WEDNESDAY = dt.date(2024, 12, 11)


def _dates(text: str, language: str = "en") -> list[dt.date | None]:
    return [e.date.value for e in extract(text, language, THURSDAY).events]


def test_raised_to_a_figure_the_number_killed_is_the_counts_day() -> None:
    text = ("The defence ministry on Wednesday raised to eleven the number of soldiers killed in an attack by "
            "jihadist fighters on an army unit near Hilltop. The unit, which was escorting aid trucks, was attacked "
            "on Tuesday morning about 15 km north of the town.")
    assert _dates(text) == [TUESDAY]


def test_porte_a_onze_le_nombre_de_tues_is_the_counts_day() -> None:
    text = ("Le ministère de la Défense a porté mercredi à onze le nombre de soldats tués dans l'attaque d'une unité "
            "de l'armée près de Hilltop par des combattants jihadistes. L'unité, qui escortait des camions d'aide, a "
            "été attaquée mardi matin à une quinzaine de kilomètres au nord de la ville.")
    assert _dates(text, "fr") == [TUESDAY]


def test_a_killing_that_raises_a_number_keeps_its_day() -> None:
    text = ("Gunmen shot dead four farmers in Hilltop on Wednesday, raising the number of people killed in the "
            "district to 16.")
    assert _dates(text) == [WEDNESDAY]


def test_the_number_killed_in_an_attack_on_a_day() -> None:
    text = ("The number of soldiers killed in the attack on an army post near Hilltop on Wednesday has risen to "
            "eleven, the defence ministry said.")
    assert _dates(text) == [WEDNESDAY]
