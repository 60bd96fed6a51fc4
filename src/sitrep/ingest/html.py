"""HTML pages: trafilatura finds the story text and the page's metadata."""

from __future__ import annotations

import html as html_lib
import logging
import re
from configparser import ConfigParser
from functools import cache
from typing import Any

from lxml.etree import LxmlError

from sitrep.ingest.clean import normalise
from sitrep.ingest.dates import parse_page_date
from sitrep.ingest.draft import Draft
from sitrep.ingest.language import language_code
from sitrep.ingest.metadata import Published
from sitrep.models import Rejection

# Only the page's own date (meta tags, time elements); never a date guessed from the story text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_RUN_TOGETHER_CHARS = 1000  # a bare extraction's one line, longer than trafilatura's floor with captions and menus
_SHORT_STORY_CHARS = 40
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_SEPARATORS = " |-–—:·"
_SITE_MAX_WORDS = 5
# what a page says its language is: <html lang="fr">, <meta http-equiv="content-language">, og:locale "fr_FR"
_PAGE_LANGUAGE = (
    re.compile(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?([\w-]+)", re.IGNORECASE),
    re.compile(r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?\scontent\s*=\s*[\"']?([\w-]+)",
               re.IGNORECASE),
    re.compile(r"<meta\b[^>]*?property\s*=\s*[\"']?og:locale[\"']?[^>]*?\scontent\s*=\s*[\"']?([\w-]+)",
               re.IGNORECASE),
)

logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(
    html: str, article_id: str, source_path: str, url: str | None = None, source_format: str = "html"
) -> Draft | Rejection:
    """A draft from one HTML page, or a Rejection when no story text can be found in it."""
    import trafilatura  # imported here: seconds of start-up that text-only runs need not pay

    try:
        doc = _extract(trafilatura, html, url)
        if _run_together(doc):
            short = _extract(trafilatura, html, url, _short_page_config())
            if _run_together(doc, short):
                doc = short
    except (LxmlError, ValueError, TypeError) as err:
        return Rejection(path=source_path, reason=f"{article_id}: HTML could not be parsed ({err})")
    if not isinstance(doc, trafilatura.settings.Document) or not (doc.text or "").strip():
        return Rejection(
            path=source_path,
            reason=f"{article_id}: no article text found in the HTML (truncated, empty or not an article page)",
        )
    published = None
    if doc.date and (date := parse_page_date(doc.date)):
        published = Published(date.value, date.precision, "html-meta")
    return Draft(
        id=article_id,
        lines=normalise(doc.text or "").split("\n"),
        source_path=source_path,
        source_format=source_format,
        title=normalise(doc.title) if doc.title else None,
        outlet=_outlet(doc.sitename, doc.title, html),
        author=_author(doc.author),
        url=doc.url or url,
        published=published,
        declared_language=language_code(doc.language) or _page_language(html),
    )


def _page_language(html: str) -> str | None:
    """The language the page declares (its <html lang>, else its content-language or og:locale meta tag)."""
    end = html.lower().find("</head>")
    head = html if end < 0 else html[:end]
    found = (pattern.search(head) for pattern in _PAGE_LANGUAGE)
    return next((code for m in found if m and (code := language_code(m[1]))), None)


def _extract(trafilatura: Any, html: str, url: str | None, config: ConfigParser | None = None) -> Any:
    """trafilatura's Document for the page (as_dict is left False)."""
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        date_extraction_params=_DATE_PARAMS, config=config,
    )


@cache
def _short_page_config() -> ConfigParser:
    """trafilatura's settings, but a story of a few lines is a story (see `_run_together`)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_SHORT_STORY_CHARS))
    return config


def _run_together(doc: Any, short: Any = None) -> bool:
    """Whether `doc` is a short page's text run into one line, and `short` (given) its paragraphs instead.

    Below `min_extracted_size` (250 characters) trafilatura gives up its extraction for a bare one that joins
    everything in the article element, headline, photo captions and paragraphs, into one line: a brief of two
    sentences then opens "Bandits kill five Bandits killed five villagers ...". The paragraphs a lower floor
    finds are taken when they keep at least half of that text (captions and furniture go).
    """
    text = (getattr(doc, "text", None) or "").strip()
    if not text or "\n" in text or len(text) >= _RUN_TOGETHER_CHARS:
        return False
    if short is None:
        return True
    lines = [line for line in (getattr(short, "text", None) or "").split("\n") if line.strip()]
    return len(lines) > 1 and sum(map(len, lines)) * 2 >= len(text)


def _author(value: str | None) -> str | None:
    """The names of a page's author field: trafilatura splits a byline "By Awa Traoré, June 2, 2024" at its
    commas into "Awa Traoré; June 2": the parts with digits are the byline's date, not names."""
    names = [part for part in (value or "").split("; ") if part.strip() and not any(c.isdigit() for c in part)]
    return "; ".join(names) or None


def _outlet(sitename: str | None, headline: str | None, html: str) -> str | None:
    """The page's site: trafilatura's (og:site_name, else the URL's host name), but the name the page's <title>
    gives after its headline ("Mob lynches two in Kisii - Kisii Post") before a bare host name, which is no
    outlet's name as a coder cites it."""
    if sitename and "." not in sitename:
        return sitename
    match = _TITLE.search(html)
    if headline and match:
        title = normalise(html_lib.unescape(match.group(1))).strip()
        rest = title[len(headline) :].lstrip() if title.startswith(headline) else ""
        site = rest.strip(_TITLE_SEPARATORS)
        if rest[:1] in _TITLE_SEPARATORS.strip() and "|" not in site and 0 < len(site.split()) <= _SITE_MAX_WORDS:
            return site
    return sitename or None
