"""Loading the spaCy pipelines: one per language, named by a setting, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from sitrep import settings

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A blank line under a line that ends without a sentence's closing mark: the line is a headline, subhead, dateline
# or byline ("Mandera: attack on police camp repulsed", "NAIROBI, Kenya").
HEADING_BREAK = re.compile(r"(?<=[^\s.!?…\"'”’»)\]])[^\S\n]*\n[^\S\n]*\n\s*")


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


def parse(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Each text's Doc, each block under a heading parsed on its own. spaCy's token vectors read a few tokens
    across a sentence break, and a heading with no closing stop changes the parse of the sentence under it
    ("Mandera: attack on police camp repulsed / On Saturday night, suspected al-Shabaab militants attacked a
    camp, police said": "On Saturday night" hangs off "said", "suspected" becomes a verb). The blocks join into
    one Doc over the same text, offsets unchanged; a text with no heading is parsed whole, as before."""
    blocks = [_blocks(text) for text in texts]
    docs = nlp.pipe(block for parts in blocks for block in parts)
    for parts in blocks:
        parsed = [next(docs) for _ in parts]
        yield parsed[0] if len(parsed) == 1 else Doc.from_docs(parsed, ensure_whitespace=False)


def _blocks(text: str) -> list[str]:
    """`text` cut after each blank line under a heading (the blank line stays with the heading)."""
    cuts = [m.end() for m in HEADING_BREAK.finditer(text) if m.end() < len(text)]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


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
