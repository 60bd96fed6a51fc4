"""ACLED typing rules of the fifth pass (issue #4: event types on other exports), each pinned on synthetic
sentences written for these tests.

Petrol bombs thrown at a vehicle and hurting the people in it, party cadres attacking people, arrests tried or
resisted, property burned while people were shot, communities fighting running battles, demonstrators as the
agent of an attack, traffic disrupted by a protest, attackers in military uniform and convoys of civilians.
"""

from __future__ import annotations

import pytest
from report_events import main_type

ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")
LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Aimed at a vehicle and hurting the people in it: an attack on its occupants.
        ("Unknown assailants threw two petrol bombs at a bus near the market on Friday, injuring four passengers.",
         ATTACK),
        ("A driver suffered burn injuries in a petrol bomb attack on an auto-rickshaw in the town on Sunday.",
         ATTACK),
        # Bombs set off in the street, a vehicle nobody in it was hurt, people named by their trade: a riot.
        ("Assailants blasted three crude bombs in front of the court on Tuesday morning.", MOB),
        ("Assailants hurled a petrol bomb at a parked truck on Monday night. No one was injured.", MOB),
        ("At least two rickshaw pullers were injured when crude bombs were blasted by assailants near the bridge.",
         MOB),
    ],
)
def test_petrol_bombs_at_vehicles(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cadres attacking people act as their party's militia; their clash or their wrecking is a riot.
        ("Suspected party cadres attacked two independent candidates in the district. Both were hospitalised.",
         ATTACK),
        ("Cadres of the two parties clashed in the town square, injuring five.", MOB),
        ("Party cadres broke the windows of the district office on Monday.", MOB),
    ],
)
def test_party_cadres(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An arrest tried or resisted is the setting of the violence, not an arrest event.
        ("At least five suspected gang members were killed by police as they resisted arrest in the estate.",
         CLASH),
        # Burned while people were shot: the attack on the people is the event.
        ("One herder was shot dead by raiders as their homes were set on fire in the village on Sunday.", ATTACK),
        ("Militants torched a school in the village on Monday.", LOOTING),
        # A present-tense note: residents burn a truck.
        ("Angry residents burn a truck carrying stolen goods in the town.", MOB),
        # Communities fighting running battles are organised sides: a battle; youths and the police: a riot.
        ("Farmers and herders fought running battles the whole day in the valley.", CLASH),
        ("Youths engaged the police in running battles in the town centre.", VIOLENT_DEMO),
    ],
)
def test_setting_and_sides(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Demonstrators as the agent of an attack make it a riot (on a civilian: mob violence, session 20); a
        # protester attacked by the police does not.
        ("A polling officer was attacked by demonstrators in the town on his way to the tallying centre.",
         MOB),
        ("Protesters against insecurity throw stones at a bus in the town. Police fired into the air.", VIOLENT_DEMO),
        # People of the demonstration falling on someone, or closing the roads, make it violent.
        ("The killing sparked a demonstration, with residents pouncing on the officer and beating him.",
         VIOLENT_DEMO),
        ("People are closing roads around the town in protest against the new tax.", VIOLENT_DEMO),
        # A beating the protest is about does not make it violent.
        ("Colleagues of a trader who was beaten up protested outside the market office.", PEACEFUL),
        # Traffic disrupted by a protest is not violence.
        ("Party workers held a statewide protest against the bill. Rail and road traffic were disrupted for hours.",
         PEACEFUL),
    ],
)
def test_demonstrations(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The attackers' attire is not a target; a convoy of workers is civilians; an officer at home is off duty.
        ("A minibus was attacked by gunmen wearing military uniforms near the village. Five passengers were killed.",
         ATTACK),
        ("Militants attacked a convoy of foreign workers on the road, killing one.", ATTACK),
        ("A police officer was killed after militants stormed his home and opened fire on him.", ATTACK),
        # Still a battle: an army convoy ambushed.
        ("Militants ambushed an army convoy near the town, killing four soldiers.", CLASH),
        # Troops marching to a place and beating people are no protest march; fire at a police post is a battle.
        ("Soldiers armed with sticks and rifles marched to the market and beat people. One civilian was killed.",
         ATTACK),
        ("Gunmen who were robbing the market then fired at a police station, injuring a detainee.", CLASH),
        # Political opponents attacking a mayor are a mob.
        ("Political opponents attacked the newly elected mayor, who was hospitalised.", MOB),
        # Gunfire across a border is a battle.
        ("Troops chased several fighters across the border following cross-border gunfire.", CLASH),
    ],
)
def test_targets(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
