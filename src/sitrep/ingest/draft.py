"""A report as a reader found it (`Draft`), and the one path from a draft to a cleaned `Article`.

Every reader (text, HTML, feed, JSONL, WARC) fills what its format states outright; `finish` runs the
metadata cascade for the rest, strips page furniture, detects the language and hashes the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.ingest.clean import is_furniture, join_paragraphs, strip_boilerplate, strip_leading_labels
from sitrep.ingest.dedupe import content_hash
from sitrep.ingest.language import detect_language
from sitrep.ingest.metadata import (
    TOP_LINES,
    Published,
    clean_title,
    extract_author,
    extract_dateline,
    extract_outlet,
    extract_published,
    extract_url,
    is_byline,
    is_date_line,
    split_title,
)
from sitrep.models import Article, Rejection


@dataclass(slots=True)
class Draft:
    """What a reader knows about one report before cleaning. `lines` are normalised paragraphs."""

    id: str
    lines: list[str]
    source_path: str
    source_format: str
    title: str | None = None
    find_title: bool = False  # plain text: the first line may be the headline
    title_in_text: bool = False  # the headline read from the text stays in it (evidence may point at it)
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: Published | None = None
    dateline: str | None = None
    language: str | None = None  # given by the source record itself: wins over detection
    declared_language: str | None = None  # a feed's or page's language tag: see `detect_language`


def finish(draft: Draft) -> Article | Rejection:
    """The cleaned Article for a draft, or a Rejection when no report text is left."""
    # Metadata lines can carry furniture ("Friday, 18 January 2019 - {{hits}}"): read them before it goes.
    raw = [line for line in draft.lines if line]
    lines = [line for line in raw if not is_furniture(line)]
    title, title_date = draft.title, None
    if title is None and draft.find_title:
        title, lines = split_title(lines)
    if title:
        title, title_date = clean_title(title)
    if title and not draft.title_in_text:
        without_title = [line for i, line in enumerate(lines) if not (i < TOP_LINES and line == title)]
        lines = without_title or lines  # a headline-only item keeps its headline as text
    year = draft.published.value.year if draft.published else None
    dateline = extract_dateline(lines, year)
    url = draft.url or extract_url(raw)
    published = extract_published(raw, draft.published, dateline, title_date, url)
    outlet = draft.outlet or extract_outlet(raw, dateline)
    author = draft.author or extract_author(lines)
    body = [
        line for i, line in enumerate(lines)
        if not (i < TOP_LINES and (is_date_line(line) or is_byline(line) or line in (author, url)))
    ]
    dateline_place = draft.dateline or (dateline.place if dateline else None)
    text = join_paragraphs(strip_leading_labels(strip_boilerplate(body), keep=dateline_place))
    if not text.strip():
        reason = f"{draft.id}: no report text left after removing page furniture"
        return Rejection(path=draft.source_path, reason=reason)
    return Article(
        id=draft.id,
        text=text,
        title=title or None,
        outlet=outlet or None,
        author=author or None,
        url=url or None,
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        dateline=dateline_place,
        language=draft.language or detect_language(text, draft.declared_language),
        source_path=draft.source_path,
        source_format=draft.source_format,
        content_hash=content_hash(text),
    )
