"""Loading the spaCy pipelines: one per language, named by a setting, loaded once per process."""

from __future__ import annotations

import re
from functools import cache

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from sitrep import settings

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


class ModelNotInstalled(RuntimeError):
    pass


@Language.component("blank_line_breaks")
def blank_line_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. spaCy's parser runs a headline into the body under it ("Five police officers
    killed by roadside bomb / MANDERA - ..."), so the headline's words hang from the body's verbs; set before the
    parser, the break keeps the two parses apart (the parser keeps sentence starts set before it)."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)):  # the whitespace tokens, found in one call
        if i + 1 < len(doc) and BLANK_LINE.search(doc[i].text):
            doc[i + 1].is_sent_start = True
    return doc


def supported_languages() -> list[str]:
    return [code.strip() for code in str(settings.get("languages")).split(",") if code.strip()]


@cache
def load_pipeline(language: str) -> Language:
    """The spaCy pipeline for `language` ("en", "fr"), as set by `spacy_model_<language>`."""
    name = settings.get(f"spacy_model_{language}")
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} for language {language!r} is not installed: pip install it, "
            f"or set SITREP_SPACY_MODEL_{language.upper()} to an installed model"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("blank_line_breaks", before="parser")
    return nlp
