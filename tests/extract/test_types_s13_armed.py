"""Who was hit when armed men attack, and who attacked (session 13).

Officers, guards and patrols that no state force fields (election staff, forest rangers, a community's night
patrol) are civilians; what the violence answered is not the event; people named by their arms attack as an
armed group, not as a mob. A crude bomb's victims may be named by crowd words. An air strike's toll is no fight,
nor a landmine met on a patrol or a firing range. The sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest
from report_events import main_type

from sitrep.extract.triggers import target_class

BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("attacked a returning officer at the tallying centre", "civilian"),
        ("shot two forest guards near the reserve", "civilian"),
        ("ambushed a community night patrol", "civilian"),
        # The forces keep their officers and patrols.
        ("ambushed a police patrol near the border", "military"),
        ("killed two officers at the post", "military"),
        ("injured a presiding officer and two police officers", "military"),
    ],
)
def test_officers_no_force_fields(words: str, expected: str) -> None:
    assert target_class(words, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits attacked a group of game rangers on the highway near Tsavo on Monday.", ATTACK),
        ("Armed robbers attacked a community volunteer night patrol in Kisii on Friday.", ATTACK),
        ("Gunmen shot dead a presiding officer in Garissa on polling day.", ATTACK),
        ("Gunmen shot dead a police officer in Garissa on Monday.", BATTLE),
        # What the violence answered is its cause, not the event: the assault on civilians is.
        ("Soldiers responded to an al Shabaab attack by assaulting civilians in the village on Sunday.", ATTACK),
        ("Gunmen killed three herders in retaliation for the killing of a trader on Monday.", ATTACK),
        # Armed youths raiding a cattle camp are attackers, not a mob.
        ("Armed youths from a neighbouring county raided cattle camps near the river, killing 27 people.", ATTACK),
        ("Youths from the estate attacked a shopkeeper and killed him on Monday.", ("Riots", "Mob violence")),
    ],
)
def test_armed_men_and_their_targets(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The crowd word names the people hurt in the vehicle, not who threw the bomb.
        ("Three factory workers were injured as assailants hurled a crude bomb at a bus near the depot on Monday.",
         ATTACK),
        ("Unknown men threw a petrol bomb at an auto-rickshaw, leaving two passengers badly burned, on Sunday.",
         ATTACK),
        # An air strike's toll of fighters is the strike, not a battle; a clash told with it still is.
        ("Army helicopter gunships struck militant hideouts in the valley, killing nine militants.",
         ("Explosions/Remote violence", "Air/drone strike")),
        ("Troops clashed with militants after army helicopter gunships struck their hideouts in the valley.", BATTLE),
        # A mine met on a patrol and a bomb in a firing range are explosions, not an encounter or gunfire.
        ("A border policeman was killed by a landmine on patrol. Police had not encountered a landmine there before.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("Two guards were killed when a bomb exploded inside the army firing range on Monday.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ],
)
def test_bombs_and_strikes(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
