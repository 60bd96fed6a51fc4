"""Session 15: a town only a background clause names is not the region-only event's place (the bundled sample's
Ogossagou attack was coded at Boni, the site of an earlier ambush, once the gazetteer knew Boni)."""

from __future__ import annotations

from sitrep.extract import extract_article
from sitrep.models import Article, EventMention
from sitrep.nlp import load_pipeline


def _main(text: str) -> EventMention:
    article = Article(id="t", text=text, published=None, language="en", source_format="text")
    return max(extract_article(article, load_pipeline("en")(text)).events, key=lambda m: m.salience)


def test_a_background_town_does_not_place_the_news() -> None:
    text = ("Gunmen attacked the village of Kelemboro in central Mali on Friday, killing nine civilians, a local "
            "official said.\n\n"
            "The attack came two weeks after an ambush on an army patrol near Boni killed seven soldiers.")
    place = _main(text).location
    assert place is None or place.place.name != "Boni"


def test_a_town_of_the_news_still_gives_its_region() -> None:
    text = ("Gunmen attacked the village of Kelemboro in central Mali on Friday, killing nine civilians, a local "
            "official said.\n\n"
            "Residents of Boni said the gunmen came from the forest.")
    place = _main(text).location
    assert place is not None and (place.place.admin1, place.geo_precision) == ("Mopti", 3)
