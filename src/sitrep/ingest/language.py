"""Language detection (lingua), restricted to the languages conflict reporting in sitrep's regions comes in.

The detector is built once, on first use, with only these languages loaded: a smaller set is both faster and
more accurate than all 75. Low-accuracy mode (trigram models only) loads in under a second instead of ~10 s and
still labels every news-dev report correctly; only the first 1,000 characters are read (~5 ms a report).

Names are left out of what the detector reads when enough else remains: in a short report they outweigh the
few function words ("On 4 May, Al Shabaab attacked an AMISOM base in Jowhar." reads as Somali, a brief full of
Kenyan place names as Spanish), and they say where a story happened, not what language it is told in.

A short text (under 120 characters, a headline-only feed item) is too little for trigrams alone: "Twelve held over
al-Shabaab recruitment in" reads as Dutch (0.97). There a language the source declares (a feed's <language>, an
item's xml:lang, a page's <html lang>) is taken as it stands; with none, lingua's high-accuracy models (1- to
5-grams, what lingua itself reads such texts with) weigh the trigram reading's two best languages and the
languages sitrep extracts. Those models are loaded on the first short text only, for those few languages (about a
second and 30-40 MB each; lingua keeps them for the process), so runs of whole reports never load them. On a longer
text a declared language gives way only when the detector clearly names another (a French story on a page whose
template says lang="en").
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
_SHORT_CHARS = 120  # lingua's own bound: below it high-accuracy mode reads all n-gram lengths, above trigrams only
_SHORT_CANDIDATES = 2  # the trigram reading's best languages weighed again on a short text
_EXTRACTED = (Language.ENGLISH, Language.FRENCH)  # always weighed: reading one of these as another loses the report
_MIN_DISTANCE = 0.05


@cache
def _detector() -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*LANGUAGES).with_minimum_relative_distance(_MIN_DISTANCE)
    return builder.with_low_accuracy_mode().build()


@cache
def _short_text_detector(languages: frozenset[Language]) -> LanguageDetector:
    """High-accuracy mode for a few languages (lingua loads each language's models once per process)."""
    return LanguageDetectorBuilder.from_languages(*languages).with_minimum_relative_distance(_MIN_DISTANCE).build()


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The ISO 639-1 code of the text's language ("en", "fr", "ar"...), or None when too short or unclear.

    `declared` is the language the source states (`language_code` of a feed's or page's tag): it is the answer
    for a text too short to judge, and stands unless a text long enough to judge is clearly in another language.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return declared
    unnamed = _without_names(sample)
    read = unnamed if len(_LETTER.findall(unnamed)) >= _MIN_UNNAMED_LETTERS else sample
    if len(read) < _SHORT_CHARS:
        return declared or _short_text_language(read)
    language = _detector().detect_language_of(read)
    return _code(language) if language is not None else declared


def _short_text_language(text: str) -> str | None:
    """A short text's language by high-accuracy models, for the trigram reading's best candidates only."""
    ranked = _detector().compute_language_confidence_values(text)
    candidates = frozenset([value.language for value in ranked[:_SHORT_CANDIDATES]] + list(_EXTRACTED))
    language = _short_text_detector(candidates).detect_language_of(text)
    return _code(language) if language is not None else None


def language_code(value: object) -> str | None:
    """The ISO 639-1 code a source declares: "en", "en-US", "fr_FR", "English", "French" -> "en"/"fr"; None when
    the value names no language."""
    if not isinstance(value, str) or not (value := value.strip()):
        return None
    head = re.split(r"[-_\s]", value, maxsplit=1)[0]
    for read in (lambda: IsoCode639_1.from_str(head.lower()), lambda: Language.from_str(value).iso_code_639_1):
        try:
            code: IsoCode639_1 = read()
        except ValueError:
            continue
        return code.name.lower()
    return None


def _code(language: Language) -> str:
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
