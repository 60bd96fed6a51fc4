"""Pages, feed items and crawls as sites publish them, found by the session-13 blind table (synthetic): a
two-sentence brief, a photo caption, WordPress's feed footer, an Atom entry whose id is no web address, a page
captured twice by one crawl after its toll was updated."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.ingest import read_file
from sitrep.models import Article

BRIEF = """<html><head><title>Bandits kill five in Katsina - Kano Chronicle</title></head><body>
<nav>Home | News | Sport</nav><article><h1>Bandits kill five in Katsina</h1>
<p>Bandits killed five villagers in Danmusa, Katsina State, on Monday, police said.</p>
<figure><img src="x.jpg"><figcaption>File photo of soldiers in Gao in 2019</figcaption></figure>
<p>The attackers escaped with cattle.</p></article><footer>Copyright Kano Chronicle</footer></body></html>"""

ONE_PARAGRAPH = """<html><head><title>Two killed in Garissa</title></head><body><article><h1>Two killed in Garissa</h1>
<p>Two people were killed in Garissa on Wednesday when gunmen opened fire on a bus, police said.</p>
</article></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Kano Chronicle</title>
<link>https://example.org/kano</link>
<item><title>Bandits kill five in Katsina</title><link>https://example.org/kano/katsina-five</link>
<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Bandits killed five villagers in Danmusa, Katsina State, on Monday, police said.</p>
<figure><img src="x.jpg"><figcaption>File photo of soldiers in Gao in 2019</figcaption></figure>
<p>The attackers escaped with cattle.</p>
<p>The post <a href="x">Bandits kill five in Katsina</a> appeared first on <a href="y">Kano Chronicle</a>.</p>]]>
</content:encoded></item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sahel Notes</title><id>urn:x</id>
<updated>2026-03-04T00:00:00Z</updated><entry><title>Attaque à Djibo</title><id>urn:uuid:1234-abcd</id>
<updated>2026-03-04T08:00:00Z</updated><summary>Des hommes armés ont tué trois civils lundi à Djibo.</summary>
</entry></feed>"""


def _read(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [article] = list(read_file(path))
    assert isinstance(article, Article)
    return article


def test_a_two_sentence_brief_keeps_its_paragraphs_apart_and_drops_the_caption(tmp_path: Path) -> None:
    # trafilatura's bare extraction (below 250 characters) ran headline, caption and paragraphs into one line
    article = _read(tmp_path, "brief.html", BRIEF)
    assert article.title == "Bandits kill five in Katsina"
    assert article.text == ("Bandits killed five villagers in Danmusa, Katsina State, on Monday, police said.\n\n"
                            "The attackers escaped with cattle.")


def test_a_one_paragraph_page_is_read_whole(tmp_path: Path) -> None:
    article = _read(tmp_path, "garissa.html", ONE_PARAGRAPH)
    assert "Two people were killed in Garissa on Wednesday when gunmen opened fire on a bus" in article.text


def test_a_feed_items_caption_and_wordpress_footer_are_no_story(tmp_path: Path) -> None:
    article = _read(tmp_path, "kano.rss", FEED)
    assert article.text == ("Bandits killed five villagers in Danmusa, Katsina State, on Monday, police said.\n\n"
                            "The attackers escaped with cattle.")


def test_an_atom_entry_id_that_is_no_web_address_is_no_url(tmp_path: Path) -> None:
    article = _read(tmp_path, "notes.atom", ATOM)
    assert (article.id, article.url) == ("urn-uuid-1234-abcd", None)


def _capture(writer: WARCWriter, url: str, page: str, when: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": when})
    writer.write_record(record)


def test_a_page_captured_again_after_its_toll_changed_is_another_report(tmp_path: Path) -> None:
    # Under one id, the pipeline stored the later text with the earlier text's extraction (49 dead, title 53).
    first, updated = BRIEF, BRIEF.replace("five", "seven")
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        _capture(writer, "https://example.org/kano/katsina", first, "2026-03-03T08:00:00Z")
        _capture(writer, "https://example.org/kano/katsina", first, "2026-03-03T09:00:00Z")  # unchanged
        _capture(writer, "https://example.org/kano/katsina", updated, "2026-03-03T18:30:00Z")
    articles = list(read_file(path))
    assert [(a.id, "seven" in a.text) for a in articles if isinstance(a, Article)] == [
        ("example-org-kano-katsina", False), ("example-org-kano-katsina", False),
        ("example-org-kano-katsina-2026-03-03t18-30-00z", True)]
