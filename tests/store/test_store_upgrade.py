"""A store written by an earlier sitrep opens in this one: new columns are added and every row is kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store_clashes import HEADLINES, report_clash, titled_event

from sitrep.store import Store


def test_old_store_gains_new_columns_and_keeps_its_articles(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    Store(str(db)).close()
    with sqlite3.connect(db) as conn:  # the articles table as sitrep 0.1 wrote it: no `country` column
        conn.execute("ALTER TABLE articles DROP COLUMN country")
        conn.execute(
            "INSERT INTO articles (id, text, content_hash, added_at) VALUES ('a1', 'An old report.', 'h1', "
            "'2026-01-01 00:00:00')"
        )
    store = Store(str(db))
    article = store.get_article("a1")
    assert (article.text, article.country) == ("An old report.", None)
    with sqlite3.connect(db) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    assert "country" in columns


def test_old_store_gains_the_article_order_and_its_index_and_still_finds_near_duplicates(tmp_path: Path) -> None:
    from sitrep.models import Article

    db = tmp_path / "old.db"
    store = Store(str(db))
    story = ("Gunmen attacked the weekly market of Tessit on Tuesday morning, killing eleven traders and wounding "
             "several others before fleeing towards the border, the mayor of the commune told reporters.")
    store.add_article(Article(id="wire", text=story))
    store.close()
    with sqlite3.connect(db) as conn:  # as an earlier sitrep wrote it: no `seq` column, no index on it
        conn.execute("DROP INDEX ix_articles_seq")
        conn.execute("ALTER TABLE articles DROP COLUMN seq")
    store = Store(str(db))
    assert store.add_article(Article(id="copy", text=story.replace("told reporters", "said"))) == "near-duplicate"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, seq FROM articles ORDER BY id").fetchall() == [("copy", 1), ("wire", None)]
        assert "ix_articles_seq" in {row[1] for row in conn.execute("PRAGMA index_list(articles)")}


def test_events_stored_before_tolls_were_split_by_side_keep_every_field_and_gain_the_split_when_rebuilt(
    tmp_path: Path,
) -> None:
    """An event stored before `Event.deaths` existed reads back whole, without a split (the UCDP export then
    writes its toll as before), and gains the split when a new report rebuilds it."""
    import json

    from sitrep.deliver.export import ucdp_row
    from sitrep.models import Deaths
    from sitrep.resolve import Resolver, event_id_for

    db = tmp_path / "old.db"
    store = Store(str(db))
    resolver = Resolver(store, threshold=0.55, window_days=3)

    def report(n: int, toll: int) -> None:
        report_clash(store, resolver, f"a{n}", toll, f"Outlet {n}")

    report(1, 6)
    event_id = event_id_for("a1#0")
    stored = store.get_event(event_id)
    assert stored is not None and stored.deaths == Deaths(actor2=6)
    store.close()
    with sqlite3.connect(db) as conn:  # the event's JSON as an earlier sitrep wrote it: no "deaths"
        text = conn.execute("SELECT json FROM events WHERE event_id = ?", (event_id,)).fetchone()[0]
        old = {k: v for k, v in json.loads(text).items() if k != "deaths"}
        conn.execute("UPDATE events SET json = ? WHERE event_id = ?", (json.dumps(old), event_id))
    store = Store(str(db))
    event = store.get_event(event_id)
    assert event is not None and event.deaths is None
    assert event.model_dump(exclude={"deaths"}) == stored.model_dump(exclude={"deaths"})
    row = ucdp_row(event)
    assert (row["side_a"], row["deaths_a"], row["deaths_unknown"], row["best"]) == ("Military Forces of Mali", 0, 6, 6)
    resolver = Resolver(store, threshold=0.55, window_days=3)
    report(2, 6)
    rebuilt = store.get_event(event_id)
    assert rebuilt is not None and rebuilt.number_of_sources == 2 and rebuilt.deaths == Deaths(actor2=6)
    assert ucdp_row(rebuilt)["deaths_a"] == 6


def test_old_store_gains_the_copies_and_loses_the_sources_key_to_articles_keeping_every_source(tmp_path: Path) -> None:
    """Earlier stores had no `copies` table and tied event_sources.article_id to articles (a copy, which is no
    stored article, could not be a source): opened here, the table is made, the key dropped, every row kept."""
    from sitrep.models import Article

    db = tmp_path / "old.db"
    store = Store(str(db))
    store.add_article(Article(id="wire", text="Gunmen killed four traders in Mandera on Tuesday.", outlet="Horn Wire"))
    store.close()
    with sqlite3.connect(db) as conn:  # event_sources and its rows as an earlier sitrep wrote them
        conn.executescript("""
            DROP TABLE copies;
            DROP TABLE event_sources;
            CREATE TABLE event_sources (event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, outlet VARCHAR,
                published DATE, url TEXT, quote TEXT, PRIMARY KEY (event_id, article_id),
                FOREIGN KEY(event_id) REFERENCES events (event_id), FOREIGN KEY(article_id) REFERENCES articles (id));
            INSERT INTO events (event_id, event_type, sub_event_type, number_of_sources, json, updated_at)
                VALUES ('ev1', 'Battles', 'Armed clash', 1, '{}', '2026-01-01 00:00:00');
            INSERT INTO event_sources VALUES ('ev1', 'wire', 'Horn Wire', '2019-03-13', NULL, 'Gunmen killed');
        """)
    store = Store(str(db))
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        assert conn.execute("SELECT * FROM event_sources").fetchall() == [
            ("ev1", "wire", "Horn Wire", "2019-03-13", None, None, "Gunmen killed", None)]
        assert [row[3] for row in conn.execute("PRAGMA foreign_key_list(event_sources)")] == ["event_id"]
        conn.execute("INSERT INTO event_sources (event_id, article_id) VALUES ('ev1', 'copy')")  # a copy's row
        assert conn.execute("SELECT count(*) FROM copies").fetchone() == (0,)


def test_each_source_keeps_its_reports_headline_for_the_ucdp_export(tmp_path: Path) -> None:
    from sitrep.deliver.export import ucdp_row

    store = Store(str(tmp_path / "new.db"))
    event = store.get_event(titled_event(store))
    assert event is not None
    assert [s.title for s in event.sources] == HEADLINES.split("; ")
    row = ucdp_row(event)
    assert (row["source_headline"], row["source_office"], row["source_date"]) == (
        HEADLINES, "Outlet 1; Outlet 2; Gao Daily", "2019-11-01; 2019-11-01; 2019-11-01")
    assert row["source_article"].split("; ")[0] == "Outlet 1, 2019-11-01, Six soldiers killed at Gao"
    store.close()
    with sqlite3.connect(tmp_path / "new.db") as conn:
        assert conn.execute("SELECT article_id, title FROM event_sources ORDER BY article_id").fetchall() == [
            ("a1", "Six soldiers killed at Gao"), ("a2", "Gao: army post attacked"), ("copy", "Attack on Gao post")]


def test_old_store_gains_its_sources_headlines_from_its_articles_and_copies_keeping_everything_else(
    tmp_path: Path,
) -> None:
    """A store written before sources kept headlines: opened here, event_sources gains the column and each
    source its report's title, in the rows and in the event's JSON, so the UCDP export's source_headline is
    filled; every other value is as it was."""
    import json

    from sitrep.deliver.export import ucdp_row

    db = tmp_path / "old.db"
    store = Store(str(db))
    event_id = titled_event(store)
    stored = store.get_event(event_id)
    store.close()
    with sqlite3.connect(db) as conn:  # as an earlier sitrep wrote them: no title column, no "title" in the JSON
        conn.execute("ALTER TABLE event_sources DROP COLUMN title")
        old = json.loads(conn.execute("SELECT json FROM events WHERE event_id = ?", (event_id,)).fetchone()[0])
        for source in old["sources"]:
            del source["title"]
        conn.execute("UPDATE events SET json = ? WHERE event_id = ?", (json.dumps(old), event_id))
        rows_before = conn.execute("SELECT event_id, article_id, outlet, published, url, quote, linked "
                                   "FROM event_sources ORDER BY article_id").fetchall()
    store = Store(str(db))
    event = store.get_event(event_id)
    assert event is not None and stored is not None
    assert ucdp_row(event)["source_headline"] == HEADLINES
    assert event == stored  # every value as before, the headlines included
    store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT event_id, article_id, outlet, published, url, quote, linked "
                            "FROM event_sources ORDER BY article_id").fetchall() == rows_before
        assert [row[0] for row in conn.execute("SELECT title FROM event_sources ORDER BY article_id")] == [
            "Six soldiers killed at Gao", "Gao: army post attacked", "Attack on Gao post"]
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)


def test_a_report_with_no_headline_leaves_its_source_untitled_and_its_events_json_as_it_was(tmp_path: Path) -> None:
    """Guard: the upgrade fills only the headlines stored reports give; nothing else is rewritten."""
    from sitrep.models import Article

    db = tmp_path / "old.db"
    store = Store(str(db))
    store.add_article(Article(id="wire", text="Gunmen killed four traders in Mandera on Tuesday.", title="Mandera"))
    store.add_article(Article(id="bare", text="Gunmen killed two herders in Wajir on Monday."))
    store.close()
    with sqlite3.connect(db) as conn:
        conn.executescript("""
            ALTER TABLE event_sources DROP COLUMN title;
            INSERT INTO events (event_id, event_type, sub_event_type, number_of_sources, json, updated_at)
                VALUES ('ev1', 'Battles', 'Armed clash', 1, '{"sources": [{"article_id": "bare"}]}',
                        '2026-01-01 00:00:00');
            INSERT INTO event_sources (event_id, article_id, outlet) VALUES ('ev1', 'bare', 'Wajir Post');
        """)
    Store(str(db)).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT article_id, outlet, title FROM event_sources").fetchall() == [
            ("bare", "Wajir Post", None)]
        assert conn.execute("SELECT json FROM events").fetchone() == ('{"sources": [{"article_id": "bare"}]}',)
