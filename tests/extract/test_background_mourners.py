"""A sentence about the funeral or the families of the dead ('les obsèques des soldats tués ont eu lieu mercredi',
'families of the soldiers killed were received on Wednesday') recalls deaths told before: it adds no event on the
funeral's day or at its place; the deaths are news only when the phrase itself dates them ('tués mardi').
Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

WEDNESDAY = dt.date(2024, 12, 4)
LEAD = {
    "fr": "Des combattants ont attaqué dans la nuit de dimanche à lundi une base de l'armée près de Kalara, tuant "
          "dix-sept soldats, selon le gouvernement.\n\n",
    "en": "Fighters attacked an army base near Kalara overnight Sunday, killing 17 soldiers, the government said.\n\n",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Les obsèques des soldats tués ont eu lieu mercredi matin au camp militaire de Bamako."),
        ("fr", "Les familles des soldats tués ont été reçues mercredi matin au camp militaire de Bamako."),
        ("en", "Families of the soldiers killed were received on Wednesday at the military camp in Bamako."),
        ("en", "Relatives of the soldiers killed met the president on Wednesday in Bamako."),
    ],
)
def test_mourners_add_no_event(language: str, sentence: str) -> None:
    extraction = extract(LEAD[language] + sentence, language, WEDNESDAY)
    assert [(e.sub_event_type, e.date and e.date.value) for e in extraction.events] == [
        ("Armed clash", dt.date(2024, 12, 1))]


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        # the deaths dated inside the funeral's phrase are news
        ("fr", "Les obsèques des douze soldats tués mardi dans l'embuscade de Kalara ont eu lieu ce vendredi à Bamako.",
         [("Armed clash", dt.date(2024, 12, 3))]),
        ("fr", "Les familles des trois bergers tués dimanche près de Kalara réclament justice.",
         [("Attack", dt.date(2024, 12, 1))]),
        # families who are the target, or who protest, are no recall
        ("en", "Gunmen attacked families of herders in Kalara on Sunday, killing three.",
         [("Attack", dt.date(2024, 12, 1))]),
        ("fr", "Des hommes armés ont enlevé trois familles de commerçants dimanche à Kalara.",
         [("Abduction/forced disappearance", dt.date(2024, 12, 1))]),
        ("fr", "Les familles des victimes ont manifesté lundi à Kalara pour réclamer justice.",
         [("Peaceful protest", dt.date(2024, 12, 2))]),
        ("en", "About thirty relatives of detainees protested on Monday outside the Kalara prison.",
         [("Peaceful protest", dt.date(2024, 12, 2))]),
    ],
)
def test_the_news_beside_mourners_stays(language: str, text: str, found: list[tuple[str, dt.date]]) -> None:
    extraction = extract(text, language, WEDNESDAY)
    assert [(e.sub_event_type, e.date and e.date.value) for e in extraction.events] == found
