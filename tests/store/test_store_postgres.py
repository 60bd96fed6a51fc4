"""The same store on PostgreSQL; runs only when SITREP_TEST_POSTGRES_URL points at a scratch database."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest
from sqlalchemy import make_url

from sitrep.models import Article, ArticleExtraction, Deaths
from sitrep.resolve import Resolver, event_id_for
from sitrep.resolve.synthetic import make_mention, place
from sitrep.store import EventFilter, Store, StoreError
from sitrep.store import schema as t

URL = os.environ.get("SITREP_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set SITREP_TEST_POSTGRES_URL=postgresql+psycopg://... to run")

DAY = dt.date(2019, 11, 1)


@pytest.fixture
def store() -> Store:
    assert URL is not None
    store = Store(URL)
    t.metadata.drop_all(store.engine)
    t.metadata.create_all(store.engine)
    return store


def test_round_trip_and_resolution_on_postgres(store: Store) -> None:
    run = uuid.uuid4().hex[:6]
    resolver = Resolver(store, threshold=0.55, window_days=3)
    for n, toll in ((1, 6), (2, 9)):
        article = Article(id=f"{run}-a{n}", text=f"Report {n} ({run}) of the clashes at Gao; {toll} died.",
                          published=DAY, outlet=f"Outlet {n}")
        assert store.add_article(article) == "new"
        mention = make_mention(article.id, f"{toll} soldiers died at Gao.", date=DAY, place=place("Gao"),
                               actor1=("Islamic State Sahel", 2), actor2=("Military Forces of Mali", 1),
                               killed=[(toll, "actor2", None)])
        extraction = ArticleExtraction(article_id=article.id, language="en", events=[mention])
        store.save_extraction(extraction)
        resolver.add(store.get_article(article.id), extraction)
    event = store.get_event(event_id_for(f"{run}-a1#0"))
    assert event is not None and event.number_of_sources == 2
    assert (event.fatalities, event.fatalities_high) == (6, 9)
    assert event.deaths == Deaths(actor2=event.fatalities_best or 0)  # who died, kept in the event's JSON
    assert store.events(EventFilter(country="Mali", since=DAY, until=DAY))[0].event_id == event.event_id
    assert [h.action for h in store.event_history(event.event_id)] == ["created", "joined", "updated"]
    assert store.add_article(store.get_article(f"{run}-a1")) == "duplicate"


def test_a_refused_login_is_reported_without_the_password() -> None:
    assert URL is not None
    wrong = make_url(URL).set(password="not-the-password-x1")
    with pytest.raises(StoreError) as caught:
        Store(wrong.render_as_string(hide_password=False))
    assert "not-the-password-x1" not in str(caught.value)
    assert str(caught.value).startswith(f"cannot open the store {wrong.render_as_string(hide_password=True)}: ")



def test_a_copy_is_a_source_and_an_old_stores_key_to_articles_is_dropped_on_postgres(store: Store) -> None:
    from sqlalchemy import inspect

    with store.engine.begin() as conn:  # event_sources as an earlier sitrep made it: its article_id tied to articles
        conn.exec_driver_sql("DROP TABLE copies")
        conn.exec_driver_sql("ALTER TABLE event_sources ADD CONSTRAINT event_sources_article_id_fkey "
                             "FOREIGN KEY (article_id) REFERENCES articles (id)")
    store = Store(URL or "")
    assert [fk["constrained_columns"] for fk in inspect(store.engine).get_foreign_keys("event_sources")] == [
        ["event_id"]]
    resolver = Resolver(store, threshold=0.55, window_days=3)
    text = "Four soldiers died at Gao on Friday when gunmen attacked their post."
    article = Article(id="wire", text=text, published=DAY, outlet="Sahel Wire")
    store.add_article(article)
    mention = make_mention(article.id, text, date=DAY, place=place("Gao"), actor1=("Islamic State Sahel", 2),
                           actor2=("Military Forces of Mali", 1), killed=[(4, "actor2", None)])
    extraction = ArticleExtraction(article_id=article.id, language="en", events=[mention])
    store.save_extraction(extraction)
    resolver.add(store.get_article(article.id), extraction)
    assert resolver.add_copy(article.model_copy(update={"id": "copy", "outlet": "Gao Daily"}))
    event = store.get_event(event_id_for("wire#0"))
    assert event is not None and [s.outlet for s in event.sources] == ["Sahel Wire", "Gao Daily"]
    assert store.get_article("copy").outlet == "Gao Daily"


def test_sources_keep_their_headlines_and_an_old_store_gains_them_on_postgres(store: Store) -> None:
    """As on SQLite (test_store_upgrade): each source keeps its report's headline for the UCDP export, and a
    store written before gains them from its articles and copies, in the rows and the events' JSON."""
    import json

    from store_clashes import HEADLINES, titled_event

    from sitrep.deliver.export import ucdp_row

    event_id = titled_event(store)
    stored = store.get_event(event_id)
    assert stored is not None and ucdp_row(stored)["source_headline"] == HEADLINES
    with store.engine.begin() as conn:  # as an earlier sitrep wrote it: no title column, no "title" in the JSON
        conn.exec_driver_sql("ALTER TABLE event_sources DROP COLUMN title")
        old = json.loads(conn.exec_driver_sql(f"SELECT json FROM events WHERE event_id = '{event_id}'").scalar_one())
        for source in old["sources"]:
            del source["title"]
        conn.execute(t.events.update().where(t.events.c.event_id == event_id).values(json=json.dumps(old)))
    store = Store(URL or "")
    event = store.get_event(event_id)
    assert event == stored and ucdp_row(event)["source_headline"] == HEADLINES
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT article_id, outlet, title FROM event_sources ORDER BY article_id").all()
        assert rows == [
            ("a1", "Outlet 1", "Six soldiers killed at Gao"), ("a2", "Outlet 2", "Gao: army post attacked"),
            ("copy", "Gao Daily", "Attack on Gao post")]
