"""EXTRACT: one article (and its spaCy parse) in, its event mentions out, each field with Evidence.

`extract_article` is the entry point; the field readers it uses live beside it (dates, counts, attribution,
actors, and the event typing in triggers/background/roles/fields).
"""

from sitrep.extract.events import extract_article

__all__ = ["extract_article"]
