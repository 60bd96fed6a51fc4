"""Session 19: the country of the state that strikes is not where the strike falls. A headline naming the striker's
country and the struck place ("US jets hit a depot near Hodeidah") labels no country, and "United States
warplanes" names a state's forces by their country as a demonym does ("American warplanes")."""

from __future__ import annotations

import pytest

from sitrep.extract import extract_article
from sitrep.models import Article
from sitrep.resolve import build_event


@pytest.fixture(scope="module")
def nlp():
    from sitrep.nlp import load_pipeline

    return load_pipeline("en")


def _placed(nlp, text: str, title: str | None = None) -> tuple[str | None, str | None]:
    article = Article(id="t", text=text, title=title, published=None, language="en", source_format="text")
    extraction = extract_article(article, nlp(text))
    event = build_event([max(extraction.events, key=lambda m: m.salience)], {"t": article})
    return event.country, event.admin1


def test_the_usual_english_spelling_of_hodeidah(nlp) -> None:
    text = "Warplanes bombed a fuel depot in Hodeidah on Monday, killing two guards."
    assert _placed(nlp, text) == ("Yemen", "Al Hudaydah")


def test_a_headline_naming_the_striker_and_the_place_labels_no_country(nlp) -> None:
    text = "United States warplanes bombed a fuel depot near Hodeidah on Monday, killing two guards."
    assert _placed(nlp, text, title="US jets hit depot near Hodeidah") == ("Yemen", "Al Hudaydah")


def test_a_headline_naming_only_its_country_still_labels_it(nlp) -> None:
    text = "Soldiers repelled an attack on their post on Sunday, killing ten assailants."
    assert _placed(nlp, text, title="Mali: army repels attack on a post")[0] == "Mali"


def test_a_country_named_with_its_forces_weighs_as_a_demonym(nlp) -> None:
    text = "United States warplanes bombed a fuel depot near Hodeidah on Monday, killing two guards."
    assert _placed(nlp, text) == ("Yemen", "Al Hudaydah")


def test_a_force_named_by_its_country_alone_still_says_the_country(nlp) -> None:
    text = "Mali army soldiers repelled an attack on their post on Sunday, killing ten assailants."
    assert _placed(nlp, text)[0] == "Mali"


def test_a_country_named_alone_still_counts(nlp) -> None:
    text = "Police shot dead two robbery suspects in Mombasa, Kenya on Monday."
    assert _placed(nlp, text) == ("Kenya", "Mombasa")
