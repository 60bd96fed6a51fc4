"""RSS and Atom feeds: one draft per entry, the feed's title as outlet (an item's <source>, when it names one)."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator

import feedparser

from sitrep.ingest.clean import normalise
from sitrep.ingest.draft import Draft
from sitrep.ingest.language import language_code
from sitrep.ingest.metadata import Published, is_outlet_name
from sitrep.models import Rejection

_BLOCK_END = re.compile(r"<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr|/figure|/section|/table)\s*>",
                        re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
# a photo's caption ("File photo of soldiers in Gao in 2019") is no part of the story, as on the HTML path
_NOT_TEXT = re.compile(r"<(script|style|noscript|figcaption)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
_SLUG = re.compile(r"[^a-z0-9]+")
_SECTION = re.compile(r"\s*:\s+|\s+[-–—|»]\s+")  # "Savannah Herald - Latest", "BBC News | Africa"
_MAX_ID = 100
_TAIL_BYTES = 256  # the closing </rss> or </feed> (and trailing blank lines) of a whole file
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)
_FEED_END = re.compile(rb"</(?:[\w.-]+:)?(?:rss|feed|rdf)\s*>(?:\s|<!--.*?-->)*$", re.IGNORECASE | re.DOTALL)


def slug(value: str) -> str:
    """A file-name-safe id from a URL or feed id: "https://ex.org/news/a-1" -> "ex-org-news-a-1"."""
    value = re.sub(r"^[a-z]+://(www\.)?", "", value.strip().lower())
    return _SLUG.sub("-", value).strip("-")[:_MAX_ID].strip("-")


def html_to_lines(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed entry's content): tags dropped, entities decoded."""
    text = _TAG.sub("", _BLOCK_END.sub("\n", _NOT_TEXT.sub("", fragment)))
    return normalise(html.unescape(text)).split("\n")


def channel_outlet(title: str) -> str | None:
    """The outlet a feed's title names: its head when the rest names a section ("Savannah Herald - Latest",
    "BBC News | Africa": the outlet, not its page), else the whole title."""
    title = normalise(title).strip()
    parts = _SECTION.split(title, maxsplit=1)
    return (parts[0] if len(parts) == 2 and is_outlet_name(parts[0]) else title) or None


def _entry_language(entry: feedparser.FeedParserDict) -> str | None:
    """An item's own language: its dc:language, else the xml:lang its text carries (or inherits from the feed)."""
    details = [entry.get("title_detail"), entry.get("summary_detail"), *(entry.get("content") or [])]
    declared = [entry.get("language")] + [detail.get("language") for detail in details if detail]
    return next((code for value in declared if (code := language_code(value))), None)


def read_feed(data: bytes, stem: str, source_path: str) -> Iterator[Draft | Rejection]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "the feed has no entries"
        yield Rejection(path=source_path, reason=reason)
        return
    outlet = channel_outlet(parsed.feed.get("title") or "")
    language = language_code(parsed.feed.get("language"))
    # A malformed feed (feedparser's bozo flag) may be a file cut short: its loose parser still returns the
    # last, unclosed entry, a headline or half a story. Only entries whose closing tag is in the file are whole.
    tags = data.replace(b"\0", b"") if parsed.bozo else b""  # UTF-16/32: the tags' letters without zero bytes
    whole = len(_ENTRY_END.findall(tags)) if parsed.bozo else len(parsed.entries)
    for index, entry in enumerate(parsed.entries, 1):
        article_id = slug(entry.get("id") or entry.get("link") or "") or f"{stem}-{index}"
        if index > whole:
            yield Rejection(path=source_path, reason=f"entry {index} ({article_id}) is cut off: the feed file is "
                            "truncated or damaged there")
            continue
        content = entry.get("content") or []
        body = content[0].get("value", "") if content else entry.get("summary", "")
        lines = html_to_lines(body or "")
        title = normalise(entry.get("title", "")) or None
        # An aggregator's item (Google News, a planet feed) names the outlet it came from in RSS's <source>; its
        # headline, and the linked headline that is its whole description, end with that name ("Gunmen kill three
        # near Tillaberi - Niger Daily"): the name is the outlet, no words of the report.
        origin = normalise((entry.get("source") or {}).get("title") or "").strip() or None
        if origin and title and _SECTION.split(title)[-1] == origin and len(title) > len(origin):
            title = title[: title.rfind(origin)].rstrip(" -–—|»:") or title
        if origin:
            lines = [line[: -len(origin)].rstrip() if line.endswith(" " + origin) else line for line in lines]
        if not any(lines):
            if not title:
                yield Rejection(path=source_path, reason=f"entry {index} ({article_id}) has no text and no title")
                continue
            lines = [title]  # a headline-only item still reports something; evidence then quotes the headline
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = Published(dt.date(*stamp[:3]), 1, "feed") if stamp else None
        yield Draft(
            id=article_id,
            lines=lines,
            source_path=source_path,
            source_format="feed",
            title=title,
            outlet=origin or outlet,
            author=entry.get("author") or None,
            url=link if (link := entry.get("link")) and _WEB_ADDRESS.match(link) else None,  # not an Atom "urn:uuid:"
            published=published,
            declared_language=_entry_language(entry) or language,
        )
    if parsed.bozo and whole >= len(parsed.entries) and not _FEED_END.search(tags[-_TAIL_BYTES:]):
        yield Rejection(path=source_path, reason=f"the feed file is truncated after entry {len(parsed.entries)} "
                        "(it does not end with its closing tag): later entries, if any, are lost")
