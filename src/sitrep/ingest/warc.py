"""WARC archives (.warc, .warc.gz): each HTML response record is read as one HTML page, its id from its URL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from sitrep.ingest.decode import NotText, decode_bytes
from sitrep.ingest.draft import Draft
from sitrep.ingest.feed import slug
from sitrep.ingest.html import read_html
from sitrep.models import Rejection


def read_warc(stream: IO[bytes], stem: str, source_path: str) -> Iterator[Draft | Rejection]:
    """One draft per HTML response record, read from a binary stream (gzip or not) record by record."""
    pages = 0
    try:
        for index, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            article_id = slug(url or "") or f"{stem}-{index}"
            pages += 1
            payload = record.content_stream().read()
            try:
                html = decode_bytes(payload, _charset(content_type))
            except NotText as err:
                yield Rejection(path=source_path, reason=f"{article_id}: {err}")
                continue
            yield read_html(html, article_id, source_path, url=url, source_format="warc")
    except ArchiveLoadFailed as err:
        yield Rejection(path=source_path, reason=f"not a readable WARC file ({err})")
        return
    if not pages:
        yield Rejection(path=source_path, reason="the WARC file has no HTML response records")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'")
    return None
