"""A metadata file kept beside report files: what is known about each report from outside its text.

Scraped folders often hold bare text files (the page body, no header) and one JSON Lines file with each page's
address, outlet and publication date, one line per report:

    {"id": "<file name without extension>", "url": "...", "outlet": "...", "published": "2019-11-02"}

Other keys are ignored. A value only fills what the report's own text leaves unsaid: the page's words win.
Without the publication date a report's "on Friday" cannot be dated, so this is worth keeping.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sitrep.ingest.dates import parse_page_date
from sitrep.models import Article, TimePrecision

_TEXT_FIELDS = ("url", "outlet", "author", "title")


class MetadataError(ValueError):
    """The metadata file cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class ReportMetadata:
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_precision: TimePrecision | None = None


def read_metadata(path: Path) -> dict[str, ReportMetadata]:
    """Each line's metadata by report id; a malformed line stops the run before anything is ingested."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise MetadataError(f"{path}: cannot read the metadata file: {err}") from err
    records: dict[str, ReportMetadata] = {}
    for number, line in enumerate(lines, 1):
        if line.strip():
            report_id, metadata = _record(line, f"{path}: line {number}")
            records[report_id] = metadata
    return records


def _record(line: str, where: str) -> tuple[str, ReportMetadata]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise MetadataError(f"{where}: not valid JSON ({err.msg}, column {err.colno})") from err
    if not isinstance(record, dict) or not isinstance(record.get("id"), str | int) or not str(record["id"]).strip():
        raise MetadataError(f'{where}: expected a JSON object with an "id" (the report file name without extension)')
    values = {key: record[key].strip() or None for key in _TEXT_FIELDS if isinstance(record.get(key), str)}
    if record.get("published"):
        date = parse_page_date(str(record["published"]))
        if date is None:
            raise MetadataError(f'{where}: "published" is not a date: {record["published"]!r} (use YYYY-MM-DD)')
        values |= {"published": date.value, "published_precision": date.precision}
    return str(record["id"]).strip(), ReportMetadata(**values)


def apply_metadata(article: Article, metadata: dict[str, ReportMetadata]) -> Article:
    """The article with the fields its text left empty filled from its metadata line, if it has one. A text or
    HTML file's report id is its file name without extension; a batch file's reports keep their own ids."""
    found = metadata.get(article.id)
    if found is None:
        return article
    update = {key: getattr(found, key) for key in _TEXT_FIELDS if getattr(article, key) is None and getattr(found, key)}
    if article.published is None and found.published is not None:
        update |= {"published": found.published, "published_precision": found.published_precision}
    return article.model_copy(update=update) if update else article
