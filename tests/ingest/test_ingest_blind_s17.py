"""Shapes found while writing the session-17 blind table (synthetic): a page's schema.org NewsArticle saved as a JSON
record, as JSON-LD extractors write it (articleBody, datePublished, inLanguage, identifier, a publisher object and
one author object or a list of them); a news API's response saved whole (NewsAPI's envelope and its cut mark);
an aggregator's feed item naming its outlet in <source>; a feed channel titled 'Meridian Newswire - Africa'."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.ingest import read_file
from sitrep.ingest.feed import channel_outlet
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


TOLD = "Gunmen killed three villagers near Tillabéri on Sunday, officials said on Monday"


def test_a_saved_newsapi_response_is_its_articles_without_the_cut_mark(tmp_path: Path) -> None:
    # NewsAPI's envelope; "content" cut short with the count of characters left
    path = tmp_path / "newsapi.json"
    path.write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Niger Daily"}, "title": "Three killed", "url": "https://example.org/a",
         "publishedAt": "2024-05-06T10:00:00Z", "content": TOLD + ". The attackers fled on… [+1523 chars]"},
        {"source": {"name": "Sahel Post"}, "title": "Two killed", "url": "https://example.org/b",
         "publishedAt": "2024-05-07T10:00:00Z", "content": TOLD.replace("three", "two") + "."}]}), encoding="utf-8")
    articles = list(read_file(path))
    assert all(isinstance(a, Article) for a in articles), articles
    assert [(a.id, a.outlet, a.published, a.text) for a in articles if isinstance(a, Article)] == [
        ("example-org-a", "Niger Daily", dt.date(2024, 5, 6), TOLD + ". The attackers fled on"),
        ("example-org-b", "Sahel Post", dt.date(2024, 5, 7), TOLD.replace("three", "two") + ".")]


def test_records_one_level_deeper_in_a_saved_response(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(json.dumps({"response": {"status": "ok", "total": 1, "results": [
        {"id": "r1", "body": TOLD + "."}]}}), encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, Article) and (article.id, article.text) == ("r1", TOLD + ".")


def test_a_json_document_whose_lists_hold_no_report_is_still_rejected(tmp_path: Path) -> None:
    # guard: a list of other objects (a GDELT-style list of links without text) is no envelope of reports
    path = tmp_path / "links.json"
    path.write_text(json.dumps({"articles": [{"url": "https://example.org/a", "seendate": "20240506"}]}),
                    encoding="utf-8")
    [rejection] = read_file(path)
    assert isinstance(rejection, Rejection) and rejection.reason.startswith('record 1 (links-1): "text" is missing')


def _aggregator_item(title: str, source: str | None) -> str:
    element = f'<source url="https://nigerdaily.example">{source}</source>' if source else ""
    return (f'<item><title>{title}</title><link>https://news.example/rss/articles/{len(title)}</link>'
            f'<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>&lt;a href="https://news.example/x"&gt;'
            f'{title.split(" - ")[0]}&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;{source or ""}'
            f'&lt;/font&gt;</description>{element}</item>')


def test_an_aggregators_item_names_its_outlet_in_source(tmp_path: Path) -> None:
    path = tmp_path / "agg.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>"Tillaberi" - News Search</title>'
                    + _aggregator_item("Gunmen kill three villagers near Tillaberi - Niger Daily", "Niger Daily")
                    + _aggregator_item("Army repels attack in Tillaberi", "Niger Daily")
                    + "</channel></rss>", encoding="utf-8")
    [first, second] = read_file(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert [(a.outlet, a.title, a.text) for a in (first, second)] == [
        ("Niger Daily", "Gunmen kill three villagers near Tillaberi", "Gunmen kill three villagers near Tillaberi"),
        ("Niger Daily", "Army repels attack in Tillaberi", "Army repels attack in Tillaberi")]


def test_an_item_without_source_keeps_the_channels_outlet(tmp_path: Path) -> None:
    # guard: no <source>, the channel's title (its section cut off) is the outlet and the headline stays whole
    path = tmp_path / "wire.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Meridian Wire - Africa</title>'
                    + _aggregator_item("Gunmen kill three villagers near Tillaberi - Niger Daily", None)
                    + "</channel></rss>", encoding="utf-8")
    [item] = read_file(path)
    assert isinstance(item, Article)
    assert (item.outlet, item.title) == ("Meridian Wire", "Gunmen kill three villagers near Tillaberi - Niger Daily")


@pytest.mark.parametrize(("title", "outlet"), [("Meridian Newswire - Africa", "Meridian Newswire"),
                                               ("Kaduna Weekly | Politics", "Kaduna Weekly")])
def test_a_newswire_or_a_weekly_is_an_outlet_before_its_section(title: str, outlet: str) -> None:
    assert channel_outlet(title) == outlet


@pytest.mark.parametrize(("signature", "outlet"), [("— Le Messager du Nord", "Le Messager du Nord"),
                                                   ("-- Lake Chad Messenger", "Lake Chad Messenger")])
def test_a_messenger_signing_off_a_pasted_story_is_its_outlet(tmp_path: Path, signature: str, outlet: str) -> None:
    path = tmp_path / "signed.txt"
    path.write_text(f"Six enlevés à Mokolo\n\n{TOLD}.\n\n{signature}\n", encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, Article) and article.outlet == outlet


def test_a_sign_off_naming_a_town_is_no_outlet(tmp_path: Path) -> None:
    # guard: a last line of a dash and a place is no credit
    path = tmp_path / "town.txt"
    path.write_text(f"Six enlevés à Mokolo\n\n{TOLD}.\n\n— Mokolo\n", encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, Article) and article.outlet is None


def test_a_json_ld_graph_is_its_news_article_not_its_other_nodes(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    path.write_text(json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://example.org/p", "name": "Three killed"},
        {"@type": "Organization", "name": "Niger Daily"},
        {**NEWS_ARTICLE, "url": "https://example.org/p"}]}), encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, Article) and (article.id, article.text) == ("kayin-1", BODY)


def test_an_untyped_record_without_text_in_a_response_is_still_rejected(tmp_path: Path) -> None:
    # guard: only typed JSON-LD nodes are passed over; a NewsAPI article with no text is named as rejected
    path = tmp_path / "newsapi.json"
    path.write_text(json.dumps({"status": "ok", "articles": [{"title": "Empty", "url": "https://example.org/e"},
                                                             {"content": TOLD + "."}]}), encoding="utf-8")
    [rejection, article] = read_file(path)
    assert isinstance(rejection, Rejection) and isinstance(article, Article)
