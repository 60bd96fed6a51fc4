"""The language a source declares (a feed's <language>, an item's dc:language or xml:lang, a page's <html lang>, a
record's "language") and short texts with none (a headline-only feed item). Our own synthetic reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.ingest import read_file
from sitrep.ingest.language import _short_text_detector, detect_language, language_code
from sitrep.models import Article

HEADLINE = "Twelve held over al-Shabaab recruitment in Mombasa"  # trigrams alone read it as Dutch (0.97)
LONG_FR = ("Des hommes armés ont attaqué un poste de police près de la ville dimanche soir, tuant deux agents et en "
           "blessant trois autres, selon une source sécuritaire. Les assaillants ont pris la fuite vers la frontière.")


def _feed(channel_language: str = "", item_language: str = "", title: str = HEADLINE) -> bytes:
    channel = f"<language>{channel_language}</language>" if channel_language else ""
    item = f"<dc:language>{item_language}</dc:language>" if item_language else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>Coast Wire</title>{channel}<item><title>{title}</title><guid>k1</guid>{item}"
            f"<pubDate>Tue, 09 Jul 2019 15:00:00 GMT</pubDate></item></channel></rss>").encode()


def _articles(path: Path, data: bytes | str) -> list[Article]:
    path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
    reports = list(read_file(path))
    assert all(isinstance(r, Article) for r in reports), reports
    return reports  # type: ignore[return-value]


def test_a_short_english_headline_with_no_declared_language_is_english() -> None:
    assert detect_language(HEADLINE) == "en"
    assert detect_language("Three soldiers killed as gunmen ambush convoy near Mandera") == "en"


@pytest.mark.parametrize(("text", "code"), [
    # guard: short texts in other languages keep theirs when weighed again by the fuller models
    ("Deux soldats tués dans une embuscade près de Ménaka", "fr"),
    ("Doce detenidos por reclutar jóvenes para Al Shabaab en Mombasa", "es"),
    ("Dodici arrestati per reclutamento di giovani ad Al Shabaab a Mombasa", "it"),
])
def test_short_texts_in_other_languages_keep_theirs(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_long_report_never_loads_the_short_text_models() -> None:
    _short_text_detector.cache_clear()
    assert detect_language(LONG_FR) == "fr"
    assert _short_text_detector.cache_info().currsize == 0


def test_a_headline_only_item_in_a_feed_declared_english_is_english(tmp_path: Path) -> None:
    [item] = _articles(tmp_path / "wire.rss", _feed(channel_language="en-us"))
    assert (item.text, item.language) == (HEADLINE, "en")


def test_an_items_own_language_wins_over_its_channels(tmp_path: Path) -> None:
    [item] = _articles(tmp_path / "wire.rss", _feed(channel_language="fr", item_language="en"))
    assert item.language == "en"


def test_an_atom_entrys_xml_lang_is_its_declared_language(tmp_path: Path) -> None:
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title>'
            f'<entry xml:lang="en-GB"><title>{HEADLINE}</title><id>k1</id><updated>2019-07-09T15:00:00Z</updated>'
            "</entry></feed>")
    [item] = _articles(tmp_path / "wire.atom", atom)
    assert item.language == "en"


def test_a_long_report_under_a_wrong_declaration_keeps_its_own_language(tmp_path: Path) -> None:
    # guard: a French story in a feed (or page template) that says "en" is French
    [item] = _articles(tmp_path / "wire.rss", _feed(channel_language="en", title="Attaque à Ménaka").replace(
        b"<guid>", f"<description>{LONG_FR}</description><guid>".encode()))
    assert item.language == "fr"


def _page(lang_attribute: str, meta: str = "") -> str:
    return (f"<!DOCTYPE html><html{lang_attribute}><head><meta charset='utf-8'>{meta}<title>{HEADLINE} | Coast Wire"
            f"</title></head><body><article><h1>{HEADLINE}</h1><p>{HEADLINE}.</p></article></body></html>")


@pytest.mark.parametrize("page", [
    _page(' lang="en-KE"'),
    _page(' xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"'),
    _page("", '<meta http-equiv="Content-Language" content="en">'),
    _page("", '<meta property="og:locale" content="en_GB" />'),
], ids=["html-lang", "xml-lang", "content-language", "og-locale"])
def test_a_pages_declared_language_is_read(tmp_path: Path, page: str) -> None:
    [article] = _articles(tmp_path / "page.html", page)
    assert article.language == "en"


@pytest.mark.parametrize(("value", "code"), [
    ("en", "en"), ("en-US", "en"), ("fr_FR", "fr"), ("English", "en"), ("Spanish", "es"), ("Portuguese", "pt"),
    ("", None), ("und", None), (None, None),
])
def test_language_code(value: str | None, code: str | None) -> None:
    assert language_code(value) == code


def test_a_records_language_named_in_full_is_its_code(tmp_path: Path) -> None:
    record = {"id": "r1", "text": "Hombres armados atacaron un puesto de policía cerca de la ciudad el domingo.",
              "language": "Spanish"}
    [article] = _articles(tmp_path / "r.jsonl", json.dumps(record) + "\n")
    assert article.language == "es"
