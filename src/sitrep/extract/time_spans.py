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
    """The regular expression (no groups, no anchors) of "[<qualifier>] <amount> <unit> <relation>" in one language,
    the amount optional before a plural unit ("days after"); with `hours`, spans of hours too ("three hours after":
    another event of the same day, not a past one)."""
    path = DATA / "time_spans.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        qualifiers, amounts, units, relations, plurals, plural_relations = (
            raw[key][language]
            for key in ("qualifiers", "amounts", "units", "relations", "plural_units", "plural_relations")
        )
        if hours:
            units = units + raw["hours"][language]
            plurals = plurals + [h.removesuffix("?") for h in raw["hours"][language]]
    except KeyError as exc:
        raise ValueError(f"{path}: missing {exc}") from exc
    span = rf"(?:{'|'.join(amounts)})\s+(?:{'|'.join(units)})\s+(?:{'|'.join(relations)})"
    if plurals and plural_relations:
        span = rf"(?:{span}|(?:{'|'.join(plurals)})\s+(?:{'|'.join(plural_relations)}))"
    return rf"(?:(?:{'|'.join(qualifiers)})\s+)?{span}(?!\w)"
