"""Toll sentences in styles of other countries' exports and reports, English and French, through the real
find_counts: the figure ACLED would code from each (sentences written for these tests, no report text).

Styles: ACLED note phrasing ("resulting in N fatalities", "fatalities unknown"), breakdowns ("killing N, including
M children", "among them"), bodies found, vague words coded as the codebook asks ("several" 10, "a few" 3, "dozens"
12, "hundreds" 100), partitives ("1 of whom died", "three of them were later found dead"), two verbs before one
figure ("lynched and burned three"), a victim told with a second verb ("was attacked ... and killed"), "one from each
side", people who "died later", French "N victimes", "les corps de", "égorgées".
"""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts

_NOT_ADDED = ("included", "grievance", "cumulative", "superseded", "unconfirmed", "claimed")


def toll(text: str, language: str) -> int:
    """The killed figures of one sentence summed the way a report's toll is: breakdowns, grievances, running
    totals, replaced, unconfirmed and claimed figures left out."""
    return sum(c.low for c in find_counts(text, language)
               if c.kind == "killed" and not any(getattr(c, flag) for flag in _NOT_ADDED))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ('Gunmen attacked a checkpoint near Gao, resulting in 7 fatalities.', 'en', 7),
        ('The ambush resulted in 4 deaths among the soldiers.', 'en', 4),
        ('Militants raided the village of Kuda, killing 9, including 3 children.', 'en', 9),
        ('Fighters stormed the camp and killed 12 people, among them 5 soldiers.', 'en', 12),
        ('The bodies of 6 men were found dumped near the river in Kasai.', 'en', 6),
        ('Fatalities unknown.', 'en', 0),
        ('Unknown fatalities as a result of the clashes.', 'en', 0),
        ('Several people were killed when the mortar hit the market.', 'en', 10),
        ('Many civilians died in the air strike on Idlib.', 'en', 10),
        ('A few soldiers were killed in the exchange of fire.', 'en', 3),
        ('Dozens of people were killed in the attack on Baga.', 'en', 12),
        ('Hundreds of civilians were killed during the siege.', 'en', 100),
        ('One attacker and one soldier were killed, one from each side.', 'en', 2),
        ('A soldier and a militant died in the exchange.', 'en', 2),
        ('Four soldiers as well as their commander were killed in the attack.', 'en', 5),
        ('Four people have died following inter-communal clashes near Jos.', 'en', 4),
        ('Two herders have been killed and their cattle stolen.', 'en', 2),
        ('One of the abducted teachers was later found dead.', 'en', 1),
        ('Five men were arrested; three of them were later found dead.', 'en', 3),
        ('Fifteen people were shot, 1 of whom died.', 'en', 1),
        ('A 14 year old girl was beheaded by the attackers.', 'en', 1),
        ('The driver of the district commissioner is shot and killed in Goma.', 'en', 1),
        ('A mob lynched and burned three suspected thieves in Ibadan.', 'en', 3),
        ('Residents stone to death two men accused of theft.', 'en', 2),
        ('Six civilians were killed at the market plus 2 policemen.', 'en', 8),
        ("2 militants (who had earlier been blamed for the ambush on a convoy along the highway) were shot dead by "
         "troops near the border.", 'en', 2),
        ('Gunmen kidnapped two engineers in Niger Delta after killing their driver.', 'en', 1),
        ('The editor was attacked with machetes and killed by unknown men.', 'en', 1),
        ('Unknown assailants hit the trader with clubs and killed him.', 'en', 1),
        ('Armed herders killed the three farmers. In a reprisal, a herder was killed.', 'en', 4),
        ('A village chief was hacked to death in North Kivu on Monday.', 'en', 1),
        ('The death toll from the Tuesday attack in Mogadishu has risen to 5.', 'en', 5),
        ('The attack left 11 people dead, including 2 police officers.', 'en', 11),
        ('No fatalities were reported.', 'en', 0),
        ('No casualties reported.', 'en', 0),
        ('Security forces killed 20 Al-Shabaab militants, the army said.', 'en', 20),
        ('Three people lost their lives in the violence.', 'en', 3),
        ('At least six people died, among whom were two children.', 'en', 6),
        ('Two civilians were killed and another two injured.', 'en', 2),
        ('Unspecified number of fatalities.', 'en', 10),
        ('A police officer was shot dead; his colleague was wounded.', 'en', 1),
        ("L'attaque a fait 7 morts dont 2 enfants à Djibo.", 'fr', 7),
        ("Cinq victimes ont été recensées après l'attaque de Kaya.", 'fr', 5),
        ('Une douzaine de civils ont été tués dans le village.', 'fr', 12),
        ("Plusieurs soldats ont été tués lors de l'embuscade.", 'fr', 10),
        ("Quatre personnes sont décédées après l'attaque.", 'fr', 4),
        ('Les corps de trois hommes ont été retrouvés près de Kidal.', 'fr', 3),
        ('Les assaillants ont tué neuf civils, parmi lesquels quatre femmes.', 'fr', 9),
        ('Un soldat et un assaillant ont été tués.', 'fr', 2),
        ('Un chef de village a été assassiné par des hommes armés.', 'fr', 1),
        ("Le bilan s'est alourdi à six morts.", 'fr', 6),
        ("Quinze personnes ont perdu la vie dans l'attaque.", 'fr', 15),
        ('Deux gendarmes ont succombé à leurs blessures.', 'fr', 2),
        ('Trois personnes ont été égorgées par des hommes armés.', 'fr', 3),
        ('Huit civils ont été abattus par des hommes armés non identifiés.', 'fr', 8),
        ('One person from each group was killed in the clash.', 'en', 2),
        ('Two fighters on each side died in the fighting.', 'en', 4),
        ('Five guards were wounded; 2 died on the spot and 1 died later in hospital.', 'en', 3),
        ('Un mort dans chaque camp, selon les habitants.', 'fr', 2),
        # one death told without a figure beside a campaign's running toll: the running toll is not this event's
        ("Ali, 40, a bus driver, succumbed to his injuries on Monday. The toll in the ongoing strike rose to seven.",
         'en', 1),
        # a figure after an elided "d'": "la mort d'une cinquantaine", "d'au moins 12"
        ("L'attaque a entraîné la mort d'une quarantaine de villageois.", 'fr', 40),
        ("L'explosion a causé la mort d'au moins 12 soldats.", 'fr', 12),
        ("Après la mort d'un enseignant, les élèves ont manifesté devant la mairie.", 'fr', 0),
        # one death told with a pronoun, a name, or a body, when nothing else is counted
        ('Police shot one robbery suspect, who died later in hospital, and arrested two.', 'en', 1),
        ('A guard fired at a trader before he was attacked and killed by a crowd in Bunia.', 'en', 1),
        ('Opposition candidate, Amina Yusuf was killed by gunmen near her home.', 'en', 1),
        ('Gunmen broke into the house of reporter Tom Okello before shooting him dead.', 'en', 1),
        ('The charred body of a herder (aged 30) is discovered near the river.', 'en', 1),
        ('Woman found killed in her shop in Kisumu.', 'en', 1),
        ('Residents protested in the town after police killed him.', 'en', 0),
        # a pluperfect death is background, not this event's toll
        ('The crowd stormed the clinic, where five patients had died the month before.', 'en', 0),
        ('Les assaillants ont tué et brûlé quatre villageois.', 'fr', 4),
    ],
)
def test_toll_styles(text: str, language: str, expected: int) -> None:
    assert toll(text, language) == expected
