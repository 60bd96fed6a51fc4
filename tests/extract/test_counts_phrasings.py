"""Toll phrasings of reports from many countries, in English and French, through the real find_counts.

Sentences are written for these tests (no report text): each family of wording ("claimed the lives of", "left N
dead", "N personnes ont péri") must give the killed figure ACLED would read from it.
"""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def killed(text: str, language: str) -> list[tuple[int, bool]]:
    """The killed figures found, with whether each comes on top of the others."""
    return [(c.low, c.additional) for c in find_counts(text, language) if c.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack on the market in Maiduguri claimed the lives of 12 traders.", [(12, False)]),
        ("A car bomb in Mogadishu left 8 dead on Tuesday.", [(8, False)]),
        ("Rescue workers said 17 bodies were recovered from the rubble in Aleppo.", [(17, False)]),
        ("Nine people lost their lives when the shelling hit a school in Taiz.", [(9, False)]),
        ("The army said 14 militants were eliminated in Helmand province.", [(14, False)]),
        ("An explosion in Kabul left at least 5 people dead and 11 wounded.", [(5, False)]),
        ("Twenty-one Houthi fighters died in clashes near Marib.", [(21, False)]),
        # South Asian usage: the forces' dead are "martyred", a killing is a "slaughter"
        ("Three gunmen were killed in the raid. One soldier was also martyred.", [(3, False), (1, False)]),
        ("A party activist was slaughtered in his village on Friday.", [(1, False)]),
        # bodies found are dead: of a figure, or after one ("the bodies of six fighters were found")
        ("The bodies of six fighters were found near the camp.", [(6, False)]),
        ("Ten people were killed in the raid. Four more bodies were found the next day.", [(10, False), (4, True)]),
        # an active "beat to death", and "total" between the figure and its verb
        ("Villagers beat to death two suspected thieves in Kisii.", [(2, False)]),
        ("21 people in total were killed in the siege of the hotel.", [(21, False)]),
        # a name between the victim's noun and the verb
        ("Police constable John Mwangi was killed when gunmen opened fire.", [(1, False)]),
        ("A mob attacks and kills suspected rapist.", [(1, False)]),
        # one death with no figure and no victim noun, when nothing else is counted
        ("Yusuf, 20, a shop assistant, succumbed to his injuries in hospital on Friday.", [(1, False)]),
        ("His bullet-riddled body was recovered from a canal.", [(1, False)]),
        ("Three soldiers were killed; a fourth later succumbed to his injuries.", [(3, False), (1, True)]),
        # "a" after a preposition is not the verb's subject
        ("Two children from a farming family were killed in the fire.", [(2, False)]),
        # ... unless no figure before it in the sentence was counted: one person is still killed
        ("A medic helping the wounded at a rally in Kisumu was shot dead.", [(1, False)]),
        ("The clashes led to deaths estimated to be over 10 people.", [(10, False)]),
        ("Twelve reportedly KIA.", [(12, False)]),
    ],
)
def test_english_toll_phrasings(text: str, expected: list[tuple[int, bool]]) -> None:
    assert killed(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neuf personnes ont péri dans l'attaque du village près de Beni.", [(9, False)]),
        ("L'attaque a coûté la vie à sept civils dans le Nord-Kivu.", [(7, False)]),
        ("Quinze corps ont été retrouvés dans une fosse commune près de Kananga.", [(15, False)]),
        ("Six militaires ont perdu la vie dans une embuscade au Yémen.", [(6, False)]),
        ("Les affrontements ont fait au moins 14 morts et 20 blessés à Tripoli.", [(14, False)]),
        ("Onze jihadistes ont été neutralisés par l'armée nigériane.", [(11, False)]),
        ("Un attentat à la bombe a tué huit personnes à Kaboul.", [(8, False)]),
        # an adverb between the auxiliary and the participle
        ("Lors des combats, quatre assaillants ont également été tués, selon la même source.", [(4, False)]),
        ("Deux gendarmes ont aussi perdu la vie.", [(2, False)]),
        ("Blessé par balle, le chauffeur a succombé à ses blessures à l'hôpital.", [(1, False)]),
    ],
)
def test_french_toll_phrasings(text: str, expected: list[tuple[int, bool]]) -> None:
    assert killed(text, "fr") == expected


def test_updated_toll_is_marked_revised() -> None:
    en = [c for c in find_counts("The death toll rose to 23 in Bunia.", "en") if c.kind == "killed"]
    fr = [c for c in find_counts("Le bilan s'est alourdi à 23 morts à Bunia.", "fr") if c.kind == "killed"]
    assert [(c.low, c.revised) for c in en] == [(23, True)]
    assert [(c.low, c.revised) for c in fr] == [(23, True)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Gunmen attacked a village near Douentza on Monday, killing five villagers, a local official said.", "en",
         [5]),
        ("Gunmen raided a market on Monday, killing five traders, two witnesses told AFP.", "en", [5]),
        ("Gunmen killed five villagers and a teacher, police said.", "en", [5, 1]),
        ("Des hommes armés ont tué cinq villageois et un enseignant, un responsable local a indiqué.", "fr", [5, 1]),
        ("According to an officer, six soldiers were killed near the border.", "en", [6]),
        ("Selon un officier, six militaires et une dizaine de civils ont été tués.", "fr", [6, 10]),
        ("According to a witness, a soldier was killed at the checkpoint.", "en", [1]),
    ],
)
def test_the_source_after_a_toll_is_not_one_more_victim(text: str, language: str, expected: list[int]) -> None:
    assert [low for low, _ in killed(text, language)] == expected
