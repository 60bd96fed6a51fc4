"""An aircraft that carries people is no air strike: "quatre blessés évacués par aéronefs sur Gao", "the wounded
were evacuated by military helicopter to Garissa" name a means of transport (data/event_types.yaml
carried_by_air). Read as a strike, the toll's sentence became an Air/drone strike of its own beside the battle it
counts (news-dev d009, with the GeoNames dumps added, lost the Mondoro attack that way). Aircraft that strike
stay air strikes. The team's own sentences."""

from __future__ import annotations

import datetime as dt

from report_events import extract

MONDAY = dt.date(2024, 3, 4)
SUNDAY = dt.date(2024, 3, 3)


def _events(text: str, language: str) -> list[tuple[dt.date | None, str]]:
    return [(e.date.value if e.date else None, e.sub_event_type) for e in extract(text, language, MONDAY).events]


def test_wounded_evacuated_by_aircraft_are_the_battles_toll() -> None:
    text = ("Des jihadistes ont attaqué dimanche le camp militaire de Tessit. Les combats ont duré plusieurs heures. "
            "Selon le gouvernement, le bilan provisoire fait état de dix morts et de quatre blessés évacués par "
            "aéronefs sur Gao.")
    assert _events(text, "fr") == [(SUNDAY, "Armed clash")]


def test_wounded_flown_out_by_military_helicopter_are_the_battles_toll() -> None:
    text = ("Militants attacked an army post near Mandera on Sunday. The fighting lasted for two hours, officials "
            "said. Four soldiers were killed and six others were evacuated by military helicopter to Garissa.")
    assert _events(text, "en") == [(SUNDAY, "Armed clash")]


def test_aircraft_that_struck_are_an_air_strike() -> None:
    text = ("Dimanche, des aéronefs de l'armée ont frappé un rassemblement de terroristes près de Tessit. "
            "Une dizaine de combattants ont été neutralisés, selon l'état-major.")
    assert _events(text, "fr") == [(SUNDAY, "Air/drone strike")]


def test_military_helicopters_that_fired_are_an_air_strike() -> None:
    text = ("Military helicopters fired on a militant hideout near Mandera on Sunday, killing six fighters, the "
            "army said.")
    assert _events(text, "en") == [(SUNDAY, "Air/drone strike")]
