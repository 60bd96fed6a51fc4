"""Crawls and records as tools keep them, found by the session-14 blind table (synthetic): a crawl's "Page not
found" response, a record whose body is the page's HTML, a record from WordPress's REST API, an id under "guid"."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.ingest import read_file
from sitrep.models import Article, Rejection

PAGE = """<html><head><title>Four farmers killed near Mangu</title></head><body><article>
<h1>Four farmers killed near Mangu</h1><p>Gunmen killed four farmers near Mangu, in Plateau State, on Tuesday,
police said.</p></article></body></html>"""
NOT_FOUND = """<html><head><title>Page not found</title></head><body><h1>Page not found</h1>
<p>Sorry, the page you requested does not exist. Try our search or go back to the home page.</p></body></html>"""
BODY = ("<p>Gunmen killed four farmers near Mangu on Tuesday, police said.</p>\n"
        "<p>The attackers fled into the hills.</p>")


def _crawl(path: Path, pages: list[tuple[str, str, str]]) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, html in pages:
            headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
    return path


def test_an_error_page_in_a_crawl_is_rejected_naming_its_status(tmp_path: Path) -> None:
    crawl = _crawl(tmp_path / "crawl.warc.gz", [("https://example.org/mangu", "200 OK", PAGE),
                                                 ("https://example.org/gone", "404 Not Found", NOT_FOUND)])
    read = list(read_file(crawl))
    assert [a.id for a in read if isinstance(a, Article)] == ["example-org-mangu"]
    assert [r.reason for r in read if isinstance(r, Rejection)] == [
        "https://example.org/gone: HTTP status 404, an error or redirect page, not a report"]


def test_a_crawl_of_error_pages_only_says_so_once_per_page(tmp_path: Path) -> None:
    crawl = _crawl(tmp_path / "crawl.warc.gz", [("https://example.org/down", "503 Service Unavailable", NOT_FOUND)])
    [rejection] = read_file(crawl)
    assert isinstance(rejection, Rejection) and "HTTP status 503" in rejection.reason


def test_a_records_html_body_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"id": "m1", "published": "2026-05-20", "title": "Four killed near <b>Mangu</b>",
                                "content": BODY}) + "\n")
    [article] = read_file(path)
    assert isinstance(article, Article)
    assert article.title == "Four killed near Mangu"
    assert article.text.split("\n\n") == ["Gunmen killed four farmers near Mangu on Tuesday, police said.",
                                          "The attackers fled into the hills."]


def test_a_wordpress_api_record_is_read(tmp_path: Path) -> None:
    path = tmp_path / "posts.json"
    path.write_text(json.dumps([{"id": 4711, "date": "2026-05-20T10:00:00", "link": "https://example.org/?p=4711",
                                 "title": {"rendered": "Four farmers killed near Mangu"},
                                 "content": {"rendered": BODY, "protected": False}}]))
    [article] = read_file(path)
    assert isinstance(article, Article)
    assert (article.id, str(article.published), article.title) == ("4711", "2026-05-20",
                                                                   "Four farmers killed near Mangu")
    assert article.text.startswith("Gunmen killed four farmers") and "<p>" not in article.text


def test_a_guid_names_a_record(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"guid": "jos-star-1", "text": "Gunmen killed four farmers near Mangu."}) + "\n")
    [article] = read_file(path)
    assert isinstance(article, Article) and article.id == "jos-star-1"
