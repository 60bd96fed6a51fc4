"""Session-10 typing rules, each pinned on synthetic sentences written for these tests.

Police who stop, bar or break up a protest intervene in it (warning shots too); police who shoot, kill, beat or
injure protesters use excessive force (present-tense notes too). A riot word the report denies tells no riot. A
crowd that attacks a politician, a rally or a meeting commits an attack on civilians, not mob violence nor a
protest; rioters who attack civilians commit mob violence; people who storm an office to press a demand, hurting
nobody, protest.
"""

from __future__ import annotations

import pytest
from report_events import main_type

from sitrep.extract.crowd_types import gathering_attacked
from sitrep.extract.vocabulary import find_hits

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")
ATTACK = ("Violence against civilians", "Attack")
MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Stopped short of dispersal: still an intervention, also told in a sentence of its own.
        ("Nurses marched to the county offices on Monday. Police intervened.", INTERVENTION),
        ("Nurses marched to the county offices on Monday and police intervened at the gate.", INTERVENTION),
        ("Police in Kitale stopped a demonstration by hawkers against the new market levy.", INTERVENTION),
        ("Farmers held a protest at the depot but were barred by security guards from entering.", INTERVENTION),
        ("Riot police broke up a sit-in by lecturers outside the university on Friday.", INTERVENTION),
        # Lethal force or serious injury, also told in the present tense.
        ("Police shoot three protesters in Lodwar during a demonstration over water.", EXCESSIVE),
        ("Police kill a student protesting against fees in Eldoret.", EXCESSIVE),
        ("Traders held a protest in Bungoma and ten of them were injured by police.", EXCESSIVE),
        # Warning shots disperse: an intervention, not excessive force.
        ("Traders protested in Nakuru and police shot in the air to disperse them.", INTERVENTION),
        # Police blocking a road to a protest intervene in it.
        ("Police blocked the road to the stadium and fired tear gas at supporters who had gathered to protest.",
         INTERVENTION),
        # The force is named, not who it hit: no intervention.
        ("Traders held a peaceful protest in Bungoma, watched by police officers.", PEACEFUL),
    ],
)
def test_protest_sub_type_by_what_the_force_did(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A riot word denied: the march stays peaceful.
        ("Supporters took to the streets of Kisumu, a march devoid of running battles this time.", PEACEFUL),
        ("Hundreds of teachers marched in Nyeri on Tuesday; there were no riots.", PEACEFUL),
    ],
)
def test_denied_riot_words_tell_no_riot(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A politician hit by a crowd: a targeted attack.
        ("A group of youths attacked the assistant minister in Kakamega on Sunday.", ATTACK),
        ("The parliamentary candidate was beaten by rival supporters in Migori on Friday.", ATTACK),
        # The politician is whom the crowd follows, not whom it hit.
        ("Supporters of the governor attacked a trader in Meru on Monday.", MOB),
        ("Youths allied to the senator beat up two boda boda riders in Embu.", MOB),
        # A rally or a meeting attacked by a crowd: an attack on civilians, not a protest.
        ("Unknown youths attacked a campaign rally in Kisii on Saturday.", ATTACK),
        ("Youths attacked a meeting of the party in Nakuru.", ATTACK),
    ],
)
def test_crowd_attacks_on_politicians_and_gatherings(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rioters who attack people named as civilians: mob violence.
        ("Rioters in Kisumu attacked journalists on Tuesday.", MOB),
        ("Rioting youths attack two traders at the market in Nakuru.", MOB),
        # Rioting against the police or property, or an attack that is the grievance: a violent demonstration.
        ("Rioters in Kisumu stoned police officers and burned tyres on Tuesday.", VIOLENT_DEMO),
        ("Youths lit bonfires on the road in Njoro to protest the attack against farmers.", VIOLENT_DEMO),
    ],
)
def test_rioters_who_attack_civilians(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People who storm an office to press a demand and hurt nobody protest.
        ("Retired teachers stormed the county offices in Nyeri demanding their pensions.", PEACEFUL),
        ("Hawkers stormed the town hall in Thika on Monday to demand new stalls.", PEACEFUL),
        # Hurting someone, or an armed group storming, is violence.
        ("Protesters stormed the county offices and beat up two clerks, demanding the resignation of the governor.",
         VIOLENT_DEMO),
        ("Gunmen stormed a hotel in Mandera and killed four guests.", ATTACK),
        ("In protest, residents stormed the police station in Meru and attacked the officers on duty.", VIOLENT_DEMO),
    ],
)
def test_storming_to_press_a_demand(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "attacked"),
    [
        ("Marchers were attacked by a gang in Kisumu.", True),
        # The passive verb's subject is the student, not the protest he attended.
        ("Youths went out to protest in Srinagar over a student (who was killed while attending a rally).", False),
    ],
)
def test_gathering_attacked_reads_the_passive_subject(text: str, attacked: bool) -> None:
    hit = next(h for h in find_hits(text, 0, len(text), "en") if h.text in {"attacked", "killed"})
    assert gathering_attacked(text, (0, len(text)), hit, "en") is attacked
