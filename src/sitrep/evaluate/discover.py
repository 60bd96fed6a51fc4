"""Find every gold set under a folder by what its files hold, not by their names (`sitrep eval all`).

- news: a folder holding `events.jsonl` (FORMAT.md);
- clusters: ECB+ documents (`<topic>_<n>ecb.xml` / `..ecbplus.xml`), in topic folders or flat; the set is the
  folder above the topic folders, or above an `ECB+` folder holding them (the release's layout);
- acled: a table (CSV/TSV/xlsx/JSON/Parquet, also .gz or .zip) with ACLED's columns, whatever its name;
- geoparse: XML with `<article>` elements (LGL, GeoWebNews, TR-News, GeoVirus, WikToR).
Every other file is reported as skipped, with the reason.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from sitrep.evaluate.acled_read import REQUIRED, TABLE_SUFFIXES, column_key, read_table
from sitrep.evaluate.common import GoldFormatError

ECB_NAME = re.compile(r"^(\d+)_(\d+)(ecbplus|ecb)\.xml(\.xml)?$", re.IGNORECASE)
_SNIFF_ELEMENTS = 200  # XML elements read before deciding a file is not a geoparsing corpus
_QUIET = {".ds_store", "thumbs.db"}
MODES = ("news", "acled", "geoparse", "clusters")  # the order sets are listed and scored in


@dataclass(frozen=True, slots=True)
class GoldSet:
    mode: str  # news | acled | geoparse | clusters
    path: Path
    name: str


@dataclass(frozen=True, slots=True)
class Skipped:
    path: Path
    reason: str


def discover(eval_dir: Path) -> tuple[list[GoldSet], list[Skipped]]:
    """The gold sets under `eval_dir` (sorted by mode, then path) and the files no scorer reads, with why."""
    files = sorted(p for p in eval_dir.rglob("*") if p.is_file() and not _hidden(p.relative_to(eval_dir)))
    sets: list[GoldSet] = []
    claimed: list[Path] = []  # folders whose files belong to a set found as a whole
    for events in (p for p in files if p.name == "events.jsonl"):
        sets.append(GoldSet("news", events.parent, events.parent.name))
        claimed.append(events.parent)
    for root in sorted({_ecb_root(p) for p in files if ECB_NAME.match(p.name)}):
        if not any(root.is_relative_to(c) for c in claimed):
            sets.append(GoldSet("clusters", root, root.name))
            claimed.append(root)
    skipped: list[Skipped] = []
    for path in files:
        if any(path.is_relative_to(c) for c in claimed) or path.name.lower() in _QUIET:
            continue
        mode, reason = _classify(path)
        if mode is None:
            skipped.append(Skipped(path, reason))
        else:
            sets.append(GoldSet(mode, path, _stem(path)))
    return _unique_names(sets, eval_dir), skipped


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _ecb_root(document: Path) -> Path:
    """The folder `sitrep eval clusters` is given: above the topic folder, and above an `ECB+` folder."""
    root = document.parent.parent if document.parent.name.isdigit() else document.parent
    return root.parent if root.name.casefold() in ("ecb+", "ecbplus") and document.parent != root else root


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", *TABLE_SUFFIXES, ".xml"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def _classify(path: Path) -> tuple[str | None, str]:
    name = path.name.lower()
    if name.endswith(".xml"):
        return ("geoparse", "") if _has_articles(path) else (None, "XML without <article> elements (not a "
                                                                     "geoparsing corpus this reader knows)")
    if name.endswith((*TABLE_SUFFIXES, ".gz", ".zip")):
        try:
            fieldnames, _ = read_table(path)
        except GoldFormatError as exc:
            return None, str(exc).removeprefix(f"{path}: ")
        keys = {column_key(f) for f in fieldnames}
        missing = [c for c in REQUIRED if c not in keys]
        if not missing:
            return "acled", ""
        return None, f"not an ACLED export (no column {', '.join(missing)})"
    return None, f"not a gold-set file type ({path.suffix or 'no extension'})"


def _has_articles(path: Path) -> bool:
    try:
        for count, (_, element) in enumerate(ET.iterparse(path, events=("start",))):
            if element.tag == "article":
                return True
            if count >= _SNIFF_ELEMENTS:
                return False
    except (ET.ParseError, OSError):
        return False
    return False


def _unique_names(sets: list[GoldSet], eval_dir: Path) -> list[GoldSet]:
    """Sets sorted by mode and path; a name two sets of one mode share becomes its path under `eval_dir`."""
    out = []
    for s in sorted(sets, key=lambda s: (MODES.index(s.mode), str(s.path))):
        twins = [t for t in sets if t.mode == s.mode and t.name == s.name]
        name = s.name if len(twins) == 1 else str(s.path.relative_to(eval_dir))
        out.append(GoldSet(s.mode, s.path, name))
    return out
