"""HTML pages: trafilatura finds the story text and the page's metadata."""

from __future__ import annotations

import logging

from lxml.etree import LxmlError

from sitrep.ingest.clean import normalise
from sitrep.ingest.dates import parse_page_date
from sitrep.ingest.draft import Draft
from sitrep.ingest.metadata import Published
from sitrep.models import Rejection

# Only the page's own date (meta tags, time elements); never a date guessed from the story text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(
    html: str, article_id: str, source_path: str, url: str | None = None, source_format: str = "html"
) -> Draft | Rejection:
    """A draft from one HTML page, or a Rejection when no story text can be found in it."""
    import trafilatura  # imported here: seconds of start-up that text-only runs need not pay

    try:
        doc = trafilatura.bare_extraction(  # a Document, since as_dict is left False
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, date_extraction_params=_DATE_PARAMS,
        )
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
        outlet=doc.sitename or None,
        author=_author(doc.author),
        url=doc.url or url,
        published=published,
        declared_language=(doc.language or "")[:2].lower() or None,
    )


def _author(value: str | None) -> str | None:
    """The names of a page's author field: trafilatura splits a byline "By Awa Traoré, June 2, 2024" at its
    commas into "Awa Traoré; June 2": the parts with digits are the byline's date, not names."""
    names = [part for part in (value or "").split("; ") if part.strip() and not any(c.isdigit() for c in part)]
    return "; ".join(names) or None
