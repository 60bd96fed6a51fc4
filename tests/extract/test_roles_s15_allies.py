"""Session 15: foreign forces fighting beside a state's own are associated with them, as ACLED codes Wagner Group
with the Military Forces of Mali (before, only an ally of the same ACLED inter code was associated)."""

from __future__ import annotations

from sitrep.extract import extract_article
from sitrep.models import Article, EventMention
from sitrep.nlp import load_pipeline


def _main(text: str) -> EventMention:
    article = Article(id="t", text=text, published=None, language="en", country="ML", source_format="text")
    return max(extract_article(article, load_pipeline("en")(text)).events, key=lambda m: m.salience)


def test_foreign_fighters_beside_the_army_are_its_associates() -> None:
    event = _main("Malian soldiers and Wagner Group fighters killed 25 civilians in Diafarabé on Monday, residents "
                  "said.")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Mali"
    assert [a.name for a in event.assoc_actor_1] == ["Wagner Group"]

