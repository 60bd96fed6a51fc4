"""People taken, places named by their police station, and fire two armies exchange (session 13, second round).

A verb that also takes things ("seized", "carried off", "whisked away") tells an abduction when people are its
object, and no event when things are. A police station that places the event ("under Rajpara Police Station",
"in the Rajpara Police Station area") is an address, not the police hit. Shells two sides fire at each other are
a clash; shelling no one answers stays shelling. The sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest
from report_events import extract, kinds, main_type

from sitrep.extract.triggers import target_class

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ATTACK = ("Violence against civilians", "Attack")
BATTLE = ("Battles", "Armed clash")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    "text",
    [
        "Suspected Boko Haram fighters seized 14 women near Konduga on Tuesday.",
        "Gunmen seized two aid workers on the road to Dori on Monday.",
        "Gunmen took 14 passengers hostage near Gao on Monday.",
        "Bandits carried off 20 schoolgirls from a village near Zurmi on Monday.",
        "Armed men whisked away the village chief near Tillaberi on Monday.",
        "Armed men whisked the village chief away near Tillaberi on Monday.",
        "Twelve traders were seized near the border by armed men on Monday.",
    ],
)
def test_people_seized_or_carried_off_are_abducted(text: str) -> None:
    assert main_type(text) == ABDUCTION


@pytest.mark.parametrize(
    "text",
    [
        "Militants seized a truck near Konduga on Tuesday.",
        "Militants seized the villagers' cattle near Konduga on Tuesday.",
        "Militants seized the villagers' farms near Konduga on Tuesday.",
        "Bandits carried off 200 cattle from a village near Zurmi on Monday.",
        "Floods carried away two children near Zurmi on Monday.",
        "Weapons and two vehicles were seized near the border on Monday.",
    ],
)
def test_things_seized_or_carried_off_are_no_abduction(text: str) -> None:
    assert ABDUCTION not in kinds(extract(text, "en", None))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("attacked a tailor in the Rajpara Police Station area", None),
        ("attacked a tailor under Rajpara police station", None),
        ("gathered outside Rajpara Police Station", None),
        # The station itself hit, or police near it, stay the forces.
        ("hurled a bomb at Rajpara Police Station", "military"),
        ("attacked the police station", "military"),
        ("attacked policemen near the police station", "military"),
    ],
)
def test_a_police_station_that_places_the_event_is_no_target(words: str, expected: str | None) -> None:
    assert target_class(words, "en") == expected


def test_a_civilian_attacked_in_a_police_station_area_is_a_civilian() -> None:
    assert main_type("Unidentified men attacked a shopkeeper in the Rajpara Police Station area on Monday.") == ATTACK


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian and Pakistani troops exchanged heavy shelling across the Line of Control in Poonch on Monday.",
         BATTLE),
        ("An artillery exchange between the two armies near the border town left two soldiers dead on Monday.",
         BATTLE),
        ("The two armies exchanged rockets across the border near Kurmuk on Monday.", BATTLE),
        # Shelling no one answers stays shelling.
        ("Pakistani troops shelled Indian posts along the Line of Control in Poonch on Monday.", SHELLING),
        ("Rebels shelled the town of Kurmuk on Monday, killing two civilians.", SHELLING),
    ],
)
def test_shells_two_sides_exchange_are_a_clash(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
