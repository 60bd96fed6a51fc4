"""Battles or violence against civilians when armed actors act: who was hit, and what the report tells of it.

ACLED's battle needs two organised armed sides; these pin the readings that decide it. A South Asian
"encounter" is a gunfight whoever its sides are called; forces counted among those killed make an attack a
battle; police who came and killed are the attacked side fighting back; people arrested and then beaten are the
violence, not an arrest; fighters who left their group, and a police informer, are civilians. The sentences are
synthetic, written for these tests.
"""

from __future__ import annotations

import pytest
from report_events import main_type

BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
ARREST = ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An encounter is a gunfight with the forces, even when its sides are named as members or cadres.
        ("Police say they killed four suspected members of the outfit in an encounter near Tarapur on Monday.",
         BATTLE),
        ("During an encounter with the cadres near Dumka, an inspector was wounded and his driver died.", BATTLE),
        ("Members of the two unions clashed near the bus stand in Dumka on Monday.", ("Riots", "Mob violence")),
        # Forces among those hit: the attack was on them too.
        ("Gunmen attacked a passenger bus near Garsen on Monday, killing six, including two police officers.", BATTLE),
        ("Separatists killed three people, including two policemen, during an attack on a convoy near Kech on Monday.",
         BATTLE),
        ("Gunmen attacked a passenger bus near Garsen on Monday, killing six, including two teachers.", ATTACK),
        # Police or troops who came and killed the attackers fought them.
        ("Raiders attacked a village near Baragoi on Monday and stole cattle. Police intervened killing five.", BATTLE),
        ("Gunmen attacked a shop in Garsen on Monday. Police responded, shooting dead two.", BATTLE),
        ("Gunmen attacked a shop in Garsen on Monday. Police responded and took the injured to hospital.", ATTACK),
        # Arrested, then hurt: the violence is the event.
        ("Police arrested and tortured a suspect in Garissa on Monday.", ATTACK),
        ("Two farmers were detained and tortured by soldiers near Loikaw on Monday.", ATTACK),
        ("Police arrested three men in Loikaw on Monday and charged them with murder.", ARREST),
        # Fighters who left their group, and an informer, are civilians when hit.
        ("Unknown gunmen shot a former militant dead in Sopore on Monday.", ATTACK),
        ("Gunmen killed two ex-militants in a shooting near Turbat on Monday.", ATTACK),
        ("Gunmen shot dead two militants in Sopore on Monday.", BATTLE),
        ("Maoists shot dead a 40-year-old near Latehar on Monday, branding him a police informer.", ATTACK),
        # A name that holds "People's" names no people hit.
        ("Troops killed three People's Front fighters near Tamu on Monday.", BATTLE),
    ],
)
def test_armed_sides_and_targets(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two armies shelling each other, or a shelling the other side answered, fought a battle.
        ("The troops of the two countries resorted to mortar shelling on Friday, targeting each other's posts.",
         BATTLE),
        ("Troops fired mortar shells at border posts near Poonch on Friday, prompting the other army to retaliate.",
         BATTLE),
        ("Troops fired mortar shells at villages near Poonch on Friday.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        # Clashes that only tell when civilians were attacked by a named armed group: the attack is the event.
        ("A teacher was attacked by raiders near Baragoi during ethnic clashes on Monday.", ATTACK),
        ("Raiders killed four herders near Baragoi on Monday, after days of clashes.", ATTACK),
        ("A boy was killed near Baragoi on Monday during clashes between two clans.", BATTLE),
        ("Gunmen attacked a village near Garsen on Monday. Police engaged them in a shootout.", BATTLE),
    ],
)
def test_exchanges_and_clashes_as_setting(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
