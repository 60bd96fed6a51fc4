"""Number words and digit groups of one language ("forty-nine", "1,200", "vingt et un"), and the reading of the
rule files under extract/data that sitrep.extract.counts, dates and attribution share."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"


class DataFileError(ValueError):
    """A rules file under extract/data is missing a key or has a bad pattern."""


def load_rules(name: str) -> dict[str, Any]:
    """Read one of this package's YAML rule files, naming the file in any error."""
    resource = DATA_DIR / name
    try:
        loaded = yaml.safe_load(resource.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{resource}: cannot read rules: {exc}") from exc
    if not isinstance(loaded, dict):
        raise DataFileError(f"{resource}: expected a mapping at the top level")
    return loaded


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first so "quatre-vingts" wins over "quatre"."""
    return "|".join(re.escape(w) for w in sorted(map(str, words), key=len, reverse=True))


class NumberReader:
    """Number words and digit groups of one language: finds them and reads their value."""

    def __init__(self, rules: dict[str, Any], source: str) -> None:
        try:
            self.units: dict[str, int] = {str(k).lower(): int(v) for k, v in rules["units"].items()}
            self.tens: dict[str, int] = {str(k).lower(): int(v) for k, v in rules["tens"].items()}
            self.multipliers: dict[str, int] = {str(k).lower(): int(v) for k, v in rules["multipliers"].items()}
            self.joiners: set[str] = {str(w).lower() for w in rules["joiners"]}
            articles = {str(w).lower() for w in rules.get("article_units") or []}
            self.articles = articles
            self.need_victims = articles | {str(w).lower() for w in rules.get("lone_units_need_victims") or []}
            separator = str(rules.get("thousands_separator", ",| |\u00a0|\u202f"))
        except (KeyError, AttributeError, TypeError, ValueError) as exc:
            raise DataFileError(f"{source}: bad number vocabulary: {exc!r}") from exc
        parts = {w for w in (*self.units, *self.tens, *self.multipliers) if w not in articles}
        vocabulary = {*self.units, *self.tens, *self.multipliers, *self.joiners}
        self._token = re.compile(rf"(?<![^\s-])(?:{alternation(vocabulary)})(?![^\s-])")
        part = rf"(?:{alternation(parts)})"
        # "and"/"et" joins only after a ten or a multiplier: "vingt et un", "one hundred and twenty", but
        # "three and four" stays two figures
        tens = alternation({*self.tens, *self.multipliers})
        joined = rf"(?:{tens})(?:[\s-]+(?:{alternation(self.joiners)})[\s-]+{part})?"
        segment = rf"(?:{joined}|{part})"
        lead = rf"(?:{alternation(articles)})\s+(?:{alternation(self.multipliers)})" if articles else segment
        words = rf"(?:{lead}|{segment})(?:(?:\s+|-){segment})*"
        digits = rf"\d{{1,3}}(?:(?:{separator})\d{{3}})+(?![\d,]\d)|\d+"
        self.pattern = rf"(?:{digits}|{words})"

    def value(self, words: str) -> int | None:
        """The value of a number as written ("1,200", "forty-nine", "vingt et un"), or None if malformed."""
        cleaned = words.strip().lower()
        digits = re.sub(r"[,\s\u00a0\u202f.]", "", cleaned)
        if digits.isdigit():
            return int(digits)
        tokens = self._token.findall(cleaned)  # whole vocabulary entries first: "quatre-vingt" is one part
        if re.sub(r"[\s-]+", "", self._token.sub("", cleaned)):
            return None
        total, current, previous = 0, 0, ""
        for token in tokens:
            if token in self.joiners:
                if previous not in self.tens and previous not in self.multipliers:
                    return None  # "two and three" is two figures, not one
            elif token in self.multipliers:
                factor = self.multipliers[token]
                current = max(current, 1) * factor
                if factor >= 1000:
                    total, current = total + current, 0
            elif token in self.units or token in self.tens:
                current += self.units.get(token, 0) + self.tens.get(token, 0)
            else:
                return None
            previous = token
        return total + current
