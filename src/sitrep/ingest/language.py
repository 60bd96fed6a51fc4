"""Language detection (lingua), restricted to the languages conflict reporting in sitrep's regions comes in.

The detector is built once, on first use, with only these languages loaded: a smaller set is both faster and
more accurate than all 75. Low-accuracy mode (trigram models only) loads in under a second instead of ~10 s and
still labels every news-dev report correctly; only the first 1,000 characters are read (~5 ms a report).

Names are left out of what the detector reads when enough else remains: in a short report they outweigh the
few function words ("On 4 May, Al Shabaab attacked an AMISOM base in Jowhar." reads as Somali, a brief full of
Kenyan place names as Spanish), and they say where a story happened, not what language it is told in.
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
_MIN_UNNAMED_LETTERS = 12  # a few function words and a verb ("on ... attacked an ... base in") outweigh names
_LETTER = re.compile(r"[^\W\d_]")
_TOKEN = re.compile(r"(\s*)(\S+)")
_SENTENCE_END = re.compile(r"[.!?:;\"»”]$")


@cache
def _detector() -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*LANGUAGES).with_minimum_relative_distance(0.05)
    return builder.with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language ("en", "fr", "ar"...), or None when too short or unclear."""
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return None
    unnamed = _without_names(sample)
    enough = len(_LETTER.findall(unnamed)) >= _MIN_UNNAMED_LETTERS
    language = _detector().detect_language_of(unnamed if enough else sample)
    if language is None:
        return None
    code: IsoCode639_1 = language.iso_code_639_1
    return code.name.lower()


def _without_names(text: str) -> str:
    """The text without its capitalised words that do not open a sentence (names, acronyms)."""
    kept, opens = [], True
    for space, token in _TOKEN.findall(text):
        if opens or "\n" in space or not token[0].isupper():
            kept.append(token)
        opens = bool(_SENTENCE_END.search(token))
    return " ".join(kept)
