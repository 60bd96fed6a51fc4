"""Deaths and damage of a cause other than force (an accident, a natural hazard, a disease, an animal, a fire no one
set, a game, a performance) are no event; the same causes beside people using force still give one. Synthetic
reports written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.context import Report
from sitrep.extract.event_units import find_units
from sitrep.extract.non_violence import drop_non_violent
from sitrep.models import Article
from sitrep.nlp import load_pipeline

PUBLISHED = dt.date(2026, 3, 20)


def _kept(text: str, language: str = "en") -> list[str]:
    """The harm words of the clauses the rules keep as events."""
    article = Article(id="r1", text=text, language=language, published=PUBLISHED, published_precision=1)
    report = Report.build(article, load_pipeline(language)(text))
    return [u.ctype.hit.text for u in drop_non_violent(report, find_units(report))]


@pytest.mark.parametrize("text", [
    "Minibus crash kills 11 near Kisii\n\nA minibus collided with a lorry near Kisii on Tuesday, killing 11 "
    "passengers, police said.",
    "A ferry capsized on Lake Kivu on Monday, killing 19 people, officials said.",
    "Heavy rains trigger deadly landslide\n\nA landslide buried homes in Bududa on Sunday and killed 15 villagers.",
    "Measles outbreak kills 30 children in Kasai\n\nMeasles has killed 30 children in Kasai this month, health "
    "officials said.",
    "An elephant trampled a farmer to death near Kibwezi on Thursday, wildlife officers said.",
    "Four workers were killed when a warehouse roof collapsed in Mombasa on Friday.",
    "A fire destroyed 40 shops at the Gikomba market on Saturday night. Firefighters said an electrical fault "
    "was to blame.",
    "The home side held off a second-half attack to win the derby 1-0, their striker scoring from a corner.",
    "Crews began filming a war movie in Ouarzazate this week, with extras playing soldiers storming a fort.",
])
def test_harm_of_no_one_s_force_is_no_event(text: str) -> None:
    assert _kept(text) == []


@pytest.mark.parametrize("text", [
    # a mob after a crash is a riot
    "A bus overturned near Naivasha on Monday, killing 14 people. Angry residents then torched the driver's car.",
    # gunmen in a flood-hit area, militiamen at an Ebola centre: the cause words are no cause of the harm
    "Gunmen attacked a village in a flood-hit area of Jowhar on Monday, killing five people.",
    "Militiamen attacked an Ebola treatment centre in Butembo on Saturday, killing a police officer.",
    # the fire of a fight is no house fire; people drowned fleeing an attack were killed by it
    "There was an exchange of fire between police and armed herders near Baringo on Sunday.",
    "Twelve villagers drowned in the river while fleeing an attack by militants on Monday.",
    # fans fighting police after a match, a politician who is an actress beaten by goons
    "Fans clashed with police after the derby in Nairobi on Sunday, and one supporter was killed.",
    "An actress campaigning for a seat in Nairobi was beaten by four political goons on Tuesday.",
])
def test_force_beside_such_a_cause_is_an_event(text: str) -> None:
    assert _kept(text) != []


# The French model hangs the noun after a preposition on the word itself (obl:agent, obl:mod, nmod), where the English
# one hangs the preposition: a cause told after "par" or "dans" is read as one told after "by" or "in" is. A French
# noun's qualifiers follow it, so they belong to its phrase ("un glissement de terrain").
@pytest.mark.parametrize("text", [
    "Sept orpailleurs ont été tués dans l'éboulement d'un puits mardi près de Kéniéba.",
    "Douze passagers ont été tués dans la collision entre un car et un camion mardi près de Mopti.",
    "Trois pêcheurs ont été tués par la foudre mardi sur le fleuve près de Gao.",
    "Un berger a été tué par un éléphant mardi près de Tillabéri.",
    "Quatre enfants ont été tués dans l'effondrement d'une maison mardi à Niamey.",
    "Dix personnes ont été tuées dans un glissement de terrain mardi à Bukavu.",
    "Un glissement de terrain a tué dix personnes mardi à Bukavu.",
    "Douze passagers ont été tués dans le naufrage d'une pirogue mardi sur le fleuve.",
])
def test_a_french_cause_after_a_preposition_is_no_event(text: str) -> None:
    assert _kept(text, "fr") == []


@pytest.mark.parametrize("text", [
    "Dix civils ont été tués par des hommes armés mardi dans le village de Boni.",
    "Cinq soldats ont été tués dans une embuscade mardi près de Djibo.",
    "Deux personnes ont été tuées dans l'incendie de leur maison par des assaillants mardi à Kaya.",
    "Huit villageois ont été tués lors d'une attaque contre le marché mardi à Ménaka.",
    "Quatre soldats ont été tués dans l'explosion d'une mine mardi près de Tessit.",
    "Trois civils ont été tués par l'explosion d'un engin explosif improvisé mardi près de Mopti.",
])
def test_force_told_after_a_french_preposition_is_an_event(text: str) -> None:
    assert _kept(text, "fr") != []
