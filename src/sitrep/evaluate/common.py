"""Pieces every scorer shares: field tallies, name normalisation, the ACLED type taxonomy and its old names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from unidecode import unidecode


class GoldFormatError(ValueError):
    """A gold file that cannot be read; the message names the file, the line and the problem."""


@dataclass(slots=True)
class FieldScore:
    """How often one field was right among the cases where it could be scored."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


def norm_name(value: str | None) -> str:
    """Case-, accent- and punctuation-blind form of a name: 'Ménaka' == 'menaka', 'Al-Shabaab' == 'al shabaab'."""
    if not value:
        return ""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", unidecode(value).casefold()).split())


_TRAILING_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # "(Mali)", "(2013-)"
_PERIOD = re.compile(r"\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")  # ACLED's period of a state force: "(2013-)"


def names_match(predicted: str | None, gold: str | None) -> bool:
    """Same actor name, ignoring case, accents and ACLED's periods ("Police Forces of Kenya (2013-)").

    A gold name without a trailing qualifier accepts a prediction with one: ACLED writes "Unidentified Armed
    Group (Mali)" where a gold set may write "Unidentified Armed Group" (the country is checked when events are
    matched). Never the reverse: gold "Dogon Ethnic Militia (Mali)" does not accept "... (Niger)" nor a bare name.
    """
    if not predicted or not gold:
        return False
    predicted, gold = _PERIOD.sub("", predicted), _PERIOD.sub("", gold)
    if norm_name(predicted) == norm_name(gold):
        return True
    if _TRAILING_QUALIFIER.search(gold):
        return False
    bare = norm_name(_TRAILING_QUALIFIER.sub("", predicted))
    return bool(bare) and bare == norm_name(gold)


@cache
def _taxonomy() -> dict[str, Any]:
    text = resources.files("sitrep.evaluate").joinpath("data/acled_types.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def event_types() -> list[str]:
    """Today's six ACLED event types."""
    return list(_taxonomy()["event_types"])


def legacy_types() -> dict[str, dict[str, Any]]:
    """Old ACLED type names (before 2019) -> {event_type, sub_event_type, by_inter1} (see the data file)."""
    return {norm_name(k): v for k, v in _taxonomy()["legacy"].items()}


def split_type(value: str) -> tuple[str, str | None]:
    """'Explosions/Remote violence/Suicide bomb' -> ('Explosions/Remote violence', 'Suicide bomb').

    Both levels may contain '/', so the event type is found as the longest known type the text starts with.
    """
    for event_type in sorted(event_types(), key=len, reverse=True):
        if value == event_type:
            return event_type, None
        if value.startswith(event_type + "/"):
            return event_type, value[len(event_type) + 1 :]
    raise ValueError(f"{value!r} does not start with an ACLED event type ({', '.join(event_types())})")
