"""WARC archives (.warc, .warc.gz): each HTML response record is read as one HTML page, its id from its URL."""

from __future__ import annotations

import itertools
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
_REQUIRED = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")  # mandatory in WARC 1.0 and 1.1


def read_warc(stream: IO[bytes], stem: str, source_path: str) -> Iterator[Draft | Rejection]:
    """One draft per HTML response record, read from a seekable binary stream (gzip or not) record by record.

    A record cut short (a download or copy that stopped) is rejected, not read as a shorter page, and bytes
    after the last whole record are reported: warcio itself stops there without a word, and a record cut
    inside its headers comes back with headers missing or empty (or makes warcio fail).
    """
    pages, end, index, cut, failed = 0, 0, 0, False, False
    digests: dict[str, int] = {}  # article id -> hash of the payload first read under it
    records = ArchiveIterator(stream)
    try:
        for index, record in _numbered(records):
            if record is None or _headers_cut(record):
                yield Rejection(path=source_path, reason=f"WARC record {index} has incomplete headers: the file is "
                                "truncated or damaged there")
                return
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
            url, article_id, payload, content_type, status = page
            if not status.startswith("2"):  # a "Page not found" or error page the crawler kept is no report
                yield Rejection(path=source_path, reason=f"{url or article_id}: HTTP status {status}, an error or "
                                "redirect page, not a report")
                failed = True
                continue
            pages += 1
            # A page captured again after it changed (a toll updated over the day) is another report: under one
            # id the later text would be refused or taken for the earlier. Its capture time tells it apart.
            if digests.setdefault(article_id, hash(payload)) != hash(payload):
                article_id = slug(f"{article_id} {record.rec_headers.get_header('WARC-Date')}")
            try:
                html = decode_bytes(payload, _charset(content_type))
            except NotText as err:
                yield Rejection(path=source_path, reason=f"{article_id}: {err}")
                continue
            yield read_html(html, article_id or f"{stem}-{index}", source_path, url=url, source_format="warc")
    except ArchiveLoadFailed as err:
        where = f"truncated or damaged at record {index + 1}" if index else "not a readable WARC file"
        yield Rejection(path=source_path, reason=f"{where} ({err})")
        return
    if _unread(stream, end):
        yield Rejection(path=source_path, reason=f"truncated or damaged at record {index + 1} (byte {end}): the "
                        "rest of the file could not be read as WARC records")
    elif not pages and not cut and not failed:
        yield Rejection(path=source_path, reason="the WARC file has no HTML response records")


def _numbered(records: ArchiveIterator) -> Iterator[tuple[int, ArcWarcRecord | None]]:
    """(number, record) pairs; None for a record whose headers warcio fails on.

    warcio raises AttributeError on a response record whose headers stop before WARC-Target-URI (it calls
    `uri.startswith` on None): a file cut there. Caught here, around warcio only, so no error of ours is hidden.
    """
    iterator = iter(records)
    for index in itertools.count(1):
        try:
            record = next(iterator)
        except StopIteration:
            return
        except AttributeError:
            yield index, None
            return
        yield index, record


def _headers_cut(record: ArcWarcRecord) -> bool:
    """A WARC record lacks a header every WARC record has (or its value): its header block was cut."""
    headers = record.rec_headers
    return record.format.startswith("warc") and not all(headers.get_header(name) for name in _REQUIRED)


def _page(record: ArcWarcRecord) -> tuple[str | None, str, bytes, str, str] | None:
    """(URL, article id, payload, content type, HTTP status) of an HTML response record; None for any other."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    status = record.http_headers.get_statuscode() or "200"  # a status line warcio cannot read is taken as served
    return url, slug(url or ""), record.content_stream().read(), content_type, status


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
