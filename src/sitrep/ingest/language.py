"""Language detection (lingua), restricted to the languages conflict reporting in sitrep's regions comes in.

The detector is built once, on first use, with only these languages loaded: a smaller set is both faster and
more accurate than all 75. Low-accuracy mode (trigram models only) loads in under a second instead of ~10 s and
still labels every news-dev report correctly; only the first 1,000 characters are read (~5 ms a report).
"""

from __future__ import annotations

import re
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (
    Language.ENGLISH, Language.FRENCH, Language.ARABIC, Language.PORTUGUESE, Language.SPANISH,
    Language.ITALIAN, Language.GERMAN, Language.DUTCH, Language.RUSSIAN, Language.TURKISH,
    Language.SOMALI, Language.SWAHILI, Language.YORUBA,
)
_SAMPLE_CHARS = 1000
_MIN_LETTERS = 20  # below this a guess is noise
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _detector() -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*LANGUAGES).with_minimum_relative_distance(0.05)
    return builder.with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language ("en", "fr", "ar"...), or None when too short or unclear."""
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    code: IsoCode639_1 = language.iso_code_639_1
    return code.name.lower()
