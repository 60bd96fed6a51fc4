"""Who a bombing hit, read from the parse (blind s21 s06: a restaurant bombing coded Police Forces vs Al Shabaab).

A suicide bomber who "drove a car packed with explosives into the gate" brought the explosives: he is no vehicle that
ran over a device (roles.yaml mine_struck), which a truck that "drove over a landmine" still is. People a copula
counts among the hurt ("a police officer was among the wounded", "un policier figure parmi les blessés", "most of the
dead were traders", "la plupart des victimes sont des commerçants") were hit, not the attackers."""

from __future__ import annotations

from report_events import main_event, names


def test_a_suicide_bomber_driving_a_car_packed_with_explosives_is_the_attacker() -> None:
    text = ("A suicide bomber drove a car packed with explosives into the gate of a police station in Baidoa on "
            "Monday, killing five people.")
    assert names(main_event(text)) == ("Unidentified Armed Group (Somalia)", "Police Forces of Somalia")


def test_an_officer_among_the_wounded_of_a_hotel_bombing_is_no_attacker() -> None:
    text = ("Un kamikaze a percuté lundi l'entrée d'un hôtel de Mogadiscio avec un véhicule bourré d'explosifs, "
            "tuant sept personnes. Un policier figure parmi les blessés.")
    assert names(main_event(text, "fr")) == ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)")


def test_a_soldier_among_the_wounded_of_a_market_bomb_is_no_attacker() -> None:
    text = "A bomb exploded at a market in Baidoa on Monday, killing seven people. A soldier was among the wounded."
    assert names(main_event(text)) == ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)")


def test_a_truck_that_drove_over_a_landmine_was_hit() -> None:
    text = "A military truck drove over a landmine near Dhobley on Monday, killing three soldiers."
    assert names(main_event(text)) == ("Unidentified Armed Group (Somalia)", "Military Forces of Somalia")


def test_an_army_vehicle_that_hit_a_mine_was_hit() -> None:
    text = "Un véhicule de l'armée a sauté sur une mine lundi près de Ménaka, tuant trois soldats."
    assert names(main_event(text, "fr")) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")
