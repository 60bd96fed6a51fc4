"""Helpers for tests that read one synthetic report's main event with the real extraction stack."""

from __future__ import annotations

from sitrep.extract import extract_article
from sitrep.models import Article, EventMention
from sitrep.nlp import load_pipeline


def main_event(text: str, language: str = "en", country: str | None = None) -> EventMention:
    article = Article(id="r1", text=text, language=language, country=country)
    extraction = extract_article(article, load_pipeline(language)(text))
    assert extraction.events, "the report should give an event"
    return max(extraction.events, key=lambda m: m.salience)


def names(event: EventMention) -> tuple[str | None, str | None]:
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)
