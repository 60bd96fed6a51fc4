"""Background rules and protests about past events: a protest about an anniversary, a trial or a killing is a
new protest, and an event held to mark an anniversary is news. Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.extract import extract_article
from sitrep.extract.background import background_marker, retrospective
from sitrep.models import Article
from sitrep.nlp import load_pipeline


def marker(text: str, trigger: str, language: str = "en") -> str | None:
    return background_marker(text, (0, len(text)), text.index(trigger), language)


def main_type(text: str, language: str = "en") -> tuple[str, str] | None:
    extraction = extract_article(Article(id="t", text=text, language=language), load_pipeline(language)(text))
    if not extraction.events:
        return None
    main = max(extraction.events, key=lambda m: m.salience)
    return main.event_type, main.sub_event_type


@pytest.mark.parametrize(
    ("text", "trigger", "language"),
    [
        ("Lawyers protested to demand a retrial of a man who was sentenced to death as a minor.", "protested", "en"),
        ("Hundreds of residents staged a demonstration to mark the tenth anniversary of the massacre.",
         "demonstration", "en"),
        ("Students protested against the killing of a classmate a week earlier by the police.", "protested", "en"),
        ("Des habitants ont manifesté pour marquer le dixième anniversaire du massacre.", "manifesté", "fr"),
    ],
)
def test_protest_about_the_past_is_news(text: str, trigger: str, language: str) -> None:
    assert marker(text, trigger, language) is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # Violence by people once tried, and the killings an anniversary is of, stay past events.
        ("Gunmen who were sentenced in absentia attacked the village.", "attacked"),
        ("On the 20th anniversary of the killings, a shutdown was observed in the town.", "killings"),
        ("Earlier this month, protesters blocked the highway for a day.", "protesters"),
    ],
)
def test_past_events_stay_background(text: str, trigger: str) -> None:
    assert marker(text, trigger) is not None


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("On the 20th anniversary of the killings, a partial shutdown was observed in the valley.", "en"),
        ("One soldier was killed by a roadside bomb. Police believe insurgents planted it to mark the anniversary "
         "of the mosque raid.", "en"),
        ("Members protested after finding torn posters for the leader's birth anniversary.", "en"),
        ("Des jeunes ont bloqué la route à l'occasion du cinquième anniversaire du coup d'État.", "fr"),
    ],
)
def test_occasion_is_no_look_back(opening: str, language: str) -> None:
    assert retrospective(opening, language) is None


def test_look_back_still_read() -> None:
    assert retrospective("Ten years after the massacre, the village remembers its dead.", "en")
    assert retrospective("Survivors gathered at the memorial for the victims of the siege.", "en")


def test_anniversary_protest_is_coded() -> None:
    text = "More than 1,000 people staged a demonstration in the city to mark the anniversary of the demolition."
    assert main_type(text) == ("Protests", "Peaceful protest")
