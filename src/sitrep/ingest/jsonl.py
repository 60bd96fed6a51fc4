"""JSON Lines: one report per line, `{"id", "text", "title"?, "published"?, "url"?, "outlet"?, "language"?}`.

A bad line is rejected with its line number; the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sitrep.ingest.clean import normalise
from sitrep.ingest.dates import parse_page_date
from sitrep.ingest.draft import Draft
from sitrep.ingest.metadata import Published
from sitrep.models import Rejection

_OPTIONAL_TEXT = ("title", "url", "outlet", "author", "language", "dateline")


def read_jsonl(lines: Iterable[str], source_path: str) -> Iterator[Draft | Rejection]:
    """One draft (or rejection) per non-blank line; `lines` may be a stream."""
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejection(path=source_path, reason=f"line {number}: not valid JSON ({err.msg}, column {err.colno})")
            continue
        yield record_to_draft(record, source_path, f"line {number}")


def record_to_draft(record: Any, source_path: str, where: str) -> Draft | Rejection:
    """A draft from one JSON record; `where` ("line 3") locates it in rejections."""
    if not isinstance(record, dict):
        return Rejection(path=source_path, reason=f"{where}: expected a JSON object, got {type(record).__name__}")
    article_id = record.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        return Rejection(path=source_path, reason=f'{where}: "id" is missing or not a string')
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return Rejection(path=source_path, reason=f'{where} ({article_id}): "text" is missing or empty')
    for key in _OPTIONAL_TEXT:
        if record.get(key) is not None and not isinstance(record[key], str):
            return Rejection(path=source_path, reason=f'{where} ({article_id}): "{key}" must be a string')
    published = None
    if record.get("published"):
        date = parse_page_date(str(record["published"]))
        if date is None:
            return Rejection(
                path=source_path,
                reason=f'{where} ({article_id}): "published" is not a date: {record["published"]!r} (use YYYY-MM-DD)',
            )
        published = Published(date.value, date.precision, "record")
    language = (record.get("language") or "").strip().lower()[:2] or None
    return Draft(
        id=article_id.strip(),
        lines=normalise(body).split("\n"),
        source_path=source_path,
        source_format="jsonl",
        title=normalise(record["title"]) if record.get("title") else None,
        find_title=not record.get("title"),
        outlet=record.get("outlet") or None,
        author=record.get("author") or None,
        url=record.get("url") or None,
        published=published,
        dateline=record.get("dateline") or None,
        language=language,
    )
