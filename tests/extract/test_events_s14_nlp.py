"""A blank line ends a sentence before the parser runs: a headline is not parsed into the body under it (session 14).
Synthetic texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp import load_pipeline

HEADLINES = [
    ("en", "Five police officers killed by roadside bomb\n\nMANDERA - Five police officers were killed on Monday "
           "when their vehicle struck a roadside bomb near Elwak, police said."),
    ("en", "Gunmen raid village in Zamfara \n \nResidents said gunmen killed four farmers on Sunday."),
    ("fr", "Cinq soldats tués dans une embuscade\n\nCinq soldats ont été tués lundi dans une embuscade près de "
           "Tillabéri, selon une source sécuritaire."),
]


@pytest.mark.parametrize(("language", "text"), HEADLINES)
def test_a_headline_above_a_blank_line_is_a_sentence_of_its_own(language: str, text: str) -> None:
    doc = load_pipeline(language)(text)
    headline = text.split("\n")[0].strip()
    first = next(iter(doc.sents))
    assert first.text.strip() == headline
    assert all(token.head.i < first.end for token in first)  # no word of the headline hangs from the body


def test_a_single_line_break_is_left_to_the_parser() -> None:
    doc = load_pipeline("en")("Police said four people died\nin the attack on Sunday.")
    assert len(list(doc.sents)) == 1
