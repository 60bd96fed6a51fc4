"""Session-16 crowd typing rules, each pinned on synthetic sentences written for these tests.

Whose act a protest's violence word tells: someone the protest names in a relative clause ("the arrest of officials
who attacked a student", not the police's "who arrested ten") or the reason after "for" ("for attacking reporters")
is the grievance; a stone "thrown by protesting youths" is the demonstrators' own act even
after "after". A demonstrating crowd throwing crude bombs at the police is a violent demonstration, and fights breaking
out at a rally make it a riot. A long name between the burning and the effigy keeps it a symbol.
"""

from __future__ import annotations

import pytest
from report_events import main_event

MOB = ("Riots", "Mob violence")
PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Students held a protest in Nakuru on Monday demanding the arrest of employees of the county government who "
         "attacked a student.", PEACEFUL),
        ("Protesters were dispersed in Kisumu on Monday by police, who arrested ten of them.",
         ("Protests", "Protest with intervention")),
        ("Reporters protested in Kisumu on Monday against the workers of a local party for attacking their "
         "colleagues.", PEACEFUL),
        # The crowd's own act stays theirs.
        ("Youths who pelted stones at police were dispersed during a protest in Kisumu on Monday.", VIOLENT_DEMO),
        ("Traders protested in Nakuru for two hours on Monday, burning tyres.", VIOLENT_DEMO),
        ("A police officer was injured in Kisumu on Monday after he was hit by a stone thrown by protesting youths.",
         VIOLENT_DEMO),
    ],
)
def test_whose_act_the_violence_word_tells(text: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country="KE")
    assert (event.event_type, event.sub_event_type) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Opposition activists enforcing a hartal threw stones and exploded crude bombs at police in Bogra on Sunday, "
         "and police responded with rubber bullets and tear gas.", "BD", VIOLENT_DEMO),
        # Bombs thrown at a bus hit civilians: mob violence.
        ("Activists enforcing a hartal hurled petrol bombs at a bus in Bogra on Sunday, injuring three passengers.",
         "BD", MOB),
        ("During a party rally in Malindi on Sunday, fights erupted between supporters of the governor and supporters "
         "of a rival candidate. Police intervened to disperse the crowd.", "KE", VIOLENT_DEMO),
        ("Teachers marched in Kisumu on Monday to fight for their rights.", "KE", PEACEFUL),
        ("Party activists burnt opposition leader John Mwangi Kamau's effigy in Nyeri on Monday.", "KE", PEACEFUL),
    ],
)
def test_demonstrations_turning_violent(text: str, country: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country=country)
    assert (event.event_type, event.sub_event_type) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # A crowd stoning the police while they fire on it is a riot, not the police attacking civilians.
        ("Villagers threw stones and other objects at police officers in Kanyi on Monday while police opened fire on "
         "the crowd. Five people were killed.", "KE", ("Riots", "Violent demonstration")),
        ("Youths hurled rocks at a police patrol in Kanyi on Monday.", "KE", ("Riots", "Violent demonstration")),
    ],
)
def test_stones_thrown_are_a_riot(text: str, country: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country=country)
    assert (event.event_type, event.sub_event_type) == expected
