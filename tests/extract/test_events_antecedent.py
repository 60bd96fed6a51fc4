"""Which event a sentence reports when it also names another: the event that led to it ("following an IED attack
the day before, forces raided the village"), a past event in a relative clause after a background marker ("marched
to protest the rise of violence in X, which saw clashes"), habitual adverbs, an announced march's purpose.

Sentences are our own, shaped like ACLED notes and wire copy; real spaCy, geocoder and extraction throughout.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_article
from sitrep.extract.background import background_marker
from sitrep.models import Article, ArticleExtraction
from sitrep.nlp import load_pipeline


def extract(text: str, language: str = "en", published: dt.date | None = None) -> ArticleExtraction:
    article = Article(id="n1", text=text, language=language, published=published, country="KE")
    return extract_article(article, load_pipeline(language)(text))


def main_event(text: str, language: str = "en") -> tuple[str, str]:
    events = extract(text, language).events
    assert events, text
    return events[0].event_type, events[0].sub_event_type


def test_event_after_following_is_the_news_and_keeps_its_own_date() -> None:
    found = extract(
        "3 March 2021: Following a roadside bomb attack the day before, soldiers raided the village of Korondo "
        "and beat residents with sticks."
    )
    raid, bomb = found.events
    assert raid.event_type == "Violence against civilians"
    assert raid.date.value == dt.date(2021, 3, 3)  # not "the day before", which dates the bomb
    assert bomb.event_type == "Explosions/Remote violence" and bomb.date.value == dt.date(2021, 3, 2)
    assert raid.salience > bomb.salience


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teachers demonstrated in Kisumu after a series of grenade explosions in the town.", "Protests"),
        ("Angry youths rioted in Garissa in the wake of an ambush on a bus.", "Riots"),
        ("Après l'explosion d'une mine, des habitants ont manifesté à Gao contre l'insécurité.", "Protests"),
    ],
)
def test_protest_after_armed_violence_is_the_event(text: str, expected: str) -> None:
    language = "fr" if "habitants" in text else "en"
    assert main_event(text, language)[0] == expected


def test_after_a_gerund_tells_one_event_in_sequence() -> None:
    # "after killing": the same attackers, the same event; the sentence does not name an earlier one
    assert main_event("Gunmen abducted two engineers in Wajir after shooting their driver.")[0] == (
        "Violence against civilians"
    )


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2019, unknown men repeatedly stabbed a trader in Kisumu and killed him.",
        "On 2 May 2019, police shot dead a man in Kisumu who had previously escaped from custody.",
    ],
)
def test_adverbs_that_tell_how_the_event_went_are_no_background(text: str) -> None:
    events = extract(text).events
    assert events and events[0].date.value == dt.date(2019, 5, 2)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The village has repeatedly been attacked by bandits.", "attacked"),
        ("The market is regularly hit by raids.", "raids"),
        ("Previously, gunmen had killed four herders there.", "killed"),
    ],
)
def test_habitual_adverbs_still_mark_background(sentence: str, trigger: str) -> None:
    assert background_marker(sentence, (0, len(sentence)), sentence.index(trigger), "en") is not None


def test_news_before_a_background_marker_in_one_clause() -> None:
    text = (
        "Members of a traders' union marched in Nakuru to protest the rise of violence in the county, which saw "
        "clashes last month."
    )
    assert main_event(text) == ("Protests", "Peaceful protest")  # the clashes neither replace nor roughen it


def test_announced_march_and_its_purpose_are_no_event() -> None:
    found = extract(
        "Opposition parties said they will hold a march in Nairobi on Friday to demand the release of detained "
        "activists. On Wednesday, police arrested two opposition leaders in Nairobi.",
        published=dt.date(2024, 1, 8),
    )
    assert [e.event_type for e in found.events] == ["Strategic developments"]
    assert found.events[0].date.value == dt.date(2024, 1, 3)


def test_dated_and_placed_protest_beside_armed_violence_is_kept() -> None:
    found = extract(
        "Bandits killed nine herders near Baragoi on Monday, police said. Residents of Maralal took to the streets "
        "on Tuesday to protest against insecurity.",
        published=dt.date(2024, 6, 5),
    )
    assert [(e.event_type, e.date.value) for e in found.events] == [
        ("Violence against civilians", dt.date(2024, 6, 3)),
        ("Protests", dt.date(2024, 6, 4)),
    ]
