"""A French claim of responsibility that names the attack already told with a definite article ("a revendiqué
l'attaque lundi", "a revendiqué cette attaque mardi") dates the claim, as its English form does since the claim-day
reader (test_dates_s21_claim_day): the attack keeps the day told with it and is one event (blind s21b s01 made a
second event of the claim, dated Monday, beside Saturday's battle). A day the attack's noun takes with 'de' ("a
revendiqué l'attaque de jeudi") is the attack's own. The air support the army credits in a fight is that battle
(ACLED: one Battles event), a strike told on a day of its own is an event of its own."""

from __future__ import annotations

import datetime as dt

from report_events import extract

MONDAY = dt.date(2024, 3, 4)
SATURDAY, SUNDAY = dt.date(2024, 3, 2), dt.date(2024, 3, 3)


def _events(text: str, language: str = "fr") -> list[tuple[dt.date | None, str]]:
    return [(e.date.value if e.date else None, e.sub_event_type) for e in extract(text, language, MONDAY).events]


def test_a_claim_of_the_attack_told_before_dates_the_claim() -> None:
    text = ("Des jihadistes ont attaqué samedi un camp militaire près de Gao, tuant quatre soldats. Le groupe a "
            "revendiqué l'attaque lundi dans un message, affirmant avoir tué des dizaines de soldats.")
    assert _events(text) == [(SATURDAY, "Armed clash")]


def test_a_claim_of_the_attack_of_a_day_dates_the_attack() -> None:
    text = "Le groupe État islamique a revendiqué l'attaque de jeudi contre un poste de l'armée près de Ménaka."
    assert _events(text) == [(dt.date(2024, 2, 29), "Armed clash")]


def test_air_support_credited_in_the_fight_is_the_battle() -> None:
    text = ("Des jihadistes ont attaqué samedi le camp militaire de Gao. Les assaillants ont été repoussés grâce à "
            "l'appui des vecteurs aériens, a indiqué l'armée. Vingt terroristes ont été neutralisés.")
    assert _events(text) == [(SATURDAY, "Armed clash")]


def test_troops_backed_by_helicopters_fight_one_battle() -> None:
    text = ("Troops backed by helicopters repulsed an assault by jihadists on a military post near Gao on Saturday, "
            "the army said. Fifteen attackers were killed.")
    assert _events(text, "en") == [(SATURDAY, "Armed clash")]


def test_air_strikes_on_the_next_day_are_their_own_event() -> None:
    text = ("Des jihadistes ont attaqué samedi un camp militaire près de Gao, tuant quatre soldats. Dimanche, des "
            "frappes aériennes ont visé leurs repaires près d'Ansongo, tuant dix combattants.")
    assert _events(text) == [(SATURDAY, "Armed clash"), (SUNDAY, "Air/drone strike")]
