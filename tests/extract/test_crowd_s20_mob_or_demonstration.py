"""Session-20: which riot a crowd's violence is. Rioters who hit people the report names as civilians or
politicians (teachers attacked, a candidate pelted with stones, an official injured by demonstrators) commit mob
violence, even when they protest; a riot whose only mob words tell the crowd's mood ("angry youths"), or violence
told only by its post-election setting, is a violent demonstration, rioting against a grievance or a result.
"""

from __future__ import annotations

import pytest
from report_events import main_type

MOB = ("Riots", "Mob violence")
VIOLENT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "text",
    [
        # Active: the crowd attacked people the report names as civilians.
        "Pupils of a day school near Narok attacked and injured two of their teachers in protest against a new "
        "timetable.",
        "Rioters invaded a tea estate near Kericho and whipped workers, demanding their jobs back.",
        # Stones thrown at a politician or at his convoy.
        "Rowdy youths pelted the convoy of a county senator with stones as he arrived in Bungoma on Saturday.",
        "A crowd threw stones at a governor who was addressing traders at a market in Kitale.",
        # Passive: the person hurt by the crowd.
        "A polling official was attacked by demonstrators in Homa Bay on his way to the tallying centre.",
        "A parliamentary candidate and two aides were injured by rioters at a polling station near Kilifi.",
    ],
)
def test_rioters_who_hit_civilians_or_politicians_are_a_mob(text: str) -> None:
    assert main_type(text) == MOB


@pytest.mark.parametrize(
    "text",
    [
        # Guards: a force or property hit, or people hurt with no crowd named as the attacker, stay a violent
        # demonstration.
        "Students rioted over fees and pelted police officers with stones in Eldoret on Monday.",
        "Traders protesting their eviction pelted passing motorists with stones and burned tyres in Nakuru.",
        "Demonstrators blocked the road and damaged a lorry in Machakos. Police fired tear gas and injured one "
        "protester.",
        "Students protesting the closure of their hostel injured a journalist and destroyed a gate in Nyeri.",
    ],
)
def test_rioters_fighting_police_or_wrecking_property_stay_a_violent_demonstration(text: str) -> None:
    assert main_type(text) == VIOLENT


@pytest.mark.parametrize(
    "text",
    [
        "Riots by angry youths over the murder of a shopkeeper in Kisii.",
        "Angry residents rioted and set fire to a market stall in Migori.",
        # Violence told only by its post-election setting: rioting against the result.
        "Three vehicles were burnt in post-election violence in Kisumu.",
        "A teenager was shot and wounded in post-election violence in Eldoret.",
        "Persistent post-election violence in Kakamega, no details given.",
    ],
)
def test_riots_by_an_angry_crowd_or_after_an_election_are_violent_demonstrations(text: str) -> None:
    assert main_type(text) == VIOLENT


@pytest.mark.parametrize(
    "text",
    [
        # Guards: a mob named, a lynching, or partisans in the violence stay mob violence.
        "A rioting mob lynched a suspected thief in Kisumu on Sunday.",
        "Two supporters of a governor were injured in post-election violence in Kisumu on Friday.",
        "Angry villagers beat a suspected cattle thief to death near Kapsabet.",
    ],
)
def test_a_mob_or_partisans_stay_mob_violence(text: str) -> None:
    assert main_type(text) == MOB
