"""ACLED typing rules of the session-3 pass (issue #4), each pinned on synthetic sentences written for these tests.

Battles need organised armed sides: party members, traders or locals fighting each other or the police riot,
clans and communities fight as communal militias, and sides that exchange fire are armed. A protest modifier
that is denied or names the grievance does not change the protest; a demonstration's own people attacking
someone make it violent. Property burned by crowds or during a strike is a riot, by armed groups or forces a
strategic development. Vocabulary ACLED notes use: strikes and fasts, drones and jets, firing between troops,
territory handed over, ceasefires declared, looters.
"""

from __future__ import annotations

import pytest

from sitrep.extract import extract_article
from sitrep.extract.triggers import find_hits, split_clauses
from sitrep.models import Article
from sitrep.nlp import load_pipeline

BATTLE = ("Battles", "Armed clash")
MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")
PROPERTY = ("Strategic developments", "Looting/property destruction")


def main_type(text: str, language: str = "en") -> tuple[str, str]:
    article = Article(id="t", text=text, language=language)
    events = extract_article(article, load_pipeline(language)(text)).events
    assert events, f"no event read from {text!r}"
    return events[0].event_type, events[0].sub_event_type


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Party members, traders, locals: not organised armed groups, so their clash is a riot.
        ("Eight people were hurt in a clash between members of two rival parties at the rally.", "en", MOB),
        ("Shopkeepers and employees of the market clashed over stall fees.", "en", MOB),
        # With the police: a riot outside a demonstration is mob violence; demonstrating, a violent demonstration.
        ("Locals clashed with the police near the district office.", "en", MOB),
        ("Locals staged a protest near the district office and clashed with the police.", "en", VIOLENT_DEMO),
        # "between X and Y": one clash, its two sides are not two events.
        ("Clashes occurred between police and protestors near the stadium today.", "en", VIOLENT_DEMO),
        # Clans and communities fight as communal militias: a battle.
        ("Members of two communities clashed over grazing land near the river.", "en", BATTLE),
        ("Des jeunes de deux communautés se sont affrontés près du marché.", "fr", BATTLE),
        # Sides that exchange fire are armed, whatever the report calls them.
        ("A man was killed in a shootout between police and suspected blockaders.", "en", BATTLE),
    ],
)
def test_clashes_need_organised_armed_sides(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


def test_between_x_and_y_is_one_clause() -> None:
    text = "Clashes broke out between police and protesters in the square."
    hits = find_hits(text, 0, len(text), "en")
    assert split_clauses(text, 0, len(text), hits) == [(0, len(text))]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Riot police and anti-riot units name a force, not a riot.
        ("Students who marched to the ministry were stopped by riot police at the bridge.", "en", PEACEFUL),
        ("Des manifestants ont marché vers la mairie, surveillés par la police anti-émeute.", "fr", PEACEFUL),
        # Violence denied.
        ("Hundreds of nurses marched to the ministry. The march ended without any violence.", "en", PEACEFUL),
        # Violence that is the grievance, not the protest.
        ("Residents protested against the dumping and burning of waste near their homes.", "en", PEACEFUL),
        ("Farmers protested, demanding compensation for crop damage caused by elephants.", "en", PEACEFUL),
        ("Villagers protested after a motorist killed a boy on the highway.", "en", PEACEFUL),
        ("Workers staged a protest after unknown people assaulted a guard.", "en", PEACEFUL),
        # ... but a protest that turned violent, or whose people attack, is a riot.
        ("Protests against the new charter turned violent in the town on Tuesday.", "en", VIOLENT_DEMO),
        ("Party activists staged a demonstration in the city. Some supporters attacked a minister's convoy.", "en",
         VIOLENT_DEMO),
        ("Lawyers attacked a clerk in protest against moving the court.", "en", VIOLENT_DEMO),
        # A rape told in a protest's clause is what the protest is about.
        ("Hundreds of students marched in the capital against the police's inaction over the rape of a girl.", "en",
         PEACEFUL),
        ("Teachers protested the lynching of a trader by a crowd in the north.", "en", PEACEFUL),
        # People attacked by police are not attackers.
        ("Teachers staged a demonstration in the capital and were attacked by police.", "en",
         ("Protests", "Peaceful protest")),
    ],
)
def test_protest_modifiers_read_in_context(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Burned by a crowd or party supporters: mob violence; during a strike or blockade: a violent demonstration.
        ("A minibus was torched near the bridge on Sunday by opposition supporters.", MOB),
        ("Agitating cadres of the alliance vandalised two trucks at the junction.", MOB),
        ("Three lorries were set on fire on the highway during the nationwide transport blockade.", VIOLENT_DEMO),
        # By an armed group or a state force: ACLED's strategic development.
        ("Insurgents set a telecom mast ablaze outside the town.", PROPERTY),
        ("A bank branch has reportedly been burnt by angry depositors.", MOB),
        ("Police officers torched several huts during an eviction operation.", PROPERTY),
        # Burning tyres is a demonstration's violence.
        ("Youths set old tyres on fire at the roundabout.", VIOLENT_DEMO),
        # Looters and a crowd running amok.
        ("Looters broke into shops owned by foreigners in the township.", MOB),
        ("A crowd ran amok in the market after the result was announced.", MOB),
    ],
)
def test_property_destruction_by_whom(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Municipal workers in the city strike over unpaid wages.", "en", PEACEFUL),
        ("Magistrates on strike over working conditions.", "en", PEACEFUL),
        ("Members of the union began an indefinite fast outside the assembly.", "en", PEACEFUL),
        ("Farmers have taken to the streets demanding higher prices.", "en", PEACEFUL),
        ("Villagers blocked the circulation of vehicles on the main road.", "en", PEACEFUL),
        ("Drones hit militant hideouts near the border on Monday.", "en",
         ("Explosions/Remote violence", "Air/drone strike")),
        ("Jet fighters pounded rebel positions in the valley.", "en",
         ("Explosions/Remote violence", "Air/drone strike")),
        ("Firing between the troops of the two countries resumed along the border.", "en", BATTLE),
        ("Gunshots were heard near the barracks and one soldier was wounded.", "en", BATTLE),
        ("The militia takes control of the town after the army withdrew. No violence was reported.", "en",
         ("Strategic developments", "Non-violent transfer of territory")),
        ("Les rebelles ont pris le contrôle de la ville après le retrait des soldats.", "fr",
         ("Strategic developments", "Non-violent transfer of territory")),
        ("The president declared a unilateral ceasefire in the two provinces.", "en",
         ("Strategic developments", "Agreement")),
        ("Forty fighters handed themselves in to the police.", "en",
         ("Strategic developments", "Change to group/activity")),
        ("A man was doused with petrol and set alight by unknown people.", "en",
         ("Violence against civilians", "Attack")),
    ],
)
def test_acled_note_vocabulary(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected
