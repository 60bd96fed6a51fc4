"""The harness of the blind tables (test_events_blind8.py, test_events_blind9.py, test_events_s10_blind.py): short
reports written before any was run, each with the events a careful ACLED coder would code from it, checked
against the real extraction stack (spaCy, the embedded gazetteer, the actor knowledge base, `build_event` for the
fatalities figure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from sitrep.extract import extract_article
from sitrep.models import Article, ArticleExtraction
from sitrep.nlp import load_pipeline
from sitrep.resolve import build_event

VAC, BATTLE, ERV, PROTEST, SD = (
    "Violence against civilians", "Battles", "Explosions/Remote violence", "Protests", "Strategic developments"
)


@dataclass(frozen=True)
class Coded:
    """One event as a coder would code it: the type, the sub-type (None: not checked here), the days accepted
    (an overnight raid told the next morning may be filed under either day), the fatalities (None: unchecked)."""

    event_type: str
    sub_event_type: str | None
    days: tuple[dt.date, ...]
    fatalities: int | None = None


@dataclass(frozen=True)
class Blind:
    name: str
    language: str
    published: dt.date
    text: str
    events: tuple[Coded, ...]


def cases(reports: list[Blind], left_open: dict[str, str]) -> list:
    """One test case per report; a miss left open (with who owns it) is a strict xfail: when a fix elsewhere
    reads it right, the table says so and the mark goes."""
    return [
        pytest.param(r, id=r.name, marks=[pytest.mark.xfail(reason=left_open[r.name], strict=True)])
        if r.name in left_open
        else pytest.param(r, id=r.name)
        for r in reports
    ]


def extract_all(reports: list[Blind]) -> dict[str, tuple[Article, ArticleExtraction]]:
    out = {}
    for report in reports:
        article = Article(id=report.name, text=report.text, language=report.language, published=report.published)
        out[report.name] = (article, extract_article(article, load_pipeline(report.language)(report.text)))
    return out


def assert_coded(report: Blind, article: Article, extraction: ArticleExtraction) -> None:
    """The report's events, in salience order, are the coded ones: type, day, and sub-type and fatalities where
    the table gives them."""
    got = [(e.event_type, e.sub_event_type, e.date.value) for e in extraction.events]
    assert len(extraction.events) == len(report.events), got
    for mention, coded in zip(extraction.events, report.events, strict=True):
        assert mention.event_type == coded.event_type, got
        assert mention.date.value in coded.days, got
        if coded.sub_event_type is not None:
            assert mention.sub_event_type == coded.sub_event_type, got
        if coded.fatalities is not None:
            assert (build_event([mention], {article.id: article}).fatalities or 0) == coded.fatalities
