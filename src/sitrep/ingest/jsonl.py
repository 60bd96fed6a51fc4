"""JSON Lines and JSON records: one report per line or record.

The fields (`id`, `text`, `title`, `published`, `url`, `outlet`, `author`, `language`, `dateline`) are read from
the keys listed in `data/record_keys.yaml`, so a scraper's own export ("maintext", "date_publish", "headline")
reads as it is. A record without an id is named after its url, else after its file and line. A bad line is
rejected with its line number; the other lines are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.ingest.clean import normalise
from sitrep.ingest.dates import parse_page_date
from sitrep.ingest.draft import Draft
from sitrep.ingest.feed import html_to_lines, slug
from sitrep.ingest.language import language_code
from sitrep.ingest.metadata import Published
from sitrep.models import Rejection

FIELDS = ("id", "text", "title", "published", "url", "outlet", "author", "language", "dateline")
# A body or title kept as the page's HTML (a CMS's API, a scraper that saved the markup): its tags are no words
_MARKUP = re.compile(r"</?(?:p|div|br|span|a|b|i|strong|em|h[1-6]|ul|ol|li|blockquote|figure|img|section)\b[^>]*>",
                     re.IGNORECASE)


@cache
def record_keys() -> dict[str, tuple[str, ...]]:
    """Each field's keys, in the order they are tried (`data/record_keys.yaml`)."""
    path = resources.files("sitrep.ingest") / "data" / "record_keys.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    missing = [name for name in FIELDS if not data.get(name)]
    if missing:
        raise ValueError(f"{path}: no keys listed for {', '.join(missing)}")
    return {name: tuple(data[name]) for name in FIELDS}


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
        yield record_to_draft(record, source_path, f"line {number}", number)


def has_text(record: Any) -> bool:
    """Whether a JSON value is a report record: an object with one of the text keys."""
    return isinstance(record, dict) and any(key in record for key in record_keys()["text"])


def record_to_draft(record: Any, source_path: str, where: str, number: int) -> Draft | Rejection:
    """A draft from one JSON record; `where` ("line 3") locates it in rejections, `number` names it when it has
    neither an id nor a url."""
    if not isinstance(record, dict):
        return Rejection(path=source_path, reason=f"{where}: expected a JSON object, got {type(record).__name__}")
    values: dict[str, str | None] = {}
    for name in FIELDS:
        key, value = _field(record, name)
        if isinstance(value, Rejected):
            label = values.get("id") or ""
            return Rejection(path=source_path, reason=f'{where}{f" ({label})" if label else ""}: "{key}" {value}')
        values[name] = value
    article_id = values["id"] or slug(values["url"] or "") or f"{_file_stem(source_path)}-{number}"
    body = values["text"]
    if body:
        body = _CUT_MARK.sub("", body)
    if not body:
        others = ", ".join(record_keys()["text"][1:])
        return Rejection(path=source_path, reason=f'{where} ({article_id}): "text" is missing or empty '
                         f"(also read from: {others})")
    published = None
    if values["published"]:
        date = parse_page_date(values["published"])
        if date is None:
            return Rejection(
                path=source_path,
                reason=f'{where} ({article_id}): "published" is not a date: {values["published"]!r} (use YYYY-MM-DD)',
            )
        published = Published(date.value, date.precision, "record")
    title = values["title"]
    return Draft(
        id=article_id,
        lines=html_to_lines(body) if _MARKUP.search(body) else normalise(body).split("\n"),
        source_path=source_path,
        source_format="jsonl",
        title=(" ".join(html_to_lines(title)) if _MARKUP.search(title) else normalise(title)) if title else None,
        find_title=not values["title"],
        outlet=values["outlet"],
        author=values["author"],
        url=values["url"],
        published=published,
        dateline=values["dateline"],
        language=language_code(values["language"]),
    )


# NewsAPI cuts "content" to about 200 characters and says how much is left: "... police said. [+1523 chars]"
_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")


class Rejected(str):
    """Why a key's value cannot be read (a string, so a field's value or the reason travel the same way)."""


def _field(record: dict[str, Any], name: str) -> tuple[str, str | Rejected | None]:
    """The first usable value of field `name` and the key it came from.

    A number id is read as text; a list of names (authors), or of objects with a name (schema.org's Person), is
    joined; an object with a "name" (NewsAPI's source, schema.org's publisher) gives that name, one with a
    "rendered" value (WordPress's REST API: "content": {"rendered": "<p>..."}) that value. A value of another shape
    under the field's own name is an error; under another tool's key it is passed over (that tool may mean
    something else by it).
    """
    for key in record_keys()[name]:
        value = record.get(key)
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, bool):
            pass
        elif isinstance(value, str):
            if value.strip():
                return key, value.strip() if name != "text" else value
            continue
        elif isinstance(value, int) and name == "id":
            return key, str(value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            return key, ", ".join(v.strip() for v in value if v.strip())
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value) and all(
                names := [_inner(v) for v in value]):
            return key, ", ".join(n.strip() for n in names if n)
        elif isinstance(value, dict) and (inner := _inner(value)):
            return key, inner.strip() if name != "text" else inner
        if key == name:
            return key, Rejected("must be a string")
    return name, None


def _inner(value: dict[str, Any]) -> str | None:
    """The text an object holds under "name" or "rendered"."""
    return next((value[k] for k in ("name", "rendered") if isinstance(value.get(k), str) and value[k].strip()), None)


def _file_stem(source_path: str) -> str:
    name = Path(source_path).name
    return Path(name.removesuffix(".gz")).stem or name
