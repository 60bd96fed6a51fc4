"""Session 14: an undated report's actors go by the names of the time the analyst says the reports are from
(`Article.as_of`, `sitrep extract --as-of`), as a dated report's go by its date; no event is dated by it."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_article
from sitrep.models import Article
from sitrep.nlp import load_pipeline

TEXT = "Boko Haram fighters attacked a military base near Monguno, killing four soldiers."


def _main(article: Article):  # noqa: ANN202
    extraction = extract_article(article, load_pipeline("en")(article.text))
    return max(extraction.events, key=lambda m: m.salience)


def test_an_undated_report_names_actors_as_of_the_analyst_s_date() -> None:
    event = _main(Article(id="r1", text=TEXT, language="en", country="NG", as_of=dt.date(2016, 7, 15)))
    assert event.actor1.name == "Boko Haram - Wilayat Gharb Ifriqiyyah"  # its name from March 2015 to August 2016
    assert event.date.value is None  # the analyst's date names actors; it dates no event


def test_a_publication_date_outranks_the_analyst_s() -> None:
    event = _main(Article(id="r1", text=TEXT, language="en", country="NG", published=dt.date(2024, 5, 2),
                          as_of=dt.date(2016, 7, 15)))
    assert event.actor1.name == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
