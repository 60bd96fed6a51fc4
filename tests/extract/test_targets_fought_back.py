"""targets.fought_back: an attack or an explosion the other side answered with force is a battle (ACLED), pinned
on synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.extract.targets import explosion_fought_after, fought_back
from sitrep.extract.triggers import find_hits

BATTLE = ("Battles", "Armed clash")


def retype(text: str, event_type: str, sub_event_type: str, language: str = "en") -> tuple[str, str] | None:
    found = fought_back(text, find_hits(text, 0, len(text), language), event_type, sub_event_type, language)
    return found[:2] if found else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Five men armed with knives attacked a polling station, stabbing one voter. Police intervened, shooting "
         "dead two of the attackers.", "en"),
        ("Raiders attacked the village and drove off cattle. Police pursued them, killing six of the raiders.", "en"),
        ("Gunmen attacked a bus; the guards on board returned fire.", "en"),
        ("Des hommes armés ont attaqué le marché. Les gendarmes ont riposté, tuant trois des assaillants.", "fr"),
        # The attackers counted among the dead, or the victims' side taking up arms or hitting back.
        ("Raiders attacked a village in Tiaty and killed a herder. Police intervened killing 3 raiders.", "en"),
        ("Bandits attacked a homestead and stole goats. Four of the bandits were, however, shot dead.", "en"),
        ("Armed men raided a village near the border; the villagers took up arms and killed two attackers.", "en"),
        ("Bandits raided a manyatta and killed a boy. The herders retaliated.", "en"),
        ("Raiders stole 200 goats and killed a herder, which resulted in a three-hour battle.", "en"),
    ],
)
def test_attack_answered_is_a_battle(text: str, language: str) -> None:
    assert retype(text, "Violence against civilians", "Attack", language) == BATTLE


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a bus on the highway, killing three passengers.",
        # State forces opening fire in an attack are its attackers, not a side that answered.
        "Soldiers opened fire on villagers at the market, killing two.",
        # Victims counted, not attackers.
        "Gunmen attacked a bus carrying ten passengers near Garissa; two of them were killed.",
    ],
)
def test_one_sided_attack_stays(text: str) -> None:
    assert retype(text, "Violence against civilians", "Attack") is None


def test_other_violence_against_civilians_stays() -> None:
    text = "Gunmen abducted two traders; police returned fire as they fled."
    assert retype(text, "Violence against civilians", "Abduction/forced disappearance") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Militants hurled a grenade at a police patrol in the town. The police opened fire after the blast.", "en"),
        ("Fighters fired rockets at an army post on the border; the soldiers returned fire.", "en"),
        ("Un engin explosif a visé une patrouille de l'armée, suivi d'échanges de tirs avec les assaillants.", "fr"),
    ],
)
def test_explosion_within_battle(text: str, language: str) -> None:
    assert retype(text, "Explosions/Remote violence", "Grenade", language) == BATTLE


@pytest.mark.parametrize(
    "text",
    [
        # No state force in the fight, or no fight at all.
        "A grenade was thrown into a bar in the town, killing two people.",
        "A roadside bomb hit an army truck near the border, wounding four soldiers.",
    ],
)
def test_explosion_alone_stays(text: str) -> None:
    assert retype(text, "Explosions/Remote violence", "Remote explosive/landmine/IED") is None


@pytest.mark.parametrize(
    ("told", "after", "expected"),
    [
        # The fight an explosion on a state force set off, told in the next sentence: one battle.
        ("A roadside bomb destroyed a vehicle in an army convoy near Mahaday.",
         "The troops clashed with the militants shortly after the explosion.", BATTLE),
        ("Militants fired rockets at a check post in Pangur.", "The military returned fire.", BATTLE),
        ("Une mine a touché un véhicule de l'armée près de Gao.", "Des échanges de tirs ont suivi.", BATTLE),
        # Another event told next, no fight, or a blast on civilians.
        ("A roadside bomb hit an army truck near the border.", "In a separate incident, troops clashed with "
         "militants in the hills.", None),
        ("A roadside bomb hit an army truck near the border.", "Four soldiers were wounded.", None),
        ("A bomb exploded in the market, killing two traders.", "Police later clashed with youths in the town.", None),
    ],
)
def test_explosion_then_battle(told: str, after: str, expected: tuple[str, str] | None) -> None:
    language = "fr" if "armée" in told else "en"
    found = explosion_fought_after(told, after, "Explosions/Remote violence", language)
    assert (found[:2] if found else None) == expected


def test_only_explosions_become_battles_by_what_follows() -> None:
    told, after = "Gunmen attacked a bus near the border.", "The troops clashed with the militants."
    assert explosion_fought_after(told, after, "Violence against civilians", "en") is None
