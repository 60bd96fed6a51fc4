"""Background vs news: past events a report mentions in passing are recorded, not coded as its events.

"The attacks came a month after two jihadist assaults killed 40 soldiers" reports the assaults as context.
The marker words live in `data/background.yaml`; the date rules (an event dated well before the report's main
event or its publication) live there too, as numbers an analyst can change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import yaml

from sitrep.extract.triggers import DATA, normalise

# How far after a trigger a marker still governs it, when no clause boundary intervenes:
# "The two latest attacks are among the most deadly ...".
MARKER_REACH_AFTER = 60


@dataclass(frozen=True, slots=True)
class BackgroundRules:
    patterns: dict[str, re.Pattern[str]]
    retrospective: dict[str, re.Pattern[str]]
    retrospective_sentences: int
    max_days_before_main: int
    max_days_before_published: int


@cache
def rules() -> BackgroundRules:
    path = DATA / "background.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return BackgroundRules(
            compile_patterns(raw["patterns"], path),
            compile_patterns(raw["retrospective"], path),
            int(raw["retrospective_sentences"]),
            int(raw["max_days_before_main"]),
            int(raw["max_days_before_published"]),
        )
    except KeyError as exc:
        raise ValueError(f"{path}: missing {exc}") from exc


def compile_patterns(by_language: dict[str, list[str]], path: object) -> dict[str, re.Pattern[str]]:
    """One case-insensitive alternation per language, starting at a word start; a bad pattern names the file."""
    patterns: dict[str, re.Pattern[str]] = {}
    for language, words in by_language.items():
        try:
            patterns[language] = re.compile(r"(?<!\w)(?:" + "|".join(words) + ")", re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{path}: bad pattern for {language!r}: {exc}") from exc
    return patterns


def retrospective(opening: str, language: str) -> str | None:
    """The words that make a whole report a look back ("ten years after the attack"), read in its opening."""
    m = rules().retrospective["fr" if language == "fr" else "en"].search(normalise(opening))
    return m.group(0) if m else None


def background_marker(text: str, clause: tuple[int, int], trigger_start: int, language: str) -> str | None:
    """The marker words that make this trigger a past event, or None.

    A marker counts when it comes before the trigger in its clause ("Earlier this month, CAM seized ...") or
    shortly after it ("the two latest attacks are among the deadliest").
    """
    pattern = rules().patterns["fr" if language == "fr" else "en"]
    segment = normalise(text[clause[0] : clause[1]])
    for m in pattern.finditer(segment):
        at = clause[0] + m.start()
        if at < trigger_start or at - trigger_start <= MARKER_REACH_AFTER:
            return m.group(0).strip()
    return None


def too_old(date: dt.date | None, main_date: dt.date | None, reference: dt.date | None) -> str | None:
    """Why a dated event is background by its date alone, or None."""
    if date is None:
        return None
    r = rules()
    if main_date is not None and (main_date - date).days > r.max_days_before_main:
        return f"dated {date}, {(main_date - date).days} days before the report's main event"
    if reference is not None and (reference - date).days > r.max_days_before_published:
        return f"dated {date}, {(reference - date).days} days before the report"
    return None
