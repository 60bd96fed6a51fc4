"""The evaluation's parse cache gives back what spaCy gave, and extraction reads the same events from it."""

from __future__ import annotations

from pathlib import Path

from sitrep.evaluate.parse_cache import ParseCache
from sitrep.extract import extract_article
from sitrep.models import Article
from sitrep.nlp import load_pipeline

NOTES = [
    "On 3 May 2021, gunmen killed four farmers near Djibo, Soum province. Soldiers later clashed with them.",
    "Around 200 nurses marched in Kumasi (Ashanti) on 4 May 2021 to demand unpaid allowances.",
    "On 3 May 2021, gunmen killed four farmers near Djibo, Soum province. Soldiers later clashed with them.",
]


def _view(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.ent_type_, t.is_sent_start)
            for t in doc]


def test_cached_parses_equal_fresh_ones_and_give_the_same_events(tmp_path: Path) -> None:
    nlp = load_pipeline("en")
    path = tmp_path / "parses.sqlite3"
    first = ParseCache(nlp, path)
    cached = first.parse(NOTES)
    first.close()
    assert (first.misses, first.hits) == (2, 0)  # the repeated note is parsed once
    again = ParseCache(nlp, path)
    reread = again.parse(NOTES)
    again.close()
    assert (again.misses, again.hits) == (0, 2)
    assert reread[0] is not reread[2]  # a note given twice gets two Docs: extraction may annotate them
    for note, doc, doc2 in zip(NOTES, cached, reread, strict=True):
        fresh = nlp(note)
        assert _view(doc) == _view(doc2) == _view(fresh)
        article = Article(id="n1", text=note, published=None, language="en", source_format="text")
        assert extract_article(article, doc2).model_dump() == extract_article(article, fresh).model_dump()
