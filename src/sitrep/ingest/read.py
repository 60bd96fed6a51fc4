"""`read_paths`: files and folders in, cleaned Articles (or Rejections saying why not) out.

Each file's format is decided by its first bytes, then its extension: WARC, gzip, binary, JSON Lines / JSON,
RSS/Atom, HTML, else plain text. Folders are walked recursively in sorted order (hidden entries skipped) so two
runs over the same folder read the same reports in the same order.
"""

from __future__ import annotations

import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.ingest.decode import NotText, binary_kind, decode_bytes
from sitrep.ingest.draft import Draft, finish
from sitrep.ingest.feed import read_feed
from sitrep.ingest.html import read_html
from sitrep.ingest.jsonl import has_text, read_jsonl, record_to_draft
from sitrep.ingest.text import read_text
from sitrep.ingest.warc import read_warc
from sitrep.models import Article, Rejection

MAX_REPORT_BYTES = 5 * 2**20  # no news report (text or HTML page) is this large: it is a data file or a dump
_SNIFF_BYTES = 64 * 1024
_GZIP = b"\x1f\x8b"
_MAX_UNPACKED = 200 * 2**20
_FEED_SUFFIXES = {".rss", ".atom", ".rdf", ".xml"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_NOT_REPORTS = {".csv": "a CSV table", ".tsv": "a TSV table", ".sql": "an SQL script", ".py": "Python code",
                ".yaml": "a YAML file", ".yml": "a YAML file", ".toml": "a TOML file", ".md5": "a checksum"}
_FEED_HEAD = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML_HEAD = re.compile(r"<!doctype html|<html\b|<head\b|<body\b|<article\b", re.IGNORECASE)
_PAGE_HEAD = re.compile(r"<!doctype html|<html\b", re.IGNORECASE)  # a web page even when it opens with <?xml
_XML_DECL = re.compile(r"<\?xml\b", re.IGNORECASE)
_TABLE_SAMPLE_LINES = 50


def read_paths(paths: Iterable[Path | str]) -> Iterator[Article | Rejection]:
    """Every report in the given files and folders, in a deterministic order."""
    for path in map(Path, paths):
        if path.is_dir():
            for file in _walk(path):
                if file.exists():
                    yield from read_file(file)
                else:
                    yield Rejection(path=str(file), reason=f"broken symbolic link: its target {file.readlink()} "
                                    "does not exist")
        elif path.exists():
            yield from read_file(path)
        else:
            yield Rejection(path=str(path), reason="no such file or folder")


def _walk(folder: Path) -> list[Path]:
    """The files under a folder, and its broken symbolic links (named as rejected, not skipped unsaid)."""
    return sorted(
        p for p in folder.rglob("*")
        if (p.is_file() or (p.is_symlink() and not p.exists()))
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def read_file(path: Path) -> Iterator[Article | Rejection]:
    """The reports in one file (one for text and HTML, one per entry, line or record for the others).

    WARC and JSON Lines files are streamed, so a large crawl or batch never sits in memory whole; any other
    file larger than `MAX_REPORT_BYTES` is rejected rather than read as one report.
    """
    source, lower = str(path), path.name.lower()
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
            fh.seek(0)
            if head.startswith(b"WARC/") or lower.endswith((".warc", ".warc.gz")):
                yield from _finished(read_warc(fh, _stem(path.name), source))
                return
            if Path(lower).suffix in _JSONL_SUFFIXES and head.strip() and not binary_kind(head):
                lines = (line.decode("utf-8", errors="sitrep-cp1252").lstrip("\ufeff") for line in fh)
                yield from _finished(read_jsonl(lines, source))
                return
            size = path.stat().st_size
            if size > MAX_REPORT_BYTES:
                yield Rejection(path=source, reason=f"too large for one report ({size // 2**20} MB); "
                                "split it, or give a batch as JSON Lines or WARC")
                return
            data = fh.read()
    except OSError as err:
        yield Rejection(path=source, reason=f"cannot read the file: {err.strerror or err}")
        return
    yield from _finished(_drafts(path, path.name, data))


def _finished(items: Iterable[Draft | Rejection]) -> Iterator[Article | Rejection]:
    for item in items:
        yield finish(item) if isinstance(item, Draft) else item


def _stem(name: str) -> str:
    """The article id of a file: its name without the extension ("x.warc.gz" -> "x")."""
    for suffix in (".gz", ".warc"):
        name = name.removesuffix(suffix)
    return Path(name).stem or name


def _drafts(path: Path, name: str, data: bytes) -> Iterator[Draft | Rejection]:
    source = str(path)
    lower = name.lower()
    if not data.strip():
        yield Rejection(path=source, reason="empty file")
        return
    if data.startswith(b"WARC/") or lower.endswith((".warc", ".warc.gz")):
        yield from read_warc(io.BytesIO(data), _stem(name), source)
        return
    if data.startswith(_GZIP):
        try:
            unpacked = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data, _MAX_UNPACKED)
        except zlib.error as err:
            yield Rejection(path=source, reason=f"damaged gzip file ({err})")
            return
        yield from _drafts(path, name.removesuffix(".gz") if lower.endswith(".gz") else name, unpacked)
        return
    try:
        text = decode_bytes(data)
    except NotText as err:
        yield Rejection(path=source, reason=str(err))
        return
    stem, suffix = _stem(name), Path(lower).suffix
    if suffix in _NOT_REPORTS:
        yield Rejection(path=source, reason=f"not a report: {_NOT_REPORTS[suffix]} (give reports as text, HTML, "
                        "feeds, JSON Lines or WARC)")
        return
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    if suffix in _JSONL_SUFFIXES or (suffix not in _HTML_SUFFIXES | _FEED_SUFFIXES and _looks_like_jsonl(head)):
        yield from read_jsonl(text.splitlines(), source)
    elif suffix == ".json":
        yield from _read_json(text, source)
    elif _FEED_HEAD.search(head) and not _HTML_HEAD.search(head[:300]):
        yield from read_feed(data, stem, source)
    elif suffix in _FEED_SUFFIXES and not head.startswith("<"):
        yield Rejection(path=source, reason="not an RSS/Atom feed: the file is not XML")
    elif suffix in _HTML_SUFFIXES or _PAGE_HEAD.search(head) or (_HTML_HEAD.search(head) and not _XML_DECL.match(head)):
        yield read_html(text, stem, source)
    elif suffix in _FEED_SUFFIXES or _XML_DECL.match(head):
        yield Rejection(path=source, reason="not an RSS/Atom feed: no <rss>, <feed> or <rdf:RDF> element")
    elif _is_table(text):
        yield Rejection(path=source, reason="not a report: tab-separated data (give reports as text, HTML, feeds, "
                        "JSON Lines or WARC)")
    else:
        yield read_text(text, stem, source)


def _is_table(text: str) -> bool:
    """Tab-separated data saved as .txt (a gazetteer dump, a spreadsheet export): most lines have 3+ tabs."""
    lines = [line for line in text[:_SNIFF_BYTES].splitlines() if line.strip()][:_TABLE_SAMPLE_LINES]
    return len(lines) >= 3 and sum(line.count("\t") >= 3 for line in lines) >= 0.8 * len(lines)


def _looks_like_jsonl(head: str) -> bool:
    """JSON Lines saved under another name: the first line is a JSON object with report text."""
    first = head.split("\n", 1)[0].strip()
    if not (first.startswith("{") and first.endswith("}")):
        return False
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return False
    return has_text(record)


def _read_json(text: str, source: str) -> Iterator[Draft | Rejection]:
    """A .json file: one record, a list of records, or (if it fails as one document) JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl(text.splitlines(), source)
        return
    records = document if isinstance(document, list) else _enveloped(document) or [document]
    for index, record in enumerate(records, 1):
        yield record_to_draft(record, source, f"record {index}", index)


def _enveloped(document: object) -> list[object] | None:
    """The records a news API's saved response holds in a list beside its status fields (NewsAPI's
    {"status", "totalResults", "articles": [...]}, others' "results", "data", "items"; one level deeper too,
    as in {"response": {"results": [...]}}; a page's JSON-LD {"@graph": [...]}), when the document itself is no
    report."""
    if not isinstance(document, dict) or has_text(document):
        return None
    for value in [*document.values(), *(v for inner in document.values() if isinstance(inner, dict)
                                        for v in inner.values())]:
        if isinstance(value, list) and value and any(has_text(item) for item in value):
            # a page's JSON-LD "@graph" also holds its WebPage, Organization, BreadcrumbList nodes: no reports
            return [item for item in value if has_text(item) or not (isinstance(item, dict) and "@type" in item)]
    return None


