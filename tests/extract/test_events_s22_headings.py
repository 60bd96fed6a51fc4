"""A heading with no closing stop (a subhead of a round-up, a headline, a dateline) does not change the parse of the
sentence under it: `sitrep.nlp.parse` parses the block under each heading on its own (session 22, blind s22 s07).
Synthetic texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep import extract_text
from sitrep.nlp import load_pipeline, parse

SUBHEAD = "Elwak: attack on police camp repulsed"
NEWS = "On Saturday night, suspected al-Shabaab militants attacked a police camp at Elwak, police said."


def test_blocks_join_into_one_doc_over_the_same_text() -> None:
    text = f"{SUBHEAD}\n\n{NEWS}\n\nElsewhere\n\nPolice arrested two suspects in Garissa on Friday."
    nlp = load_pipeline("en")
    [doc] = parse(nlp, [text])
    assert doc.text == text
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in nlp.make_doc(text)]
    starts = [s.start_char for s in doc.sents]
    assert {text.index(NEWS), text.index("Elsewhere"), text.index("Police arrested")} <= set(starts)


def test_the_sentence_under_a_subhead_is_parsed_as_alone() -> None:
    nlp = load_pipeline("en")
    [doc] = parse(nlp, [f"{SUBHEAD}\n\n{NEWS}"])
    [alone] = parse(nlp, [NEWS])
    below = doc[len(doc) - len(alone):]
    assert [(t.dep_, t.head.i - below.start) for t in below] == [(t.dep_, t.head.i) for t in alone]
    night = next(t for t in below if t.text == "On")
    assert night.head.text == "attacked"  # not "said": the date is the attack's


@pytest.mark.parametrize("heading", [SUBHEAD, "Round-up of the week"])
def test_an_attack_under_a_subhead_keeps_its_day(heading: str) -> None:
    [event] = extract_text(f"{heading}\n\n{NEWS}", published="2024-11-25", language="en")
    assert str(event.event_date) == "2024-11-23"


@pytest.mark.parametrize("end", [".", ".  ", '."', ".)"])
def test_paragraphs_that_end_with_a_stop_are_parsed_together(end: str) -> None:
    # guard: no heading (spaces, a closing quote or bracket after the stop), one parse of the whole text, as before
    text = f"Two officers were wounded in Lamu on Tuesday, police said{end}\n\n{NEWS}"
    nlp = load_pipeline("en")
    [doc] = parse(nlp, [text])
    whole = nlp(text)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in whole]
    if end == ".":
        assert "2024-11-23" in {str(e.event_date) for e in extract_text(text, published="2024-11-25", language="en")}
