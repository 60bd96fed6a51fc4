"""Shapes found while writing the session-17 blind table (synthetic): a page's schema.org NewsArticle saved as a JSON
record, as JSON-LD extractors write it (articleBody, datePublished, inLanguage, identifier, a publisher object and
one author object or a list of them)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.ingest import read_file
from sitrep.models import Article, Rejection

BODY = "A landmine killed two villagers on a motorbike near Kamamaung, in Kayin State, on Saturday, relatives said."
NEWS_ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "identifier": "kayin-1",
                "headline": "Mine kills two in Kayin", "datePublished": "2022-05-16T08:00:00+06:30",
                "inLanguage": "en-US", "publisher": {"@type": "Organization", "name": "Thanlwin Times"},
                "articleBody": BODY}


def _read(path: Path, record: dict) -> Article | Rejection:
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [report] = read_file(path)
    return report


@pytest.mark.parametrize(("author", "expected"), [
    ({"@type": "Person", "name": "Naw Say Paw"}, "Naw Say Paw"),
    ([{"@type": "Person", "name": "Naw Say Paw"}, {"@type": "Person", "name": "Saw Htoo"}], "Naw Say Paw, Saw Htoo"),
])
def test_a_schema_org_news_article_is_a_report(tmp_path: Path, author: object, expected: str) -> None:
    article = _read(tmp_path / "ld.jsonl", {**NEWS_ARTICLE, "author": author})
    assert isinstance(article, Article), article
    assert (article.id, article.title, article.published, article.language, article.outlet, article.author) == (
        "kayin-1", "Mine kills two in Kayin", dt.date(2022, 5, 16), "en", "Thanlwin Times", expected)
    assert article.text == BODY


def test_a_list_of_authors_of_another_shape_is_still_an_error(tmp_path: Path) -> None:
    # guard: only objects that carry a name are read as names
    rejection = _read(tmp_path / "x.jsonl", {"id": "x1", "text": BODY, "author": [{"@type": "Person"}]})
    assert rejection == Rejection(path=str(tmp_path / "x.jsonl"), reason='line 1 (x1): "author" must be a string')
