"""A grenade fired from a launcher ("rocket-propelled grenades", "grenade launchers", "lance-roquettes") is no
Grenade (ACLED: a hand-thrown explosive) nor a shelling: it is the attackers' own fire (data/event_types.yaml
forces_fired), which makes a fight with the forces a battle. And the claimant's count of its kills ("the group
said its fighters had killed 15 soldiers") claims the event told, no event of its own
(event_groups.own_event). Blind s23 s01: an IED-then-gunfight ambush split in three. Hand grenades stay Grenades;
a second act with its own doer and figure stays an event of its own. Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

TUESDAY = dt.date(2025, 4, 8)
MONDAY = dt.date(2025, 4, 7)


def _events(text: str, language: str = "en") -> list[tuple[dt.date | None, str]]:
    return [(e.date.value if e.date else None, e.sub_event_type) for e in extract(text, language, TUESDAY).events]


def test_a_bomb_then_fighters_firing_rocket_propelled_grenades_are_one_battle() -> None:
    text = ("A roadside bomb hit a police truck near Garba on Monday, killing two officers, a police commander said. "
            "The truck was taking officers to a camp near the border. Militants hiding nearby then attacked the "
            "officers with rifles and rocket-propelled grenades, and the police fought back for an hour, killing "
            "three of the attackers.")
    assert [(e.date.value if e.date else None, e.sub_event_type, sorted(c.low for c in e.counts))
            for e in extract(text, "en", TUESDAY).events] == [(MONDAY, "Armed clash", [2, 3])]


def test_lance_roquettes_are_the_attackers_fire() -> None:
    text = ("Lundi, des hommes armés ont attaqué un poste de gendarmerie près de Garba avec des kalachnikovs et des "
            "lance-roquettes. Les gendarmes ont riposté.")
    assert _events(text, "fr") == [(MONDAY, "Armed clash")]


def test_a_hand_grenade_thrown_at_a_shop_is_a_grenade() -> None:
    text = "An unknown man threw a hand grenade into a shop in Garba on Monday, injuring three customers."
    assert _events(text) == [(MONDAY, "Grenade")]


def test_the_claimants_count_claims_the_ambush_told() -> None:
    text = ("A roadside bomb hit an army truck near Garba on Monday, killing two soldiers, and militants then fired on "
            "the troops, who fought back. The group, in a statement on its website, said its fighters had killed 20 "
            "soldiers.")
    assert _events(text) == [(MONDAY, "Armed clash")]


def test_a_second_act_with_its_own_doer_and_figure_is_its_own_event() -> None:
    text = ("Militants ambushed an army convoy near Garba on Monday, killing three soldiers, officials said. Hours "
            "later the militants killed 12 villagers in Doro as they fled.")
    assert len(_events(text)) == 2
