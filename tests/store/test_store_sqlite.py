"""The store on real SQLite: articles, extractions, resolution through the store, history, failures."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sqlite3
from pathlib import Path

import pytest

from sitrep.models import Article, ArticleExtraction, EventMention
from sitrep.resolve import Resolver, event_id_for
from sitrep.resolve.synthetic import make_mention, place
from sitrep.store import EventFilter, Store, StoreError

ISGS = ("Islamic State Sahel", 2)
FAMA = ("Military Forces of Mali", 1)
DAY = dt.date(2019, 11, 1)

STORY = (
    "Militants attacked an army post at Indelimane in the Menaka region on Friday. The army said the attackers "
    "came on motorbikes and that reinforcements reached the post in the evening. Residents described heavy "
    "gunfire for several hours before the assailants withdrew towards the border."
)


def _article(article_id: str, text: str, published: dt.date, outlet: str = "Wire") -> Article:
    return Article(id=article_id, text=text, published=published, outlet=outlet, language="en")


def _ingest(store: Store, resolver: Resolver, article: Article, mentions: list[EventMention]) -> tuple[int, int]:
    store.add_article(article)
    extraction = ArticleExtraction(article_id=article.id, language="en", events=mentions)
    store.save_extraction(extraction)
    return resolver.add(store.get_article(article.id), extraction)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "sitrep.db")


def test_articles_new_duplicate_near_duplicate(store: Store) -> None:
    first = _article("a1", STORY, DAY)
    assert store.add_article(first) == "new"
    assert store.add_article(first) == "duplicate"
    assert store.add_article(first.model_copy(update={"id": "a1-copy"})) == "duplicate"
    rewrite = _article("a2", STORY.replace("Friday", "Friday night") + " (Wire copy)", DAY, outlet="Other")
    assert store.add_article(rewrite) == "near-duplicate"
    assert store.get_article("a2").near_duplicate_of == "a1"
    stored = store.get_article("a1")
    assert stored.text == STORY and stored.published == DAY and stored.content_hash
    assert [row.article.id for row in store.articles()] == ["a1", "a2"]


def test_near_duplicate_index_is_rewarmed_from_the_file(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").add_article(_article("a1", STORY, DAY))
    reopened = Store(tmp_path / "s.db")
    assert reopened.add_article(_article("a2", STORY + " Updated at noon.", DAY)) == "near-duplicate"


def test_same_id_with_other_text_is_refused_and_keeps_the_stored_text(store: Store) -> None:
    store.add_article(_article("a1", STORY, DAY))
    with pytest.raises(StoreError, match="'a1' is already stored with a different text"):
        store.add_article(_article("a1", "Something else entirely happened elsewhere.", DAY))
    assert store.get_article("a1").text == STORY


def test_the_same_file_read_again_by_a_newer_reader_is_already_stored(tmp_path: Path) -> None:
    """A store written by an earlier sitrep, whose reader cleaned the file's text a little otherwise (a credit
    line kept, a share line dropped): re-ingesting the folder adds nothing and refuses nothing."""
    path = tmp_path / "s.db"
    old = _article("a1", "Sahel Wire, MENAKA\n\n" + STORY + "\n\nShare this article: Facebook", DAY)
    Store(path).add_article(old.model_copy(update={"source_path": "reports/a1.txt"}))
    store = Store(path)
    again = _article("a1", "Sahel Wire, MENAKA\n\n" + STORY, DAY).model_copy(update={"source_path": "reports/a1.txt"})
    assert store.add_article(again) == "duplicate"
    assert store.get_article("a1").text == old.text  # what was stored stays
    moved = again.model_copy(update={"source_path": "/home/analyst/reports/a1.txt"})
    assert store.add_article(moved) == "duplicate"  # the folder was given by another path, or moved
    rewritten = _article("a1", "Something else entirely happened elsewhere, officials said on Monday.", DAY)
    with pytest.raises(StoreError, match="'a1' is already stored with a different text"):
        store.add_article(rewritten.model_copy(update={"source_path": "reports/a1.txt"}))


def test_missing_article_and_event(store: Store) -> None:
    with pytest.raises(KeyError, match="no article 'nope'"):
        store.get_article("nope")
    assert store.get_event("nope") is None


def test_unopenable_path_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing" / "sitrep.db")


def test_a_database_whose_driver_is_missing_is_named_without_the_password() -> None:
    """`--db postgresql+psycopg://...` on an install without the postgres extra: one clear line, no traceback."""
    if importlib.util.find_spec("pymssql") is not None:
        pytest.skip("pymssql is installed here")
    with pytest.raises(StoreError) as caught:
        Store("mssql+pymssql://analyst:s3cret@db.example/events")
    assert str(caught.value) == ("cannot open the store mssql+pymssql://analyst:***@db.example/events: its database "
                                 "driver 'pymssql' is not installed")


def test_extraction_rows_and_skipped_articles(store: Store) -> None:
    store.add_article(_article("a1", STORY, DAY))
    store.add_article(_article("a2", "Un testo in italiano su un altro argomento del tutto diverso.", DAY))
    store.save_extraction(ArticleExtraction(article_id="a2", language="it", skipped="language 'it' not supported"))
    rows = {row.article.id: row for row in store.articles()}
    assert rows["a1"].status == "not extracted"
    assert rows["a2"].status == "skipped: language 'it' not supported"
    assert store.get_extraction("a2").skipped == "language 'it' not supported"
    with pytest.raises(StoreError, match="article not stored"):
        store.save_extraction(ArticleExtraction(article_id="zzz"))


def test_unlinked_unextracted_lists_skipped_reports_that_are_no_events_source(store: Store) -> None:
    resolver = Resolver(store)
    _ingest(store, resolver, _article("en1", STORY, DAY), [make_mention("en1", STORY, date=DAY)])
    for article_id, published in (("it_late", DAY + dt.timedelta(days=2)), ("it_early", DAY), ("it_source", DAY)):
        store.add_article(_article(article_id, f"Un resoconto in italiano ({article_id}) di un attacco.", published))
        store.save_extraction(ArticleExtraction(article_id=article_id, language="it",
                                                skipped="language 'it' not supported"))
    resolver.add(store.get_article("it_source"), ArticleExtraction(  # already some event's source
        article_id="it_source", events=[make_mention("it_source", STORY, date=DAY)]))
    assert [a.id for a in store.unlinked_unextracted()] == ["it_early", "it_late"]


def test_three_reports_one_event_with_history_and_filters(store: Store) -> None:
    resolver = Resolver(store, threshold=0.55, window_days=3)
    m1 = make_mention("a1", "The army said 6 soldiers died at Indelimane.", date=DAY, place=place("Indelimane"),
                      actor1=ISGS, actor2=FAMA, killed=[(6, "actor2", "the army")])
    assert _ingest(store, resolver, _article("a1", STORY, DAY), [m1]) == (1, 0)
    m2 = make_mention("a2", "Officials now say 24 soldiers died at Indelimane.", date=DAY,
                      place=place("Indelimane"), actor1=ISGS, actor2=FAMA, killed=[(24, "actor2", "officials")])
    later = _article("a2", "A later, fuller account: officials revised the toll of the Indelimane attack.",
                     DAY + dt.timedelta(days=3))
    assert _ingest(store, resolver, later, [m2]) == (0, 1)

    event = store.get_event(event_id_for("a1#0"))
    assert event is not None and event.number_of_sources == 2
    assert (event.fatalities, event.fatalities_best, event.fatalities_high) == (6, 24, 24)
    history = store.event_history(event.event_id)
    assert [h.action for h in history] == ["created", "joined", "updated"]
    assert history[1].score is not None and history[1].threshold == 0.55 and "place" in history[1].agreed
    assert history[2].changes["fatalities_best"] == [6, 24]

    explanation = store.explain_event(event.event_id)
    assert {c.article_id for c in explanation.claims["fatalities"]} == {"a1", "a2"}
    assert explanation.as_dict()["history"][1]["action"] == "joined"

    assert [e.event_id for e in store.events(EventFilter(country="mali", actor="islamic state"))] == [event.event_id]
    assert store.events(EventFilter(since=DAY + dt.timedelta(days=1))) == []
    assert store.events(EventFilter(event_type="Riots")) == []
    assert {r.article.id: r.n_events for r in store.articles()} == {"a1": 1, "a2": 1}


def test_rerun_adds_nothing_and_a_new_resolver_continues_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = Store(path)
    m1 = make_mention("a1", "Clashes at Gao killed 3.", date=DAY, place=place("Gao"), actor1=ISGS, actor2=FAMA,
                      killed=[(3, "actor2", None)])
    _ingest(store, Resolver(store), _article("a1", STORY, DAY), [m1])
    before = store.fingerprint()
    extraction = ArticleExtraction(article_id="a1", language="en", events=[m1])
    assert Resolver(Store(path)).add(store.get_article("a1"), extraction) == (0, 0)
    assert store.fingerprint() == before

    reopened = Store(path)
    m2 = make_mention("a2", "Three soldiers died in clashes at Gao.", date=DAY, place=place("Gao"), actor2=FAMA,
                      killed=[(3, "actor2", None)])
    assert _ingest(reopened, Resolver(reopened), _article("a2", "Another outlet's account of it.", DAY), [m2]) == (0, 1)
    assert len(reopened.events()) == 1


def test_a_failed_write_keeps_what_was_stored(store: Store) -> None:
    resolver = Resolver(store)
    m1 = make_mention("a1", "Clashes at Gao.", date=DAY, place=place("Gao"), actor1=ISGS, actor2=FAMA)
    _ingest(store, resolver, _article("a1", STORY, DAY), [m1])
    before = store.fingerprint()
    # A mention whose article was never stored violates a foreign key: the whole transaction rolls back.
    orphan = make_mention("ghost", "Clashes at Gao.", date=DAY, place=place("Gao"), actor1=ISGS, actor2=FAMA)
    with pytest.raises(Exception, match="FOREIGN KEY|no article"):
        resolver.add(_article("ghost", "never stored", DAY), ArticleExtraction(article_id="ghost", events=[orphan]))
    assert store.fingerprint() == before
    assert [h.action for h in store.event_history(event_id_for("a1#0"))] == ["created"]
    # The resolver forgot the unstored decision: the same mention can be resolved once its article is stored.
    ghost = _article("ghost", "Now stored: an account of the clashes.", DAY)
    assert _ingest(store, resolver, ghost, [orphan]) == (0, 1)


def test_the_file_is_plain_sqlite_in_wal_mode(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").add_article(_article("a1", STORY, DAY))
    with sqlite3.connect(tmp_path / "s.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "extractions", "mentions", "events", "event_sources", "claims", "event_history", "actors",
            "places"} <= tables


def test_a_bridging_report_merges_two_events_and_old_ids_still_lead_there(store: Store) -> None:
    resolver = Resolver(store, threshold=0.55, window_days=3)
    # Two reports that cannot be matched with each other: one only dated, one only placed.
    vague = make_mention("m1", "Soldiers were killed in an attack, officials said.", date=DAY, actor2=FAMA,
                         killed=[(12, "actor2", None)])
    placed = make_mention("m2", "An attack hit Ansongo on Friday; twelve soldiers died.", place=place("Ansongo"),
                          actor1=ISGS, killed=[(12, "actor2", None)])
    _ingest(store, resolver, _article("m1", "First account.", DAY), [vague])
    _ingest(store, resolver, _article("m2", "Second account.", DAY + dt.timedelta(days=1)), [placed])
    assert len(store.events()) == 2
    bridge = make_mention("m3", "Islamic State fighters killed twelve soldiers at Ansongo on Friday.", date=DAY,
                          place=place("Ansongo"), actor1=ISGS, actor2=FAMA, killed=[(12, "actor2", None)])
    created, updated = _ingest(store, resolver, _article("m3", "Third account.", DAY + dt.timedelta(days=2)), [bridge])
    assert (created, updated) == (0, 1)
    [event] = store.events()
    assert event.event_id == event_id_for("m1#0") and event.number_of_sources == 3
    assert store.get_event(event_id_for("m2#0")) == event  # the absorbed id leads to the survivor
    assert [h.action for h in store.event_history(event_id_for("m2#0"))][-1] == "merged"
    assert "merged" in [h.action for h in store.event_history(event.event_id)]
    # A fresh resolver warmed from the file sees one event.
    assert len(Resolver(store).core) == 1


def test_resolved_mentions_carry_their_articles_text_date_and_country_hint(store: Store) -> None:
    """Re-warming the resolver reads everything it needs of each article in the one query."""
    m1 = make_mention("a1", "Clashes at Gao killed 3.", date=DAY, place=place("Gao"), actor1=ISGS, actor2=FAMA)
    hinted = Article(id="a1", text=STORY, published=DAY, published_precision=1, language="en", country="ML")
    store.add_article(hinted)
    extraction = ArticleExtraction(article_id="a1", language="en", events=[m1])
    store.save_extraction(extraction)
    Resolver(store).add(hinted, extraction)
    m2 = make_mention("a2", "Clashes at Gao killed 3.", date=DAY, place=place("Gao"), actor1=ISGS, actor2=FAMA)
    _ingest(store, Resolver(store), _article("a2", "Another outlet's account of it.", DAY), [m2])
    rows = {row.mention.article_id: row for row in store.resolved_mentions()}
    assert (rows["a1"].article_country, rows["a1"].article_text, rows["a1"].published_precision) == ("ML", STORY, 1)
    assert rows["a2"].article_country is None and rows["a2"].published == DAY
    assert rows["a1"].event_id == rows["a2"].event_id


def test_one_article_with_several_events_is_written_in_batches_without_repeats(tmp_path: Path) -> None:
    """Actors and places shared by an article's mentions are stored once; rewriting an event replaces its
    sources and claims; a second extraction of an article replaces the first."""
    path = tmp_path / "s.db"
    store = Store(path)
    resolver = Resolver(store)
    gao = make_mention("a1", "Clashes at Gao killed 3.", date=DAY, place=place("Gao"), actor1=ISGS, actor2=FAMA,
                       killed=[(3, "actor2", None)])
    ansongo = make_mention("a1", "A week later militants attacked Ansongo.", index=1, date=DAY + dt.timedelta(days=7),
                           place=place("Ansongo"), actor1=ISGS, actor2=FAMA)
    assert _ingest(store, resolver, _article("a1", STORY, DAY), [gao, ansongo]) == (2, 0)
    again = make_mention("a2", "Three soldiers died at Gao.", date=DAY, place=place("Gao"), actor1=ISGS, actor2=FAMA,
                         killed=[(3, "actor2", None)])
    assert _ingest(store, resolver, _article("a2", "Another outlet on the Gao clashes.", DAY), [again]) == (0, 1)
    store.save_extraction(ArticleExtraction(article_id="a2", language="en", events=[again]))
    with sqlite3.connect(path) as conn:
        def count(sql: str) -> list[tuple[object, ...]]:
            return conn.execute(sql).fetchall()

        assert count("SELECT name, COUNT(*) FROM actors GROUP BY name ORDER BY name") == [
            ("Islamic State Sahel", 1), ("Military Forces of Mali", 1)]
        assert sorted(r[0] for r in count("SELECT name FROM places")) == ["Ansongo", "Gao"]
        assert count("SELECT COUNT(*) FROM extractions") == [(2,)]
        gao_id = event_id_for("a1#0")
        sources = count(f"SELECT article_id FROM event_sources WHERE event_id = '{gao_id}' ORDER BY article_id")
        assert sources == [("a1",), ("a2",)]
        tolls = count(f"SELECT article_id, value FROM claims WHERE event_id = '{gao_id}' AND field = 'fatalities' "
                      "ORDER BY article_id")
        assert tolls == [("a1", "3"), ("a2", "3")]
        assert count("SELECT COUNT(*) FROM mentions") == [(3,)]
    assert [h.action for h in store.event_history(event_id_for("a1#0"))] == ["created", "joined"]


def test_the_country_filter_takes_any_name_or_code_of_the_country(store: Store) -> None:
    m1 = make_mention("a1", "Clashes at Gao killed 3.", date=DAY, place=place("Gao"), actor1=ISGS, actor2=FAMA)
    _ingest(store, Resolver(store), _article("a1", STORY, DAY), [m1])
    [event] = store.events()
    assert event.country == "Mali"
    for name in ("Mali", "mali", "ML", "MLI", "Malian"):
        assert [e.event_id for e in store.events(EventFilter(country=name))] == [event.event_id], name
    assert store.events(EventFilter(country="Niger")) == []
    assert store.events(EventFilter(country="Atlantis")) == []  # a name the country table lacks is compared as given


def test_a_folder_or_another_kind_of_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"it is a folder; give a database file such as .*sitrep\.db"):
        Store(tmp_path)
    table = tmp_path / "events.csv"
    table.write_text("event_id,date\n1,2024-01-01\n")
    with pytest.raises(StoreError, match="it is not an SQLite database"):
        Store(table)
    assert table.read_text() == "event_id,date\n1,2024-01-01\n"


def test_reading_a_missing_database_is_an_error_not_a_new_empty_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database; run `sitrep ingest` first"):
        Store(tmp_path / "typo.db", create=False)
    assert not (tmp_path / "typo.db").exists()
    Store(tmp_path / "new.db").add_article(_article("a1", STORY, DAY))  # writing starts one
    assert Store(tmp_path / "new.db", create=False).get_article("a1").id == "a1"


def test_an_article_stored_by_another_process_meanwhile_is_a_clear_error(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Two analysts ingesting the same report at once: the slower insert is refused with a StoreError (which the
    pipeline reports and goes on), not a database IntegrityError that stopped the whole ingest."""
    mine, theirs = Store(tmp_path / "shared.db"), Store(tmp_path / "shared.db")
    article = _article("a1", STORY, DAY)
    monkeypatch.setattr(mine, "_stored", lambda conn, article, content_hash: (False, None))  # checked before...
    assert theirs.add_article(article) == "new"  # ... the other process stored it
    with pytest.raises(StoreError, match="'a1' was being stored by another ingest at the same time"):
        mine.add_article(article)
    assert [row.article.id for row in Store(tmp_path / "shared.db").articles()] == ["a1"]
