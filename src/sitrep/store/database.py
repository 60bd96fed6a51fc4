"""Opening the store's database: where it is, checks before connecting, the schema, and whose turn it is to write.

SQLite (one file, WAL) and PostgreSQL behave alike here: `open_engine` gives an engine whose transactions
`begin(conn, exclusive=True)` makes writers take turns (SQLite `BEGIN IMMEDIATE`, a PostgreSQL
advisory lock), and `create_schema` makes missing tables and columns without losing rows.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, bindparam, create_engine, event, func, inspect, make_url, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from sitrep.store import schema as t


class StoreError(Exception):
    """The store cannot be opened or a write would lose or contradict stored data."""


_SQLITE_HEADER = b"SQLite format 3\x00"
_SCHEMA_LOCK = 0x5173_7265  # any fixed numbers: the PostgreSQL advisory locks held while the schema is made
_WRITE_LOCK = 0x5173_7266  # ... and while one writer stores an article and resolves it
WAL_WAIT_SECONDS = 60  # as long as the busy timeout: a writer waits its turn
_BEGIN = "sitrep_begin"  # connection info key: the BEGIN statement the next SQLite transaction opens with


def store_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL for a file path, ":memory:" or a URL given as it is."""
    text = str(path_or_url)
    if "://" in text:
        return text
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser()}"


def shown_url(url: str) -> str:
    """The store's URL as messages may print it: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def check_sqlite_file(path: Path, create: bool) -> None:
    """A clear error, before SQLite's own, when `path` cannot be the store: a folder, some other kind of file
    (a CSV given as --db by mistake: it is never written to), a file sitrep may not write to when it is to
    write, or, when reading, no file at all (a typo), an empty file or another program's SQLite database (which
    reading would otherwise fill with sitrep's empty tables)."""
    if path.is_dir():
        raise StoreError(f"cannot open the store {path}: it is a folder; give a database file such as "
                         f"{path / 'sitrep.db'}")
    if not path.exists():
        if not path.parent.exists():
            raise StoreError(f"cannot open the store {path}: folder {path.parent} does not exist")
        if not create:
            raise StoreError(f"{path}: no such database; run `sitrep ingest` first or pass --db FILE")
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"cannot create the store {path}: folder {path.parent} is read-only")
        return
    with path.open("rb") as fh:
        head = fh.read(len(_SQLITE_HEADER))
    if head and head != _SQLITE_HEADER:
        raise StoreError(f"cannot open the store {path}: it is not an SQLite database (sitrep leaves it untouched); "
                         "give the store's file, or a new file name to start one")
    if create and not os.access(path, os.W_OK):
        raise StoreError(f"cannot write to the store {path}: the file is read-only (reading it works: sitrep "
                         "events, export, serve); make it writable, or ingest into another store")
    if not create and not head:
        raise StoreError(f"{path}: an empty file, not a sitrep store; run `sitrep ingest` first or pass --db FILE")
    if not create and not _holds_articles(path):
        raise StoreError(f"{path}: an SQLite database, but not a sitrep store (no articles table); sitrep leaves "
                         "it untouched")


def _holds_articles(path: Path) -> bool:
    """Whether the SQLite file has sitrep's articles table (True when it cannot be told: SQLite's own error
    follows)."""
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").fetchone()
    except sqlite3.Error:
        return True
    return found is not None


def open_failure(url: str, shown: str, exc: SQLAlchemyError) -> str:
    """Why opening the store at `url` failed, in one line without the password. SQLite writes journal files
    beside the database even to read it: a read-only folder says only 'unable to open database file'."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not os.access(path.parent, os.W_OK):
            return (f"cannot open the store {path}: its folder {path.parent} is read-only, and SQLite writes its "
                    "journal beside the database even to read it; copy the store to a folder you can write to")
        shown = str(path)
    detail = str(getattr(exc, "orig", None) or exc).replace(url, shown).strip().splitlines()[0]
    return f"cannot open the store {shown}: {exc.__class__.__name__}: {detail}"


def open_engine(url: str) -> Engine:
    """The engine for `url`. On SQLite, sitrep issues BEGIN itself (the driver's own transaction handling opens
    a transaction only at the first write, too late to take turns before reading)."""
    if not url.startswith("sqlite"):
        return create_engine(url)
    if url == "sqlite://":
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # sitrep begins transactions (`_begin`)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=60000")  # a writer waits its turn (one article's resolution)
        _wal(cursor)
        # WAL with synchronous=NORMAL cannot corrupt the file and loses no commit on a crash of sitrep; only
        # a power cut may undo the last commits. FULL pays a disk sync per commit (three per article).
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.info.pop(_BEGIN, "BEGIN"))

    return engine


def _wal(cursor: Any) -> None:
    """Switch a new file to WAL, waiting while another process holds it: the switch fails with 'database is
    locked' at once, busy timeout or not, while another opener of a new store creates its schema (seen with two
    processes opening one new file)."""
    deadline = time.monotonic() + WAL_WAIT_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def begin(conn: Connection, exclusive: bool = False) -> Iterator[None]:
    """A transaction on `conn`; `exclusive` makes it the only writer's: the exclusive transactions of other
    processes wait until it ends. Writers that read, decide and then write (resolution) need this, or two of
    them decide on the same stale state. SQLite must say so at BEGIN (a deferred transaction that read first
    cannot take the write lock later); PostgreSQL holds an advisory lock until the transaction ends."""
    if exclusive and conn.dialect.name == "sqlite":
        conn.info[_BEGIN] = "BEGIN IMMEDIATE"
    with conn.begin():
        if exclusive:
            take_write_lock(conn)
        yield


def take_write_lock(conn: Connection) -> None:
    """Inside an open PostgreSQL transaction, wait for and hold the writers' lock until it ends (SQLite takes
    its lock at BEGIN: `begin`)."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_WRITE_LOCK)))


def create_schema(engine: Engine) -> None:
    """Create missing tables, and the nullable columns and indexes added since an earlier sitrep wrote the store,
    keeping every row, in one transaction. Two analysts opening a new database at once take turns: on PostgreSQL
    under an advisory lock (concurrent CREATE TABLEs collided: 'duplicate key ... pg_type_typname_nsp_index'), on
    SQLite by BEGIN IMMEDIATE (a deferred transaction that read the schema could not write it: 'database is
    locked')."""
    with engine.connect() as conn, begin(conn, exclusive=engine.dialect.name == "sqlite"):
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
        t.metadata.create_all(conn)
        inspector = inspect(conn)
        added: set[str] = set()
        for table in t.metadata.sorted_tables:
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present and column.nullable:
                    kind = column.type.compile(dialect=engine.dialect)
                    conn.exec_driver_sql(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}')
                    added.add(f"{table.name}.{column.name}")
            for index in table.indexes:  # create_all makes a table's indexes only with the table
                index.create(conn, checkfirst=True)
            _drop_foreign_keys_gone(conn, table, inspector.get_foreign_keys(table.name), present)
        if "event_sources.title" in added:
            _fill_source_titles(conn)


def _fill_source_titles(conn: Connection) -> None:
    """A store written before sources kept their report's headline (`Source.title`) gains them from the stored
    articles and copies, in the event_sources rows and in each event's JSON, so the UCDP export's
    source_headline is filled for the events already stored too. Titles a source already has are kept."""
    titles: dict[str, str] = {}
    for table in (t.articles, t.copies):
        for article_id, title in conn.execute(select(table.c.id, table.c.title).where(table.c.title.is_not(None))):
            titles[article_id] = title
    if not titles:
        return
    s = t.event_sources.c
    sourced = conn.execute(select(s.event_id, s.article_id).where(s.title.is_(None))).all()
    rows = [{"e": event_id, "a": article_id, "title": titles[article_id]}
            for event_id, article_id in sourced if article_id in titles]
    if not rows:
        return
    conn.execute(t.event_sources.update().where(s.event_id == bindparam("e"), s.article_id == bindparam("a"))
                 .values(title=bindparam("title")), rows)
    event_ids = sorted({row["e"] for row in rows})
    for start in range(0, len(event_ids), 500):
        chunk = event_ids[start:start + 500]
        updates = []
        for event_id, text in conn.execute(select(t.events.c.event_id, t.events.c.json)
                                           .where(t.events.c.event_id.in_(chunk))):
            event = json.loads(text)
            for source in event.get("sources", []):
                if source.get("title") is None and source.get("article_id") in titles:
                    source["title"] = titles[source["article_id"]]
            updates.append({"e": event_id, "json": json.dumps(event, ensure_ascii=False)})
        conn.execute(t.events.update().where(t.events.c.event_id == bindparam("e"))
                     .values(json=bindparam("json")), updates)


def _drop_foreign_keys_gone(conn: Connection, table: Table, found: list[Any], present: set[str]) -> None:
    """Drop the foreign keys an earlier sitrep declared on `table` that it no longer has (event_sources.article_id:
    a source may be a copy, `schema.copies`), keeping every row. PostgreSQL drops the constraint; SQLite cannot,
    so the table is made anew and its rows copied over."""
    keyed = {fk.parent.name for fk in table.foreign_keys}
    gone = [fk for fk in found if not set(fk["constrained_columns"]) <= keyed]
    if not gone:
        return
    if conn.dialect.name != "sqlite":
        for fk in gone:
            conn.exec_driver_sql(f'ALTER TABLE {table.name} DROP CONSTRAINT "{fk["name"]}"')
        return
    columns = ", ".join(f'"{c.name}"' for c in table.columns if c.name in present)
    conn.exec_driver_sql(f"ALTER TABLE {table.name} RENAME TO {table.name}_before")
    table.create(conn)
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {table.name}_before")
    conn.exec_driver_sql(f"DROP TABLE {table.name}_before")
