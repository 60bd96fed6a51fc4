"""Session 17: ACLED renames actors in its whole dataset at once, so an export's own date (its last day,
`Article.as_of`) decides names for events of any date: the Liyu Police were the "Liyu Division" in 2016 exports
(horn.yaml `exported`)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_article
from sitrep.extract.actor_files import ActorKBError, parse_actor
from sitrep.extract.actors import get_actor_kb
from sitrep.models import Article
from sitrep.nlp import load_pipeline

TEXT = "On 24 June 2014, Liyu police clashed with ONLF fighters near Degehabur, killing six."


def _actors(as_of: dt.date | None) -> set[str]:
    article = Article(id="r1", text=TEXT, language="en", country="ET", as_of=as_of, source_format="text")
    extraction = extract_article(article, load_pipeline("en")(TEXT))
    event = max(extraction.events, key=lambda m: m.salience)
    return {ref.name for ref in (event.actor1, event.actor2) if ref is not None}


def test_an_older_export_names_the_unit_as_it_did_then() -> None:
    assert "Police Forces of Ethiopia Liyu Division" in _actors(dt.date(2016, 7, 31))


@pytest.mark.parametrize("as_of", [dt.date(2019, 12, 31), None])
def test_later_exports_and_live_reports_keep_todays_name(as_of: dt.date | None) -> None:
    assert "Police Forces of Ethiopia Liyu Police" in _actors(as_of)


def test_exported_names_by_export_date() -> None:
    kb = get_actor_kb()
    ref = kb.lookup("Liyu Police")
    assert ref is not None
    assert kb.as_exported(ref, dt.date(2016, 7, 31)).name == "Police Forces of Ethiopia Liyu Division"
    assert kb.as_exported(ref, dt.date(2019, 1, 1)).name == "Police Forces of Ethiopia Liyu Police"


def test_a_bad_exported_entry_is_named() -> None:
    with pytest.raises(ActorKBError, match="exported"):
        parse_actor({"name": "X", "type": "State forces", "exported": [{"name": "Y"}]}, "user.yaml: actor 1")
