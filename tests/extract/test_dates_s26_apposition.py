"""Session 26: words counted from a day ("a day before the bombing", "la veille", "two days later") that stand in
apposition to a day just named, with only a comma between them ("On Thursday, a day before the bombing, soldiers
killed two"), restate that day: they are not counted from it (blind s26 s09). Counted words after a sentence or a
clause of their own still count from the last day named. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.dates import find_dates

SATURDAY = dt.date(2025, 6, 28)
THURSDAY = dt.date(2025, 6, 26)
FRIDAY = dt.date(2025, 6, 27)


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("On Thursday, a day before the bombing, soldiers killed two militants near Lakeside.", "en",
         "a day before"),
        ("On Thursday, the day before, soldiers killed two militants near Lakeside.", "en", "the day before"),
        ("On 26 June, the day before the ambush, gunmen killed a chief in Hilltop.", "en", "the day before"),
        ("Jeudi, la veille de l'explosion, des soldats ont tué deux assaillants près de Lakeside.", "fr", "la veille"),
        ("Le 26 juin, un jour plus tôt, des hommes armés ont tué un chef de village à Hilltop.", "fr",
         "un jour plus tôt"),
    ],
)
def test_counted_words_in_apposition_restate_the_day(text: str, language: str, words: str) -> None:
    [mention] = [d for d in find_dates(text, SATURDAY, language) if d.text == words]
    assert mention.value == THURSDAY


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen attacked Hilltop on Friday. The day before, soldiers had killed two militants near Lakeside.", "en"),
        ("Gunmen attacked Hilltop on Friday and a day before, soldiers killed two militants near Lakeside.", "en"),
        ("Des hommes armés ont attaqué Hilltop vendredi. La veille, des soldats avaient tué deux assaillants.", "fr"),
    ],
)
def test_counted_words_after_their_own_clause_count_from_the_day(text: str, language: str) -> None:
    [mention] = [d for d in find_dates(text, SATURDAY, language) if d.rule == "date:previous-day"]
    assert mention.value == THURSDAY


def test_the_shootout_the_day_before_a_bombing_keeps_its_weekday() -> None:
    text = ("Three police officers were killed on Friday when a bomb hit their vehicle near Lafey. On Thursday, a day "
            "before the bombing, soldiers killed two militants in a shootout near Elwak.")
    assert sorted(e.date.value for e in extract(text, "en", SATURDAY).events) == [THURSDAY, FRIDAY]
