"""ACLED typing rules of the sixth pass (issue #4: event types on other exports), each pinned on synthetic
sentences written for these tests.

Who the report blames is the attacker, a figure before the attackers does not end their name, an armed group
read as a headline passive's target while it attacks, odd spaces in the text, killings in election violence,
crowds clashing with the police, and protests named by their form.
"""

from __future__ import annotations

import pytest
from report_events import main_type

ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")
MOB = ("Riots", "Mob violence")
VIOLENT = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        # The group blamed or held responsible is who attacked, not who was hit.
        "Police informant killed in Nakuru, a militia held responsible.",
        "Heavily armed bandits attacked and injured several herders near Isiolo. Residents blamed the attacks on a "
        "militia said to smuggle arms.",
        # A figure before the attackers is part of who did it ("by about 300 raiders").
        "10 killed during an attack by about 300 cattle rustlers in Baringo.",
        # "Bandits attacked and robbed a bus": active, the bandits attacked (not a headline passive).
        "Armed bandits attacked and robbed a bus near Garissa on Tuesday.",
        "A suspected militant stabbed to death a police officer outside his home in Ismailia on Sunday.",
    ],
)
def test_attackers_are_not_the_target(text: str) -> None:
    assert main_type(text) == ATTACK


def test_armed_group_killed_in_a_headline_passive_is_still_hit() -> None:
    assert main_type("Two militants killed near Mandera on Monday.") == CLASH


def test_no_break_space_inside_a_trigger() -> None:
    text = "At least 20 militants were killed and 30 injured in Egyptian Air Force\u00a0strikes near Arish on 3 May."
    assert main_type(text) == AIR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A killing told only as election violence is an attack; people hurt in it, a riot among partisans.
        ("Four people died in hospital on Sunday from injuries sustained during post-election violence.", ATTACK),
        ("Two supporters of the governor were injured in post-election violence in Kisumu on Friday.", MOB),
    ],
)
def test_election_violence(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No demonstration told: a riot outside one is mob violence (session 7, ACLED codebook 2019).
        ("Police and voters clashed at a polling station in Ranchi on Sunday.", ("Riots", "Mob violence")),
        ("Striking miners clashed with the Armed Police Force at the quarry gate in Dolakha on Monday.", VIOLENT),
    ],
)
def test_crowd_clashing_with_police_is_a_riot(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 200 nurses gathered in front of the health ministry in Colombo, demanding unpaid allowances.",
        "More than 3,000 residents took part in a peace march in Pune on Sunday.",
        "Farmers staged a rasta roko on the highway near Nashik for the second day.",
        "Members of the taxi union continued a strike against a notice to leave the station.",
        "Members of the union observed a hunger-strike outside the district office in Sukkur.",
    ],
)
def test_protests_named_by_their_form(text: str) -> None:
    assert main_type(text) == PEACEFUL


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # What the arrested are accused of, or what a meeting discussed, is no event of the report.
        ("Police arrested twelve men accused of belonging to a gang involved in killings and rapes in Nyeri.", "en",
         ("Strategic developments", "Arrests")),
        ("Les gendarmes ont arrêté trois hommes soupçonnés d'enlèvements à Kayes.", "fr",
         ("Strategic developments", "Arrests")),
        # An earlier event named in passing beside the one the clause reports.
        ("A soldier hurt by an earlier bomb blast was wounded again when militants ambushed his ambulance.", "en",
         CLASH),
        # An arrest denied or left open is no arrest; the explosion is the event.
        ("Men blew up the home of a local family in Zliten. It is not known if there were any casualties or arrests.",
         "en", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ],
)
def test_events_mentioned_in_passing(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


def test_youth_clubs_are_no_weapons_of_a_protest() -> None:
    text = "The front staged peace rallies in Janakpur on Sunday. Youth clubs and traders joined the agitation."
    assert main_type(text) == PEACEFUL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Explosives named as the means of the destruction: one explosion.
        ("Militants struck a border town and destroyed a telecom mast and a water pump using explosives.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        # A state force dismantling a rebel position, or taking full control of a place, regains territory; the
        # people it freed were kidnapped before.
        ("Soldiers dismantled a rebel position near Rwindi and released six people kidnapped on the road.",
         ("Battles", "Government regains territory")),
        ("The army took complete control of the Garyounis district on Monday.",
         ("Battles", "Government regains territory")),
        # A base handed over, troops deployed, a prisoner released: strategic developments.
        ("The old barracks in the city centre has been formally handed over to the new defence minister.",
         ("Strategic developments", "Non-violent transfer of territory")),
        ("Army deployed to Yei to boost security in the wake of skirmishes.",
         ("Strategic developments", "Change to group/activity")),
        ("Authorities released a former minister, son of the late president, after serving half of his sentence.",
         ("Strategic developments", "Other")),
        # The earlier clashes the rioters' violence followed are no event of this note.
        ("Rioters damaged a commissioner's car as police arrived to intervene in earlier clashes between a militia "
         "and farmers.", VIOLENT),
    ],
)
def test_operations_and_developments(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


def test_windows_quotes_left_in_a_note_are_read_as_apostrophes() -> None:
    text = "Residents blew up the home of a family after three brothers took part in January\x92s suicide bombing."
    assert main_type(text) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A raid by state forces that hurt nobody is a search, a strategic development; force used makes it violence.
        ("Police raided the offices of a weekly newspaper in Lusaka and closed down its printing press.",
         ("Strategic developments", "Other")),
        ("Police raided a hideout in Mathare and shot dead two suspects.", ATTACK),
        ("Four police officers raided the home of a trader in Kisumu. They shot and injured him.", ATTACK),
    ],
)
def test_raids_by_state_forces(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
