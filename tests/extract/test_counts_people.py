"""Deaths told without a figure (a lone victim, a companion), injured who died, restated and replaced figures
(synthetic sentences, English and French)."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def killed(text: str, language: str = "en") -> list[tuple[int, str]]:
    """The killed figures that count for the event, with the rule that read each."""
    return [(c.low, c.rule.split(":")[-1]) for c in find_counts(text, language)
            if c.kind == "killed" and not (c.grievance or c.included or c.superseded)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # one person opening a clause, no article: a headline or a note's clause
        ("Herder killed near the river crossing.", "en", [(1, "victim")]),
        ("11 year old boy killed after shelling across the line.", "en", [(1, "victim")]),
        ("The mayor escaped unhurt but his bodyguard was killed in the ambush.", "en", [(1, "victim")]),
        ("Gunman killed two at the checkpoint.", "en", [(2, "before")]),  # the gunman did the killing
        # an age between the killing verb and the victim
        ("A raider shot and killed a 9 year old girl at the well.", "en", [(1, "before")]),
        # a companion killed with the person named: one more, or two when no figure counts the person
        ("The trader and his 15-year-old nephew were shot dead at the market.", "en", [(2, "companion")]),
        ("A trader and his nephew were shot dead at the market.", "en", [(1, "passive"), (1, "companion")]),
        ("Councillor Amina Osei, along with her driver, was shot dead on the highway.", "en", [(2, "companion")]),
        # kin listed after the victim with commas: one more for each
        ("Soldiers killed a farmer, his wife, and their son near the well.", "en",
         [(1, "before"), (2, "companion")]),
        ("Gunmen shot dead a chief, his driver and his bodyguard.", "en", [(1, "before"), (2, "companion")]),
        # the one who tells it is no companion
        ("A trader was shot dead in the market, his brother said.", "en", [(1, "after")]),
        ("Gunmen shot dead a trader, his brother told reporters.", "en", [(1, "before")]),
        # a victim and companion told again ("killed the policeman and his mother") are the same two dead
        ("A policeman and his mother were killed in Tank. Militants entered the house and killed the policeman "
         "and his mother on the spot.", "en", [(1, "passive"), (1, "companion")]),
        ("Gunmen opened fire, killing a village elder and his son.", "en", [(1, "before"), (1, "companion")]),
        ("A ranger was killed and his colleague wounded.", "en", [(1, "after")]),
        ("The judge was shot dead along with another man at the gate.", "en", [(1, "victim"), (1, "companion")]),
        ("Le préfet ainsi que son chauffeur ont été tués par des hommes armés.", "fr", [(2, "companion")]),
        # an aside between the victims and the verb; a name after "reported"
        ("Four fishermen (out of a crew of nine) were killed when the boat was shelled.", "en", [(4, "after")]),
        ("Troops swept the forest. Six reported Ansaru dead.", "en", [(6, "after")]),
        # a misspelt qualifier
        ("A drone strike kills atleast 7 in the valley.", "en", [(7, "before")]),
        # the victims' relatives are not the dead
        # (and the man whose death they march about died before the march)
        ("Dozens of relatives of a man killed last week marched to the station.", "en", []),
        # an injured person who died of the wounds
        ("A herder injured in the raid later died of his injuries.", "en", [(1, "died")]),
        # the same dead told again after "the"
        ("Two rebels were killed in the clash. Police named the two dead as local men.", "en", [(2, "after")]),
        # a killing "to death" told of someone named before
        ("The chief was abducted on the road. He was beaten to death later.", "en", [(1, "died")]),
        # a breakdown with no killed figure before it is the toll
        ("Police fired on the crowd. Later reports said 6 were shot, of which two died.", "en", [(2, "after")]),
        # a death the attackers suspected the victims of is not a casualty of this event
        ("Two suspects were lynched. Residents suspected the two recently killed a herder.", "en", [(2, "after")]),
        # a list that goes on after the victims' group
        ("Troops killed five fighters of the Northern Front (NF) and two civilians in the crossfire.", "en",
         [(5, "before"), (2, "list")]),
    ],
)
def test_deaths_without_figures_and_lists(text: str, language: str, expected: list[tuple[int, str]]) -> None:
    assert killed(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The earlier figure of 9 dead was revised after two of the injured died, the nurse said.", "en",
         [(9, "superseded"), (2, "included")]),
        ("The ministry initially said 30 people died in the fire.", "en", [(30, "superseded")]),
        ("The toll was eventually raised to eleven on Monday.", "en", [(11, "revised")]),
        ("Un bilan précédent de ces attaques contre les hameaux de A, B et C faisait état de 40 morts.", "fr",
         [(40, "superseded")]),
        ("Un bilan provisoire fait état de 21 morts.", "fr", [(21, "")]),
        # a smaller toll told later for a named place is that place's share
        ("Raiders killed at least 30 people in the county. Twelve people were killed at Kanyarkwat.", "en",
         [(30, ""), (12, "included")]),
        ("Au moins 30 personnes ont été tuées. Dix-huit personnes ont été tuées à Dialla.", "fr",
         [(30, ""), (18, "included")]),
        ("At least five people were killed. Three people were killed at the market.", "en", [(5, ""), (3, "")]),
        ("Two guards were killed. Five other deaths are feared but unconfirmed.", "en", [(2, ""), (5, "unconfirmed")]),
        ("Deux soldats ont été tués. Sept autres morts non confirmés sont signalés.", "fr",
         [(2, ""), (7, "unconfirmed")]),
    ],
)
def test_replaced_and_updated_tolls(text: str, language: str, expected: list[tuple[int, str]]) -> None:
    found = find_counts(text, language)
    flags = [
        (c.low, next((f for f in ("superseded", "unconfirmed", "revised", "included") if getattr(c, f)), ""))
        for c in found if c.kind == "killed"
    ]
    assert flags == expected
