"""A weapon's strike is no labour strike, and a mine that kills is a weapon even when artisanal.

"Launched a strike" is a protest only when no weapon names the strike ("launched a drone strike" is an air/drone
strike); bare "strikes" that kill are air strikes, their demonym's forces the striker ("Israeli strikes killed");
French "mines artisanales" are also gold-mining sites, so a mine is an explosive only when it acts.
"""

from __future__ import annotations

import pytest
from report_events import main_event, main_type, names

AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Rebel forces launched a drone strike on an airfield in the north on Monday.", "en", AIR),
        ("The air force launched a retaliatory strike on rebel positions on Monday.", "en", AIR),
        ("Insurgents launched a missile strike on the port town on Monday.", "en", SHELLING),
        ("Teachers launched an indefinite strike over unpaid salaries on Monday.", "en", PEACEFUL),
        ("The union called a general strike in the capital on Monday.", "en", PEACEFUL),
        # Bare "strikes" that kill are air strikes (no labour strike kills).
        ("Israeli strikes killed at least 20 people in the south of the city on Thursday.", "en", AIR),
        ("Twelve people were killed in Russian strikes on the port on Thursday.", "en", AIR),
        ("Des frappes israéliennes ont tué vingt personnes jeudi dans le sud de la ville.", "fr", AIR),
        ("Douze personnes ont été tuées dans des frappes russes jeudi.", "fr", AIR),
        ("Nurses began a nationwide strike over unpaid allowances on Monday.", "en", PEACEFUL),
        ("Une mine artisanale a tué deux gendarmes mardi près de la frontière.", "fr", IED),
        ("Deux mines artisanales ont blessé quatre soldats mardi sur la route.", "fr", IED),
        ("Les orpailleurs des mines artisanales ont manifesté mardi devant la préfecture.", "fr", PEACEFUL),
    ],
)
def test_weapon_strikes_and_mines(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


def test_the_demonym_of_strikes_names_the_striker() -> None:
    event = main_event("Israeli strikes killed at least 20 people in Gaza on Thursday.")
    assert names(event) == ("Military Forces of Israel", "Civilians (Palestine)")
