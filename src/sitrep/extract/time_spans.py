"""A span of time counted from another event ("two days after", "un mois après"), from `data/time_spans.yaml`.

One list serves both readers: background.py marks the event such a phrase names as past, and triggers.py cuts a
sentence that opens with the phrase from the news after its comma (it cannot import background.py, which imports
it).
"""

from __future__ import annotations

from functools import cache

import yaml

from sitrep.extract.vocabulary import DATA


@cache
def time_span(language: str, hours: bool = False) -> str:
    """The regular expression (no groups, no anchors) of "<amount> <unit> <relation>" in one language; with
    `hours`, spans of hours too ("three hours after": another event of the same day, not a past one)."""
    path = DATA / "time_spans.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        amounts, units, relations = (raw[key][language] for key in ("amounts", "units", "relations"))
        units = units + raw["hours"][language] if hours else units
    except KeyError as exc:
        raise ValueError(f"{path}: missing {exc}") from exc
    return rf"(?:{'|'.join(amounts)})\s+(?:{'|'.join(units)})\s+(?:{'|'.join(relations)})(?!\w)"
