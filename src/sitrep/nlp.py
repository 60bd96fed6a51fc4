"""Loading the spaCy pipelines: one per language, named by a setting, loaded once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from sitrep import settings


class ModelNotInstalled(RuntimeError):
    pass


def supported_languages() -> list[str]:
    return [code.strip() for code in str(settings.get("languages")).split(",") if code.strip()]


@cache
def load_pipeline(language: str) -> Language:
    """The spaCy pipeline for `language` ("en", "fr"), as set by `spacy_model_<language>`."""
    name = settings.get(f"spacy_model_{language}")
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} for language {language!r} is not installed: pip install it, "
            f"or set SITREP_SPACY_MODEL_{language.upper()} to an installed model"
        ) from exc
