"""A "LOCATION:" label says where the event was ("LOCATION: X in Kericho District"): its places are the event's,
before places the narrative names (an ethnic group, a forest across two areas); when the label names an area, only
places in that area ("Y (near Kitale), Trans Nzoia District" is no Nairobi estate of that name). Synthetic notes
written for these tests, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.events import extract_article
from sitrep.models import Article
from sitrep.nlp import load_pipeline


def _admin1(text: str, country: str = "KE") -> str | None:
    article = Article(id="n1", text=text, language="en", source_format="text", country=country)
    main = max(extract_article(article, load_pipeline("en")(text)).events, key=lambda m: m.salience)
    return main.location.place.admin1 if main.location else None


@pytest.mark.parametrize(("text", "admin1"), [
    ("A gang of armed youths attacked a village of Kisii and Kikuyu families. LOCATION: Kipsitet in Kericho "
     "District (district capital = Kericho). FATALITIES: 3", "Kericho"),
    ("Soldiers detained five militia men, who were later found dead. LOCATION: Chebyuk Forest (part of Mount "
     "Elgon forest), Trans Nzoia District", "Trans Nzoia"),
    ("Armed men burned houses in two villages. LOCATION: Kapsiro & Embakasi Village (near Kitale), Trans Nzoia "
     "District", "Trans Nzoia"),
])
def test_the_labelled_place(text: str, admin1: str) -> None:
    assert _admin1(text) == admin1


@pytest.mark.parametrize(("text", "admin1"), [
    # no label: the event clause's place, as before
    ("Armed youths torched houses in a village near Kericho town on Monday.", "Kericho"),
    # a label naming no place the gazetteer knows: the narrative's place, as before
    ("Raiders from Turkana attacked herders in Baringo. LOCATION: Kinyach and Kapturo areas", "Baringo"),
])
def test_without_a_usable_label_as_before(text: str, admin1: str) -> None:
    assert _admin1(text) == admin1
