"""Session-20: a crowd read as a side of an armed event. Local youth who clash with livestock raiders fight as a
communal militia (ACLED codes raiders as communal militias: the clash stays a battle between two of them, not a
riot); the people of a rally or a procession an armed group fires on or bombs are civilians hit (an attack or an
explosion), not protesters. Force the police use on a procession stays a protest's own sub-type.
"""

from __future__ import annotations

from report_events import main_event, names

CLASH = ("Battles", "Armed clash")
COMMUNAL = "Unidentified Communal Militia (Kenya)"


def kind(event) -> tuple[str, str]:
    return event.event_type, event.sub_event_type


def test_local_youth_clashing_with_raiders_are_a_communal_militia() -> None:
    event = main_event("Clashes between cattle raiders and local youth near a village in Turkana on Sunday left "
                       "eight people dead.", country="KE")
    assert (kind(event), names(event)) == (CLASH, (COMMUNAL, COMMUNAL))


def test_youth_clashing_with_police_stay_rioters() -> None:
    # Guard: a crowd facing the police is a riot, its sides rioters and the police.
    event = main_event("Youths clashed with police in the town centre on Monday, throwing stones.", country="KE")
    assert (event.event_type, names(event)) == ("Riots", ("Rioters (Kenya)", "Police Forces of Kenya"))


def test_two_crowds_clashing_stay_a_riot() -> None:
    # Guard: no organised side, a fight of two crowds.
    event = main_event("Boda boda riders clashed with traders at a market in the town on Friday.", country="KE")
    assert kind(event) == ("Riots", "Mob violence")


def test_a_rally_bombed_by_a_suicide_bomber_hit_civilians() -> None:
    event = main_event("A suicide bomber blew himself up at a campaign rally in a northern town on Sunday, killing "
                       "nine people.", country="PK")
    assert (kind(event), names(event)) == (("Explosions/Remote violence", "Suicide bomb"),
                                           ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"))


def test_gunmen_opening_fire_on_a_rally_attack_civilians() -> None:
    event = main_event("Gunmen opened fire on a political rally in a market town on Friday, killing three "
                       "supporters.", country="PK")
    assert (kind(event), names(event)[1]) == (("Violence against civilians", "Attack"), "Civilians (Pakistan)")


def test_a_bomb_exploding_at_a_rally_is_an_explosion() -> None:
    event = main_event("A bomb exploded at an election rally in a border town on Saturday, killing four people.",
                       country="PK")
    assert (kind(event), names(event)[1]) == (("Explosions/Remote violence", "Remote explosive/landmine/IED"),
                                              "Civilians (Pakistan)")


def test_police_firing_on_a_procession_stay_excessive_force() -> None:
    # Guard: the state's force on a procession is a protest's sub-type.
    event = main_event("Police opened fire on a procession of opposition supporters in the city, killing two "
                       "marchers.", country="PK")
    assert kind(event) == ("Protests", "Excessive force against protesters")


def test_the_injured_at_a_demonstration_are_no_gathering_fired_on() -> None:
    # Guard: "the injured at a demonstration" were hurt there; the demonstration was not fired on.
    event = main_event("Protesters took to the streets of the capital against a court ruling. A nurse tending the "
                       "injured at a demonstration in the west was shot dead.", country="KE")
    assert event.event_type == "Protests"
