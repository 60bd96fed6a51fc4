"""A recap whose subject runs long: the marker sits on the verb whose subject is the event noun, further than a
marker after a trigger usually reaches ('les attaques de Boko Haram et de l'ISWAP contre des villages de la zone
ont repris ces dernières années'); the predicate's time is the events'. Synthetic sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

MONDAY = dt.date(2024, 5, 27)
LEAD = {
    "fr": "Six civils ont été tués dimanche par deux kamikazes au marché de Kalara, selon le préfet.\n\n",
    "en": "Two suicide bombers killed six civilians at the Kalara market on Sunday, the prefect said.\n\n",
}


@pytest.mark.parametrize(
    ("language", "recap"),
    [
        ("fr", "Après une accalmie, les attaques des jihadistes et des bandits armés contre des villages de la zone "
               "frontalière ont repris ces dernières années, mais les attentats dans les marchés étaient rares."),
        ("en", "Attacks by jihadist fighters and armed bandits on villages and farms along the border have "
               "multiplied in recent years, residents say."),
    ],
)
def test_a_long_subject_recap_is_background(language: str, recap: str) -> None:
    extraction = extract(LEAD[language] + recap, language, MONDAY)
    assert [(e.sub_event_type, e.date and e.date.value) for e in extraction.events] == [
        ("Suicide bomb", dt.date(2024, 5, 26))]
    assert any(b.quote == recap for b in extraction.background)


@pytest.mark.parametrize(
    ("language", "text", "kinds"),
    [
        # the time on the verb of a long subject dates the news, and a span from another event does not make it past
        ("fr", "Les affrontements entre les soldats et des combattants jihadistes venus de la forêt voisine ont repris "
               "dimanche près de Kalara.", [("Armed clash", dt.date(2024, 5, 26))]),
        ("fr", "Les affrontements entre les soldats et des combattants jihadistes venus de la forêt voisine ont repris "
               "deux jours après l'attaque du poste de Kalara.", [("Armed clash", None)]),
        ("en", "Clashes between soldiers and jihadist fighters from the nearby forest resumed on Sunday near Kalara.",
         [("Armed clash", dt.date(2024, 5, 26))]),
        # a subject whose phrase the parse runs past its verb ('clashes occurred between X and Y') has no predicate
        ("en", "After a holy book was burnt and violent clashes occurred between Sikhs and police, members of the "
               "community kept protesting across the region for three days.", None),
        # a clause inside the predicate tells something else ('a village whose school was burnt last year')
        ("en", "Clashes between herders and farmers from the two valleys left two people dead near a village whose "
               "school was burnt last year.", [("Armed clash", None)]),
        # what a protest is about is not when it was ('teachers whose pupils failed last year's examinations')
        ("en", "Protests by parents disrupted classes in several schools as they locked out teachers whose pupils "
               "failed last year's examinations.", [("Peaceful protest", None)]),
    ],
)
def test_the_news_with_a_long_subject_stays(
    language: str, text: str, kinds: list[tuple[str, dt.date | None]] | None
) -> None:
    extraction = extract(text, language, MONDAY)
    assert extraction.events and not extraction.background if kinds is None else (
        [(e.sub_event_type, e.date and e.date.value) for e in extraction.events] == kinds)
