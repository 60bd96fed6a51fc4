"""Dates in wire copy and ACLED notes: a dateline's day is the filing day, a quoted statement's date is the event's,
a past event's date never dates the news, "an overnight raid", a bracketed date after a weekday ("On Friday
[4 September]"). Reports are our own; real spaCy and extraction.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_article
from sitrep.extract.dates import find_dates
from sitrep.models import Article
from sitrep.nlp import load_pipeline


def main_date(text: str, language: str, published: dt.date | None) -> dt.date | None:
    article = Article(id="w1", text=text, language=language, published=published)
    events = extract_article(article, load_pipeline(language)(text)).events
    assert events, text
    return events[0].date.value


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # the dateline's day is when the story was filed; the raid was on Monday
        ("GAROUA, Nov 20 - Gunmen attacked a police post near Garoua on Monday, killing two officers.", "en",
         dt.date(2025, 11, 20), dt.date(2025, 11, 17)),
        ("KANO, Nigeria (Reuters), May 9 - Bandits abducted 14 travellers on a highway in Katsina state on "
         "Tuesday, police said.", "en", dt.date(2024, 5, 9), dt.date(2024, 5, 7)),
        ("NIAMEY, 21 mars (AFP) - Des hommes armés ont tué mercredi quatre civils près de Téra.", "fr",
         dt.date(2024, 3, 21), dt.date(2024, 3, 20)),
        # an undated wire item keeps no date rather than the dateline's
        ("MOPTI, 3 juin - Des hommes armés ont attaqué un poste de gendarmerie près de Sévaré.", "fr",
         dt.date(2024, 6, 3), None),
    ],
)
def test_dateline_day_is_not_the_event_day(
    text: str, language: str, published: dt.date, expected: dt.date | None
) -> None:
    assert main_date(text, language, published) == expected


def test_date_inside_a_quoted_statement_dates_the_event() -> None:
    text = (
        "Des rebelles ont attaqué mardi la localité de Tessalit, a affirmé jeudi le gouvernement.\n"
        "\"Le mardi 14 février 2012, la localité de Tessalit a été une fois encore attaquée par des rebelles\", "
        "déclare le ministère dans un communiqué."
    )
    assert main_date(text, "fr", None) == dt.date(2012, 2, 14)
    # "une fois encore": attacked again (after an earlier attack), and the weekday of the first sentence fits
    # the quoted day: one event, not the first sentence's attack plus another
    article = Article(id="w2", text=text, language="fr", published=None)
    assert len(extract_article(article, load_pipeline("fr")(text)).events) == 1


def test_a_statement_date_outside_the_quote_still_dates_the_statement() -> None:
    text = 'Rebels attacked Tessalit, the ministry said on Thursday. "Our troops hold the town," it added.'
    assert main_date(text, "en", dt.date(2012, 2, 17)) is None


def test_past_event_date_in_the_lead_does_not_date_the_news() -> None:
    text = (
        "Rebels killed at least 20 villagers in an overnight raid on Kamango, officials said on Thursday. The same "
        "village was attacked in March, when 40 people died."
    )
    assert main_date(text, "en", dt.date(2024, 6, 6)) == dt.date(2024, 6, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants carried out an overnight raid on the camp.", dt.date(2024, 6, 5)),
        ("Residents described a 20-hour overnight siege of the hotel.", None),
    ],
)
def test_overnight_before_an_event_noun(text: str, expected: dt.date | None) -> None:
    values = [d.value for d in find_dates(text, dt.date(2024, 6, 6), "en")]
    assert values == ([expected] if expected else [])


def test_bracketed_date_after_a_weekday_is_one_date() -> None:
    text = "On Friday [4 September], protesters burnt tyres in Imphal against the bill passed in 2015."
    found = find_dates(text, None, "en")[0]  # then "in 2015", which gives the year
    assert found.text == "On Friday [4 September]" and found.value == dt.date(2015, 9, 4)
