"""Language detection (lingua), restricted to the languages conflict reporting in sitrep's regions comes in.

The detector is built once, on first use, with only these languages loaded: a smaller set is both faster and
more accurate than all 75. Only the first few thousand characters are read; that is plenty for a news report.
"""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (
    Language.ENGLISH, Language.FRENCH, Language.ARABIC, Language.PORTUGUESE, Language.SPANISH,
    Language.ITALIAN, Language.GERMAN, Language.DUTCH, Language.RUSSIAN, Language.TURKISH,
    Language.SOMALI, Language.SWAHILI, Language.YORUBA,
)
_SAMPLE_CHARS = 3000
_MIN_LETTERS = 20  # below this a guess is noise


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_minimum_relative_distance(0.05).build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language ("en", "fr", "ar"...), or None when too short or unclear."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    code: IsoCode639_1 = language.iso_code_639_1
    return code.name.lower()
