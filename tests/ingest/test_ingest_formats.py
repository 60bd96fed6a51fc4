"""HTML, RSS/Atom, JSON Lines, JSON and WARC readers, on synthetic files."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.ingest import read_file, read_paths
from sitrep.ingest.feed import html_to_lines
from sitrep.models import Article, Rejection

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_html_page_text_and_metadata() -> None:
    [article] = list(read_file(FIXTURES / "page.html"))
    assert isinstance(article, Article)
    assert article.id == "page" and article.source_format == "html"
    assert article.title == "Convoy ambushed near Tessoumba"
    assert article.outlet == "Desert Courier"
    assert article.author == "Idrissa Kone"
    assert article.url == "https://desertcourier.example/2020/03/convoy-ambushed"
    assert (article.published, article.published_precision) == (dt.date(2020, 3, 9), 1)
    assert article.dateline == "TESSOUMBA"
    assert article.language == "en"
    assert article.text.startswith("TESSOUMBA — An army supply convoy was ambushed")
    assert "\n\nThe attackers used an explosive device" in article.text
    for furniture in ("Share this", "cookies", "Home"):
        assert furniture not in article.text


def test_legacy_charset_french_page_with_comments() -> None:
    [article] = list(read_file(FIXTURES / "page_fr_cp1252.html"))
    assert isinstance(article, Article)
    assert article.title == "Attaque contre un poste à Wabaré"
    assert (article.outlet, article.language) == ("Le Veilleur", "fr")
    assert article.published == dt.date(2019, 11, 4)  # the page's own date wins over the dateline's
    assert article.dateline == "Wabaré"
    assert article.text.startswith("Wabaré, le 3 novembre 2019 – Un poste de gendarmerie")
    for furniture in ("Lire aussi", "Partager", "commentaires", "Très triste", "Accueil"):
        assert furniture not in article.text


def test_truncated_html_is_rejected_with_a_reason() -> None:
    [rejection] = list(read_file(FIXTURES / "page_truncated.html"))
    assert isinstance(rejection, Rejection)
    assert rejection.path.endswith("page_truncated.html")
    assert "no article text found in the HTML" in rejection.reason


def test_rss_feed_gives_one_article_per_entry() -> None:
    items = list(read_file(FIXTURES / "feed.rss"))
    assert all(isinstance(a, Article) for a in items)
    first, second = items
    assert first.id == "sahelwire-example-news-kalara-bridge"
    assert second.id == "feed-2"  # no guid or link: file stem and position
    assert first.title == "Bridge at Kalara damaged by blast"
    assert first.outlet == second.outlet == "Sahel Wire"
    assert first.url == "https://sahelwire.example/news/kalara-bridge"
    assert first.published == dt.date(2021, 5, 11) and second.published == dt.date(2021, 5, 12)
    # HTML in the description is stripped, its paragraphs kept.
    assert first.text == ("An explosion damaged the bridge at Kalara on Monday night, cutting the main road south, "
                          "police said.\n\nNobody was hurt, according to the police.")
    assert first.source_format == "feed"


def test_feed_html_to_lines_drops_scripts_and_keeps_paragraphs() -> None:
    fragment = "<p>First &amp; only.</p><script>var x = 1;</script><div>Second<br/>third</div>"
    assert [line for line in html_to_lines(fragment) if line] == ["First & only.", "Second", "third"]


def test_headline_only_feed_item_uses_its_headline_as_text(tmp_path: Path) -> None:
    path = tmp_path / "flash.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Flash</title>'
                    "<item><title>Five killed in attack on Kalara market</title></item>"
                    "<item><description></description></item></channel></rss>")
    article, rejection = list(read_file(path))
    assert isinstance(article, Article) and article.text == "Five killed in attack on Kalara market"
    assert rejection == Rejection(path=str(path), reason="entry 2 (flash-2) has no text and no title")


def test_atom_feed() -> None:
    [entry] = list(read_file(FIXTURES / "feed_atom.xml"))
    assert isinstance(entry, Article)
    assert entry.id == "tag-desertcourier-example-2020-curfew-tessoumba"
    assert entry.outlet == "Desert Courier"
    assert entry.url == "https://desertcourier.example/2020/03/curfew"
    assert entry.published == dt.date(2020, 3, 10)


def test_feed_file_that_is_not_xml_is_rejected() -> None:
    [rejection] = list(read_file(FIXTURES / "not_a_feed.rss"))
    assert rejection == Rejection(path=str(FIXTURES / "not_a_feed.rss"),
                                  reason="not an RSS/Atom feed: the file is not XML")


def test_jsonl_good_lines_read_bad_lines_rejected_with_line_numbers() -> None:
    items = list(read_file(FIXTURES / "reports.jsonl"))
    articles = [a for a in items if isinstance(a, Article)]
    rejections = [r for r in items if isinstance(r, Rejection)]
    assert [a.id for a in articles] == ["r1", "r2", "r5"]
    r1, r2, r5 = articles
    assert (r1.title, r1.outlet, r1.url, r1.published) == (
        "Checkpoint attacked near Kalara", "Sahel Wire", "https://example.org/r1", dt.date(2021, 6, 1))
    assert r1.language == "en"  # detected
    assert (r2.language, r2.published, r2.published_precision) == ("fr", dt.date(2021, 6, 1), 3)
    assert r5.language == "it"  # given
    assert [r.reason.split(":")[0] for r in rejections] == ["line 3", "line 4 (r4)"]
    assert rejections[0].reason == "line 3: not valid JSON (Expecting ',' delimiter, column 43)"
    assert '"text" is missing or empty' in rejections[1].reason
    assert all(r.path.endswith("reports.jsonl") for r in rejections)


def test_jsonl_language_given_wins_over_detection(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    text = "Gunmen attacked a checkpoint near Kalara on Monday, officials said."
    record = {"id": "x1", "text": text, "language": "FR"}
    path.write_text(json.dumps(record) + "\n")
    [article] = list(read_file(path))
    assert article.language == "fr"


def test_jsonl_bad_published_value_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "Some report text here.", "published": "last Tuesday"}) + "\n")
    [rejection] = list(read_file(path))
    assert isinstance(rejection, Rejection) and '"published" is not a date' in rejection.reason


def test_json_list_of_records(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "j1", "text": "Two soldiers were wounded near Kalara, the army said."},
                                {"id": 7, "text": "Police arrested five people in Doumbala after clashes."}]))
    assert [a.id for a in read_file(path)] == ["j1", "7"]


def test_jsonl_content_under_another_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "batch.txt"
    path.write_text(json.dumps({"id": "s1", "text": "Three traders were abducted near Kalara, relatives said."}) + "\n")
    [article] = list(read_file(path))
    assert (article.id, article.source_format) == ("s1", "jsonl")


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buffer.getvalue()


def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    page = (FIXTURES / "page.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([
        ("https://desertcourier.example/2020/03/convoy-ambushed", "text/html; charset=utf-8", page),
        ("https://desertcourier.example/logo.png", "image/png", b"\x89PNG\r\n"),
    ]))
    [article] = list(read_file(path))
    assert isinstance(article, Article)
    assert article.id == "desertcourier-example-2020-03-convoy-ambushed"
    assert article.source_format == "warc"
    assert article.title == "Convoy ambushed near Tessoumba"
    assert article.url == "https://desertcourier.example/2020/03/convoy-ambushed"
    assert article.text.startswith("TESSOUMBA — An army supply convoy")


def test_damaged_warc_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a real record header\r\n\r\n")
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert "WARC" in items[0].reason


def _two_pages() -> list[tuple[str, str, bytes]]:
    page = (FIXTURES / "page.html").read_bytes()
    return [("https://desertcourier.example/a", "text/html", page),
            ("https://desertcourier.example/b", "text/html", page.replace(b"Tessoumba", b"Kalara"))]


@pytest.mark.parametrize("cut", ["in a gzip member", "between gzip members", "uncompressed"])
def test_a_truncated_warc_keeps_its_whole_records_and_names_the_cut(tmp_path: Path, cut: str) -> None:
    """A download that stopped part-way: warcio ends quietly, sitrep says the file is cut and reads no half page."""
    pages = _two_pages()
    whole = _warc(pages)
    data = gzip.decompress(whole) if cut == "uncompressed" else whole
    end = len(_warc(pages[:1])) + 10 if cut == "between gzip members" else len(data) * 3 // 4
    path = tmp_path / ("cut.warc" if cut == "uncompressed" else "cut.warc.gz")
    path.write_bytes(data[:end])
    items = list(read_file(path))
    assert [type(i) for i in items] == [Article, Rejection]
    assert items[0].id == "desertcourier-example-a" and "Tessoumba" in items[0].text
    expected = (r"truncated or damaged at record 2 \(byte \d+\): the rest of the file could not be read as WARC "
                "records" if cut == "between gzip members" else
                r"desertcourier-example-b: record 2 is cut short \(\d+ bytes missing\): the file is truncated")
    assert re.fullmatch(expected, items[1].reason), items[1].reason
    whole_path = tmp_path / "whole.warc"
    whole_path.write_bytes(gzip.decompress(whole))  # uncompressed whole records end in blank lines: not a cut
    assert [i.id for i in read_file(whole_path) if isinstance(i, Article)] == ["desertcourier-example-a",
                                                                               "desertcourier-example-b"]
    assert all(isinstance(i, Article) for i in read_file(whole_path))


def test_gzipped_text_report(tmp_path: Path) -> None:
    path = tmp_path / "report.txt.gz"
    path.write_bytes(gzip.compress((FIXTURES / "date_body.txt").read_bytes()))
    [article] = list(read_file(path))
    assert isinstance(article, Article) and article.published == dt.date(2022, 2, 14)


def test_whole_fixture_folder_reads_every_format() -> None:
    items = list(read_paths([FIXTURES]))
    formats = {a.source_format for a in items if isinstance(a, Article)}
    assert formats == {"text", "html", "feed", "jsonl"}
    assert len([r for r in items if isinstance(r, Rejection)]) == 4


def test_a_byline_with_its_date_gives_only_the_name(tmp_path: Path) -> None:
    path = tmp_path / "bylined.html"
    path.write_text(
        "<html><head><title>Convoy hit near Kalara</title></head><body><article><h1>Convoy hit near Kalara</h1>"
        '<p class="byline">By Awa Traoré, June 2, 2024</p>'
        "<p>A roadside bomb struck an army convoy near Kalara on Saturday, killing three soldiers, a military "
        "source said.</p><p>No group claimed the attack, which came a week after another on the same road.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    [article] = list(read_file(path))
    assert isinstance(article, Article) and article.author == "Awa Traoré"


@pytest.mark.parametrize("compressed", [True, False])
def test_a_warc_cut_anywhere_in_its_last_record_names_that_record(tmp_path: Path, compressed: bool) -> None:
    """Cut in the WARC headers of record 3, warcio returned a headerless record (dropped silently) or failed."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compressed)
    starts = []
    for town in ("Kalara", "Doumbala", "Tessoumba"):
        starts.append(buffer.tell())
        body = f"<html><body><p>Two herders were killed near {town} on Monday, police said.</p></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(f"https://courier.example/{town.lower()}", "response",
                                                      payload=io.BytesIO(body.encode()), http_headers=headers))
    data = buffer.getvalue()
    whole_tail = 16 if compressed else 4  # the closing blank lines (and gzip trailer) hold no part of the page
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    for end in range(starts[2] + 1, len(data) - whole_tail, 3):
        path.write_bytes(data[:end])
        items = list(read_file(path))
        assert [type(i) for i in items] == [Article, Article, Rejection], end
        assert [i.id for i in items[:2]] == ["courier-example-kalara", "courier-example-doumbala"]
        reason = items[2].reason
        assert re.search(r"record 3 (is cut short|has incomplete headers)|at record 3 ", reason), (end, reason)
        assert items[2].path == str(path)
