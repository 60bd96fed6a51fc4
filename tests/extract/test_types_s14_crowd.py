"""Session-14 crowd typing rules, each pinned on synthetic sentences written for these tests.

People named by an ethnic group ("Kalenjin youths", "Pokot tribesmen") are that group's militia, an organised
side: their attack on people is violence against civilians and their clash a battle, not a mob's riot. Vigilantes
and crowds with no group name stay mobs. A mob's victim punished "for suspected rape" was not raped by the mob.
"""

from __future__ import annotations

import pytest
from report_events import main_event

ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An ethnic group's people attack or clash as its militia.
        ("Kalenjin youths attacked and killed four Kikuyu farmers near Eldoret on Monday.", ATTACK),
        ("Kikuyu youths attacked Luo residents and burned their houses in Naivasha on Sunday.", ATTACK),
        ("Maasai clashed with street youths in Naivasha on Friday after a politician's remarks.", CLASH),
        # Crowds no group names, and vigilantes, are mobs.
        ("Youths from the estate attacked two traders in Kibera on Monday.", MOB),
        ("Youths attacked two traders and burned their kiosks in Kibera on Monday.", MOB),
        ("A man suspected of theft was killed by vigilantes in Kisumu on Monday.", MOB),
        ("A man was killed by a band of vigilantes in Kisumu over suspected theft.", MOB),
        # A group's people demonstrating who burn tyres riot as demonstrators.
        ("Maasai youths blocked the Narok road and burned tyres in protest on Monday.", VIOLENT_DEMO),
    ],
)
def test_ethnic_militia_is_no_mob(text: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country="KE")
    assert (event.event_type, event.sub_event_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mob lynched a man in Kilgoris on Monday for suspected rape.", MOB),
        ("Residents beat a herder to death in Molo over alleged theft of a goat.", MOB),
        ("Gunmen raped two women in Kisumu on Monday.", ("Violence against civilians", "Sexual violence")),
    ],
)
def test_what_the_mob_punished(text: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country="KE")
    assert (event.event_type, event.sub_event_type) == expected
