"""Session-13 crowd typing rules, each pinned on synthetic sentences written for these tests.

A protest word that tells what befell others ("beaten with sticks", "the road, which was damaged"), what was
feared or prevented, or what is not known does not make the demonstration violent; the demonstrators' own act
in the same shapes still does. People attacked over witchcraft claims are mob justice's victims.
"""

from __future__ import annotations

import pytest
from report_events import main_type

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
ATTACK = ("Violence against civilians", "Attack")
MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What befell others, what was feared or prevented, what is not known.
        ("Residents of Kiambaa protested over the state of the bridge, which was damaged by floods.", PEACEFUL),
        ("Nurses marched in Nyeri over pay; the marchers were later beaten with sticks by hired men.", PEACEFUL),
        ("Vendors in Voi demonstrated over new fees as shopkeepers closed early, fearing looting.", PEACEFUL),
        ("Teachers protested in Kitui and police stood by to prevent the march from turning violent.", PEACEFUL),
        ("Farmers protested in Bomet over maize prices; it is not known if the farmers were violent.", PEACEFUL),
        ("Pensioners held a rally in Nakuru protesting the council's violent evictions.", PEACEFUL),
        # The demonstrators' own act in the same shapes.
        ("Students protested in Maseno; a bus, which was torched by the students, blocked the road.", VIOLENT_DEMO),
        ("Traders demonstrated in Kisii, and the street was blocked with stones and burning tyres.", VIOLENT_DEMO),
        ("Residents protested in Molo and police, fearing chaos, fired tear gas at them.", INTERVENTION),
    ],
)
def test_not_the_demonstrators_act(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An elderly woman was killed over witchcraft claims in a village near Kilifi.", MOB),
        ("Two men accused of practising witchcraft were beaten in Kisii on Sunday.", MOB),
        # No such claim: an attack on a civilian.
        ("An elderly woman was killed by unknown people in a village near Kilifi.", ATTACK),
    ],
)
def test_witchcraft_victims(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
