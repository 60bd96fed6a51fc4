"""Helpers for tests that read one synthetic report's events with the real extraction stack."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitrep import extract_text
from sitrep.extract import extract_article
from sitrep.ingest import read_paths
from sitrep.models import Article, ArticleExtraction, Event, EventMention
from sitrep.nlp import load_pipeline
from sitrep.pipeline import extract_articles
from sitrep.resolve import build_event


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


def file_events(tmp_path: Path, text: str) -> list[Event]:
    """The events of one report file as ingestion reads it (title, dateline, outlet split off), each built alone."""
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    (article,) = read_paths([report])
    assert isinstance(article, Article)
    (extraction,) = extract_articles([article])
    return [build_event([mention], {article.id: article}) for mention in extraction.events]


def fatalities(text: str, language: str = "en") -> int | None:
    """The largest toll of the events `sitrep.extract_text` reads from one synthetic report."""
    events = extract_text(text, published="2024-03-15", language=language)
    assert events, f"no event read from {text!r}"
    return max(events, key=lambda e: e.fatalities or 0).fatalities
