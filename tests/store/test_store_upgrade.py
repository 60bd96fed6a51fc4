"""A store written by an earlier sitrep opens in this one: new columns are added and every row is kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
