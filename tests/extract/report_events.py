"""Helpers for tests that read one synthetic report's events with the real extraction stack."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_article
from sitrep.models import Article, ArticleExtraction, EventMention
from sitrep.nlp import load_pipeline


def extract(text: str, language: str, published: dt.date | None) -> ArticleExtraction:
    article = Article(id="r1", text=text, language=language, published=published, published_precision=1)
    return extract_article(article, load_pipeline(language)(text))


def kinds(extraction: ArticleExtraction) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extraction.events]


def main_event(text: str, language: str = "en", country: str | None = None) -> EventMention:
    article = Article(id="r1", text=text, language=language, country=country)
    extraction = extract_article(article, load_pipeline(language)(text))
    assert extraction.events, f"no event read from {text!r}"
    return max(extraction.events, key=lambda m: m.salience)


def main_type(text: str, language: str = "en") -> tuple[str, str]:
    """The ACLED type and sub-type of the report's most salient event."""
    event = main_event(text, language)
    return event.event_type, event.sub_event_type


def names(event: EventMention) -> tuple[str | None, str | None]:
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)
