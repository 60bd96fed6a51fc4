"""Session-12 event units, second round: a toll whose subject is the strike told before it is the strike's.
Sentences of our own; real spaCy, geocoder and extraction.
"""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_article
from sitrep.models import Article, EventMention
from sitrep.nlp import load_pipeline


def events(text: str, country: str) -> list[EventMention]:
    article = Article(id="s12b", text=text, language="en", published=dt.date(2024, 3, 15), country=country)
    return extract_article(article, load_pipeline("en")(text)).events


def test_a_toll_whose_subject_is_a_distant_strike_is_the_strike() -> None:
    for text, country, sub in [
        ("An air strike by the military junta on a Buddhist school in the north of Sagaing region killed at least 14 "
         "people hiding there, villagers said on Monday.", "MM", "Air/drone strike"),
        ("A roadside bomb planted by militants near a busy market in the town of Kismayo killed six traders on "
         "Tuesday.", "SO", "Remote explosive/landmine/IED"),
    ]:
        found = events(text, country)
        assert [e.sub_event_type for e in found] == [sub], text
        assert [c.low for c in found[0].counts if c.kind == "killed"] == [14 if country == "MM" else 6], text


def test_a_killing_by_others_after_a_strike_stays_apart() -> None:
    found = events("An air strike by the military hit a village in Sagaing region on Friday, and soldiers later "
                   "killed four farmers in the fields nearby.", "MM")
    assert {e.event_type for e in found} == {"Explosions/Remote violence", "Violence against civilians"}

