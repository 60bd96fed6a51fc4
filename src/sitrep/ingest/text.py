"""Plain-text reports, in the layouts seen in collected news text:

1. a markdown-ish header: `# Title`, `Published at: **2019-11-03T00:25:00+00:00**`, `Author: **...**`,
   `Original: [Outlet](url)`, then the body;
2. a first line ` date YYYY-MM-DD` or ` date YYYY-MM`, then either `OUTLET, DATELINE` or the body's first words;
3. anything else: a headline line (often printed twice) and the body, with site furniture around it.
"""

from __future__ import annotations

import re

from sitrep.ingest.clean import join_wrapped, normalise
from sitrep.ingest.dates import parse_page_date
from sitrep.ingest.draft import Draft
from sitrep.ingest.metadata import Published, split_title

_MD_FIELDS = {
    "title": re.compile(r"#\s+(?P<v>.+)"),
    "published": re.compile(r"Published(?: at| on)?\s*:\s*\*\*(?P<v>[^*]+)\*\*", re.IGNORECASE),
    "author": re.compile(r"Author\s*:\s*\*\*(?P<v>[^*]*)\*\*", re.IGNORECASE),
    "original": re.compile(r"(?:Original|Source)\s*:\s*\[(?P<v>[^\]]*)\]\((?P<url>[^)\s]*)\)", re.IGNORECASE),
}
_DATE_HEADER = re.compile(r"date (?P<date>\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*(?P<rest>.*)")
# A name of capitalised words, with the small words outlet and town names have inside ("Journal du Sahel",
# "Voice of America", "Dar es Salaam").
_CAPITALISED = re.compile(
    r"[A-ZÀ-ÖØ-Ý][\w&.'’-]*(?: (?:(?:du|de|des|de la|la|le|les|of|the|and|et|es|al|el) )?[A-ZÀ-ÖØ-Ý][\w&.'’-]*){0,3}"
)
_ALL_CAPS = re.compile(r"[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý'’ .-]*[A-ZÀ-ÖØ-Ý]")
_MD_HEADER_LINES = 12
_MD_HEADING = re.compile(r"#{1,6}\s+(?=\S)")  # "## Subheading": the marks are markup, not words of the report


def read_text(text: str, article_id: str, source_path: str) -> Draft:
    """A draft from the text of one plain-text report (already decoded)."""
    lines = join_wrapped(normalise(text).split("\n"))
    draft = Draft(id=article_id, lines=lines, source_path=source_path, source_format="text", find_title=True)
    if not _read_markdown_header(draft):
        _read_date_header(draft)
    draft.lines = [_MD_HEADING.sub("", line, count=1) if line.startswith("#") else line for line in draft.lines]
    return draft


def credit_line(rest: str) -> tuple[str | None, str | None]:
    """(outlet, dateline) of a date line's remainder that is a credit, not a sentence: "AFP, BAMAKO" ->
    ("AFP", "BAMAKO"), "Reuters, Niamey" -> ("Reuters", "Niamey"), "BAMAKO" -> (None, "BAMAKO")."""
    parts = rest.split(", ")
    if len(parts) == 2 and all(_CAPITALISED.fullmatch(p) for p in parts):
        return parts[0], parts[1]
    if len(parts) == 1 and _ALL_CAPS.fullmatch(rest) and len(rest.split()) <= 3:
        return None, rest
    return None, None


def _published(value: str) -> Published | None:
    date = parse_page_date(value)
    return Published(date.value, date.precision, "header") if date else None


def _read_markdown_header(draft: Draft) -> bool:
    """Layout 1: consume the header lines; True when the report has such a header."""
    found: dict[str, re.Match[str]] = {}
    last = -1
    for i, line in enumerate(draft.lines[:_MD_HEADER_LINES]):
        for name, pattern in _MD_FIELDS.items():
            if name not in found and (match := pattern.fullmatch(line)):
                found[name], last = match, i
    if len(found) < 2:  # one "# heading" alone is not a header
        return False
    if "title" in found:
        draft.title = found["title"].group("v").strip()
    if "published" in found:
        draft.published = _published(found["published"].group("v"))
    if "author" in found:
        draft.author = found["author"].group("v").strip() or None
    if "original" in found:
        draft.outlet = found["original"].group("v").strip() or None
        draft.url = found["original"].group("url") or None
    draft.lines = draft.lines[last + 1 :]
    draft.find_title = False
    return True


def _read_date_header(draft: Draft) -> None:
    """Layout 2: ` date 2019-11-04 AFP, BAMAKO` or ` date 2019-11-03 <first words of the body>`.

    Only the `date ...` marker is removed; the rest of the line stays in the text (it is the dateline or the
    lead sentence, and evidence may point at it).
    """
    first = next((i for i, line in enumerate(draft.lines) if line), None)
    if first is None:
        return
    match = _DATE_HEADER.fullmatch(draft.lines[first])
    if not match:
        return
    draft.published = _published(match.group("date"))
    rest = match.group("rest").strip()
    draft.outlet, draft.dateline = credit_line(rest)
    draft.lines = draft.lines[:first] + [rest] + draft.lines[first + 1 :]
    if draft.outlet or draft.dateline:  # a credit line is no headline: the headline, if any, comes after it
        draft.title, _ = split_title(draft.lines[first + 1 :])
        draft.find_title, draft.title_in_text = False, True
