"""WARC archives (.warc, .warc.gz): each HTML response record is read as one HTML page, its id from its URL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from sitrep.ingest.decode import NotText, decode_bytes
from sitrep.ingest.draft import Draft
from sitrep.ingest.feed import slug
from sitrep.ingest.html import read_html
from sitrep.models import Rejection

_TAIL_BYTES = 64  # a whole file ends with a few blank lines after its last record


def read_warc(stream: IO[bytes], stem: str, source_path: str) -> Iterator[Draft | Rejection]:
    """One draft per HTML response record, read from a seekable binary stream (gzip or not) record by record.

    A record cut short (a download or copy that stopped) is rejected, not read as a shorter page, and bytes
    after the last whole record are reported: warcio itself stops there without a word.
    """
    pages, end, index, cut = 0, 0, 0, False
    records = ArchiveIterator(stream)
    try:
        for index, record in enumerate(records, 1):
            page = _page(record)
            records.read_to_end(record)
            end = records.get_record_offset() + records.get_record_length()
            if missing := getattr(record.raw_stream, "limit", 0):
                name = f"{page[1]}: " if page else ""
                yield Rejection(path=source_path, reason=f"{name}record {index} is cut short ({missing} bytes "
                                "missing): the file is truncated")
                cut = True
                continue
            if page is None:
                continue
            pages += 1
            url, article_id, payload, content_type = page
            try:
                html = decode_bytes(payload, _charset(content_type))
            except NotText as err:
                yield Rejection(path=source_path, reason=f"{article_id}: {err}")
                continue
            yield read_html(html, article_id or f"{stem}-{index}", source_path, url=url, source_format="warc")
    except ArchiveLoadFailed as err:
        yield Rejection(path=source_path, reason=f"not a readable WARC file ({err})")
        return
    if _unread(stream, end):
        yield Rejection(path=source_path, reason=f"damaged or truncated after record {index} (byte {end}): the rest "
                        "of the file could not be read as WARC records")
    elif not pages and not cut:
        yield Rejection(path=source_path, reason="the WARC file has no HTML response records")


def _page(record: ArcWarcRecord) -> tuple[str | None, str, bytes, str] | None:
    """(URL, article id, payload, content type) of an HTML response record; None for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    return url, slug(url or ""), record.content_stream().read(), content_type


def _unread(stream: IO[bytes], end: int) -> bool:
    """Bytes other than the blank lines that close a record are left after offset `end`."""
    stream.seek(end)
    return bool(stream.read(_TAIL_BYTES).strip())


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'")
    return None
