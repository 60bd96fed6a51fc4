"""Session-11 crowd typing rules, each pinned on synthetic sentences written for these tests.

Demonstrators who break in, wreck property (told as "property destruction"), vandalise or whose protest turns
chaotic riot; a crowd's own act told after "after they" is no grievance. A crowd named as the agent of the verb
coordinated with an agentless passive ("was beaten and burned by villagers") did both: mob violence.
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
        # The demonstrators' own damage, in words the modifiers missed.
        ("Traders marched in Eldoret over new levies, with property destruction by the marchers reported.",
         VIOLENT_DEMO),
        ("Demonstrators broke into a hardware shop in Kisii during the protest over fuel prices.", VIOLENT_DEMO),
        ("A protest by taxi drivers in Thika over parking fees turned chaotic on Monday.", VIOLENT_DEMO),
        ("Opposition supporters protested in Bungoma and vandalsed two county vehicles.", VIOLENT_DEMO),
        ("Jobless youths protested in Kitale, rolling a flaming tyre onto the main road.", VIOLENT_DEMO),
        # Their act after "after they": theirs, not the grievance; the grievance still is one.
        ("Twelve pupils were arrested after they burned a classroom in protest over a transfer.", VIOLENT_DEMO),
        ("Parents protested in Meru after thieves broke into the school store.", PEACEFUL),
        ("Residents protested after the destruction of property by elephants.", PEACEFUL),
        ("Teachers protested in Embu after they were denied their pay, and police dispersed them with tear gas.",
         INTERVENTION),
    ],
)
def test_demonstration_violence(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The crowd is the agent of the coordinated verb: it did the passive clause's violence too.
        ("A herder was beaten to death and set on fire by villagers in Isiolo on Friday.", MOB),
        ("Two traders were attacked and nearly lynched in Nakuru by an angry crowd.", MOB),
        ("The inhabitants of a village in Bomet attacked a man they accused of theft.", MOB),
        # No agent, or an armed one: the violence stays an attack.
        ("A herder was beaten to death and his body dumped in a river in Isiolo.", ATTACK),
        ("Two traders were attacked and robbed in Nakuru by gunmen.", ATTACK),
    ],
)
def test_crowd_agent(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What led to the protest: a killing named as a noun, a past perfect, whom it wants released, what it decries.
        ("Villagers protested in Kericho against the lack of a police inquiry into the killing of a herder.", PEACEFUL),
        ("Parents marched in Kakamega to demand the release of three teachers who had recently been arrested.",
         PEACEFUL),
        ("Students marched in Eldoret to demand the release of 12 arrested classmates.", PEACEFUL),
        ("Women held a march in Isiolo to decry the alleged police killing of camels.", PEACEFUL),
        # The force's own act on the protest is still one.
        ("Police arrested twelve traders who were protesting against new levies in Kisumu.", INTERVENTION),
        # A verb with its object after what the protest is against is the demonstrators' act.
        ("Youths protesting against the new land law vandalized a county vehicle in Narok.", VIOLENT_DEMO),
        ("Residents protested in Voi against the contractor that damaged the clinic.", PEACEFUL),
    ],
)
def test_grievance_or_act(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised modifier inside a sentence is a place's name.
        ("Matatu drivers blocked the highway at Burnt Forest, protesting against new fines.", PEACEFUL),
        ("Burning tyres, youths protested in Kisumu over the fuel levy.", VIOLENT_DEMO),
        # An effigy burned is a symbol even where the clauses split before it.
        ("In Nakuru, in protest against remarks by the governor, members of the youth wing burnt the effigies of "
         "the governor and his deputy today.", PEACEFUL),
    ],
)
def test_names_and_symbols(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Demonstrators' clash is their demonstration's violence, police named or not; other crowds' is a mob's.
        ("Clashes broke out as protesters marched through Kisumu on Friday.", VIOLENT_DEMO),
        ("Two demonstrators were hurt in clashes in Migori on Friday.", VIOLENT_DEMO),
        ("Rival supporters clashed in Kisumu on Friday.", MOB),
    ],
)
def test_demonstrators_clash(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Notes in the present tense: the force arrests, as "arrested" already counts.
        ("Boda boda riders protest over new fees in Kakamega; police arrest nine riders.", INTERVENTION),
        ("Boda boda riders protest over new fees in Kakamega.", PEACEFUL),
    ],
)
def test_present_tense_arrests(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
