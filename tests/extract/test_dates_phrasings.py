"""How French and English news date an event, resolved against the publication date (issues #4, #7).

A table of phrasings (written for these tests) read by `find_dates` alone, then through `extract_article`: the
event's date and its ACLED time precision (1 day, 2 week, 3 month); a report with nothing to date it by gives
no date, never the publication day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.dates import find_dates

WED_13_MAR = dt.date(2024, 3, 13)  # a Wednesday
D = dt.date


@pytest.mark.parametrize(
    ("language", "text", "value", "precision"),
    [
        ("fr", "Dans la nuit de samedi à dimanche, des hommes armés ont attaqué le village.", D(2024, 3, 9), 1),
        ("fr", "Le week-end dernier, des hommes armés ont attaqué le village.", D(2024, 3, 9), 2),
        ("fr", "En fin de semaine dernière, des hommes armés ont attaqué le village.", D(2024, 3, 9), 2),
        ("fr", "Au début de la semaine dernière, des hommes armés ont attaqué le village.", D(2024, 3, 6), 2),
        ("fr", "Il y a une semaine, des hommes armés ont attaqué le village.", D(2024, 3, 6), 2),
        ("fr", "Mardi dernier, des hommes armés ont attaqué le village.", D(2024, 3, 12), 1),
        ("fr", "Ce lundi, des hommes armés ont attaqué le village.", D(2024, 3, 11), 1),
        ("fr", "En début de semaine, des hommes armés ont attaqué le village.", D(2024, 3, 11), 2),
        # a weekday named in a report published that same day is that day
        ("fr", "Ce mercredi, des hommes armés ont attaqué le village.", D(2024, 3, 13), 1),
        ("fr", "Il y a trois jours, des hommes armés ont attaqué le village.", D(2024, 3, 10), 1),
        ("fr", "À la veille du 10 mars, des hommes armés ont attaqué le village.", D(2024, 3, 9), 1),
        ("fr", "Samedi soir, des hommes armés ont attaqué le village.", D(2024, 3, 9), 1),
        ("en", "Gunmen attacked the village late on Friday.", D(2024, 3, 8), 1),
        ("en", "Gunmen attacked the village overnight, killing four.", D(2024, 3, 12), 1),
        ("en", "Earlier this month, gunmen attacked the village.", D(2024, 3, 13), 3),
        ("en", "On the eve of the 9 March vote, gunmen attacked the village.", D(2024, 3, 8), 1),
        ("en", "On Wednesday, gunmen attacked the village.", D(2024, 3, 13), 1),
        ("en", "Gunmen attacked the village last weekend.", D(2024, 3, 9), 2),
        ("en", "Gunmen attacked the village two days earlier.", D(2024, 3, 11), 1),
        ("en", "Gunmen attacked the village in the early hours of Tuesday morning.", D(2024, 3, 12), 1),
    ],
)
def test_phrasing_resolves_against_publication(language: str, text: str, value: dt.date, precision: int) -> None:
    found = [d for d in find_dates(text, WED_13_MAR, language) if d.value is not None]
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "On 3 March 2019, gunmen attacked Kotu. The next day, troops moved in.", D(2019, 3, 4)),
        ("en", "On 3 March 2019, gunmen attacked Kotu. The previous day, troops had left.", D(2019, 3, 2)),
        ("en", "On 3 March 2019, gunmen attacked Kotu. Two days later, troops moved in.", D(2019, 3, 5)),
        ("fr", "Le 3 mars 2019, des hommes armés ont attaqué Kotu. Le lendemain, l'armée est arrivée.", D(2019, 3, 4)),
        ("fr", "Le 3 mars 2019, des hommes armés ont attaqué Kotu. La veille, des tirs avaient été entendus.",
         D(2019, 3, 2)),
    ],
)
def test_the_day_before_or_after_counts_from_the_day_told_before(language: str, text: str, value: dt.date) -> None:
    """ "The next day", "la veille" count from the last day the text named, even with no publication date."""
    last = find_dates(text, None, language)[-1]
    assert (last.value, last.precision) == (value, 1)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen attacked the village the previous day."),
        ("fr", "La veille, des hommes armés ont attaqué le village."),
        ("en", "On the eve of the election, gunmen attacked the village."),
    ],
)
def test_the_day_before_nothing_named_has_no_value(language: str, text: str) -> None:
    assert all(d.value is None for d in find_dates(text, WED_13_MAR, language))


@pytest.mark.parametrize(
    ("language", "text", "published", "value", "precision"),
    [
        ("fr", "Dans la nuit de samedi à dimanche, des hommes armés ont attaqué le village de Kotu, au Mali. "
               "Trois civils ont été tués.", WED_13_MAR, D(2024, 3, 9), 1),
        ("fr", "Des hommes armés ont attaqué le village de Kotu, au Mali, le week-end dernier. "
               "Trois civils ont été tués.", WED_13_MAR, D(2024, 3, 9), 2),
        ("en", "Gunmen attacked the village of Kotu in Mali on Wednesday, killing three civilians.", WED_13_MAR,
         D(2024, 3, 13), 1),
        ("en", "Gunmen attacked the village of Kotu in Mali late on Friday, killing three civilians.", WED_13_MAR,
         D(2024, 3, 8), 1),
        ("en", "Gunmen attacked the village of Kotu in Mali on 3 March 2019, killing three civilians. Troops "
               "arrived in the village the next day.", None, D(2019, 3, 3), 1),
    ],
)
def test_event_date_and_precision(
    language: str, text: str, published: dt.date | None, value: dt.date, precision: int
) -> None:
    event = extract(text, language, published).events[0]
    assert (event.date.value, event.date.precision) == (value, precision)
    assert event.date.evidence is not None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen attacked the village of Kotu in Mali on Wednesday, killing three civilians."),
        ("fr", "Des hommes armés ont attaqué le village de Kotu, au Mali, hier soir. Trois civils ont été tués."),
    ],
)
def test_report_with_no_usable_date_gives_none(language: str, text: str) -> None:
    """No publication date: a weekday or "hier" cannot be fixed, and the event is never given today's date."""
    event = extract(text, language, None).events[0]
    assert event.date.value is None and event.date.precision is None
