"""Trigger words the lead's probes found missing (our own sentences): each sentence gave no event, or the wrong one."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_article
from sitrep.models import Article
from sitrep.nlp import load_pipeline


def types(text: str, language: str) -> list[tuple[str, str]]:
    article = Article(id="probe", text=text, published=dt.date(2025, 4, 5), language=language)
    return [(e.event_type, e.sub_event_type) for e in extract_article(article, load_pipeline(language)(text)).events]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "pris pour cible", "ciblé" and "tuant" named no attack: the sentences gave no event
        ("Des hommes armés ont pris pour cible un poste de gendarmerie vendredi à Diapaga, tuant deux gendarmes.",
         "fr", ("Battles", "Armed clash")),
        ("Un convoi de l'armée a été pris pour cible vendredi près de Dori.", "fr", ("Battles", "Armed clash")),
        ("Des jihadistes ont ciblé vendredi un camp de déplacés près de Djibo, tuant six civils.", "fr",
         ("Violence against civilians", "Attack")),
        # a strike that goes on is a protest
        ("Les enseignants poursuivent leur grève jeudi à Bamako pour réclamer leurs primes.", "fr",
         ("Protests", "Peaceful protest")),
        ("Les syndicats de la santé ont reconduit leur mouvement de grève lundi à Niamey.", "fr",
         ("Protests", "Peaceful protest")),
        # an armed group burning a market hurts no one: property destruction
        ("Gunmen returned on Friday and burned the market in Gao.", "en",
         ("Strategic developments", "Looting/property destruction")),
    ],
)
def test_the_words_name_an_event(text: str, language: str, expected: tuple[str, str]) -> None:
    assert types(text, language)[:1] == [expected]


def test_a_region_targeted_for_years_is_no_event() -> None:
    assert types("La région est particulièrement ciblée par les groupes armés depuis 2019.", "fr") == []
