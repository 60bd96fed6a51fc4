"""Lead's probes of session 11: plain news sentences (our own words) that were misread, one rule each."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_article
from sitrep.models import Article, EventMention
from sitrep.nlp import load_pipeline


def events(text: str, language: str = "en") -> list[EventMention]:
    article = Article(id="probe", text=text, published=dt.date(2021, 5, 8), language=language)
    return extract_article(article, load_pipeline(language)(text)).events


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        ("Somali government forces clashed with Al Shabaab in Afgoye on Tuesday.", "en", "Military Forces of Somalia"),
        ("Malian government troops killed five civilians in Mopti on Tuesday.", "en", "Military Forces of Mali"),
        ("Les forces gouvernementales maliennes ont tué cinq civils mardi à Mopti.", "fr", "Military Forces of Mali"),
    ],
)
def test_a_countrys_government_forces_are_its_military(text: str, language: str, actor1: str) -> None:
    # was "Government of Somalia": the demonym took "government" and left "forces" out
    (event,) = events(text, language)
    assert event.actor1 is not None and event.actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("An IED killed five police officers in Mandera on Thursday. The attack was blamed on Al Shabaab.", "en"),
        ("An IED killed five police officers in Mandera on Thursday. Police blamed al-Shabaab.", "en"),
        ("An IED killed five police officers in Mandera on Thursday. Police blamed the attack on al-Shabaab "
         "militants.", "en"),
        ("An IED killed five police officers in Mandera on Thursday. The attack was attributed to Al Shabaab.", "en"),
        ("Un engin explosif a tué cinq policiers jeudi à Mandera. L'attaque a été imputée aux Shebab.", "fr"),
    ],
)
def test_the_group_an_attack_is_blamed_on_is_actor1_not_a_claimant(text: str, language: str) -> None:
    # "blamed on X" made X the side hit (actor2) or was not read at all; a blame is no claim of responsibility
    (event,) = events(text, language)
    assert event.actor1 is not None and event.actor1.name == "Al Shabaab"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Kenya"
    assert event.claimed_by is None


def test_suspected_attackers_are_actor1_but_made_no_claim() -> None:
    (event,) = events("Suspected Boko Haram fighters killed 11 farmers near Konduga on Thursday, a militia leader "
                      "said.")
    assert event.actor1 is not None and event.actor1.name.startswith("Boko Haram")
    assert event.claimed_by is None


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State Khorasan claimed a bombing at a mosque in Kabul that killed 12 worshippers on Friday.",
        "Al Shabaab claimed Sunday's suicide attack on a hotel in Mogadishu, which killed 15 people.",
        "Gunmen killed 11 farmers near Konduga on Thursday. Suspected Boko Haram fighters were blamed, but ISWAP "
        "later claimed responsibility.",
    ],
)
def test_a_claim_of_any_attack_names_the_claimant(text: str) -> None:
    (event,) = events(text)
    assert event.claimed_by is not None and event.claimed_by.name == event.actor1.name
    assert event.actor1.name.startswith(("Islamic State", "Al Shabaab", "ISWAP"))


def test_a_toll_that_claimed_lives_is_no_claim_of_responsibility() -> None:
    found = events("Gunmen attacked a village in Mandera on Thursday. The attack claimed the lives of 12 people.")
    assert found and all(e.claimed_by is None for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Des affrontements entre le JNIM et l'Etat islamique au Sahel ont fait 40 morts près de Ménaka dimanche.",
        "Une quarantaine de combattants ont été tués dimanche dans des affrontements entre le JNIM et l'État "
        "islamique au Sahel près de Ménaka.",
    ],
)
def test_the_two_groups_between_which_fighting_broke_out_are_its_sides(text: str) -> None:
    # 'entre le X et l'Y' was not read as the two sides, and "combattants de l'État islamique" (an alias of the
    # central Islamic State) swallowed the start of "l'État islamique au Sahel"
    (event,) = events(text, "fr")
    assert {event.actor1.name, event.actor2.name} == {"JNIM: Group for Support of Islam and Muslims",
                                                      "Islamic State Sahel"}
