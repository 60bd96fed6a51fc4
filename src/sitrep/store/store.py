"""The store: articles, extractions, mentions and events in one SQL database (SQLite file by default).

Every write happens in one transaction, so a failure part-way leaves what was stored before untouched, and
stored rows are never deleted: a later report changes an event's current values and the change is written
to `event_history`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Table, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from sitrep.models import Article, ArticleExtraction, Claim, Event, EventMention
from sitrep.store import schema as t
from sitrep.store.copies import Copies
from sitrep.store.database import (
    StoreError,
    begin,
    check_sqlite_file,
    create_schema,
    open_engine,
    open_failure,
    shown_url,
    store_url,
    take_write_lock,
)
from sitrep.store.explain import ArticleRow, EventExplanation, HistoryEntry, ResolvedMention
from sitrep.store.queries import EventListings

__all__ = ["AddStatus", "Store", "StoreError"]

AddStatus = Literal["new", "duplicate", "near-duplicate"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _content_hash(text: str) -> str:
    from sitrep.ingest.dedupe import content_hash

    return content_hash(text)


class Store(EventListings, Copies):
    """`Store("sitrep.db")`, `Store(":memory:")` or `Store("postgresql+psycopg://user@host/db")`.

    `create=False` is for reading: a SQLite file that does not exist is an error instead of a new empty store.
    """

    def __init__(self, path_or_url: str | Path, create: bool = True) -> None:
        self.url = store_url(path_or_url)
        shown = shown_url(self.url)
        if self.url.startswith("sqlite:///"):
            check_sqlite_file(Path(self.url.removeprefix("sqlite:///")), create)
        try:
            self.engine = open_engine(self.url)
            create_schema(self.engine)
        except ModuleNotFoundError as exc:  # SQLAlchemy imports a database's driver when it first connects
            extra = ' (pip install "sitrep[postgres]")' if self.url.startswith("postgres") else ""
            raise StoreError(f"cannot open the store {shown}: its database driver {exc.name!r} is not installed"
                             f"{extra}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(open_failure(self.url, shown, exc)) from exc
        self._near_index: Any = None
        self._near_seq = 0  # the highest `articles.seq` the near-duplicate index has seen
        self._conn: Connection | None = None  # the connection of the open `transaction`, if any
        self._exclusive = False  # whether that transaction holds the writers' lock

    def close(self) -> None:
        """Release the database connections (the SQLite file can then be moved or deleted)."""
        self.engine.dispose()

    # ---------------------------------------------------------------- articles

    @contextmanager
    def transaction(self, exclusive: bool = False) -> Iterator[None]:
        """Every write inside is one transaction: all of it is kept, or (on an exception) none of it.

        Reads inside see the writes made so far. The pipeline stores each article with its extraction and the
        events it changed at once, so a failure never leaves an article stored but not extracted (which a re-run
        would skip as already stored). Inside another transaction, the outer one commits.
        `exclusive`: writers in other processes wait until this one ends (SQLite BEGIN IMMEDIATE, a PostgreSQL
        advisory lock), so what is read inside stays current until the writes: two analysts ingesting into one
        store take turns per article instead of each resolving against a state the other has changed.
        `Resolver.add` needs it: inside a transaction opened without it, on SQLite, it raises `StoreError`.
        """
        if self._conn is not None:
            if exclusive and not self._exclusive:
                if self._conn.dialect.name == "sqlite":  # SQLite takes its write lock at BEGIN or not at all
                    raise StoreError("resolving needs the store's write lock, which an SQLite transaction takes "
                                     "only as it begins: open the transaction around it with "
                                     "store.transaction(exclusive=True)")
                take_write_lock(self._conn)
                self._exclusive = True  # held until the outer transaction ends
            yield
            return
        try:
            with self.engine.connect() as conn, begin(conn, exclusive):
                self._conn, self._exclusive = conn, exclusive
                yield
        except OperationalError as exc:  # SQLite refuses to write in a transaction that read before another wrote
            self._near_index = None
            if exclusive or "database is locked" not in str(exc):
                raise
            raise StoreError("another process wrote to the store while this transaction was reading it; nothing "
                             "of the transaction was stored: open it with store.transaction(exclusive=True) so "
                             "writers take turns") from exc
        except BaseException:
            self._near_index = None  # it saw articles the rollback removed: re-warm it from the database
            raise
        finally:
            self._conn, self._exclusive = None, False

    @contextmanager
    def _writing(self, exclusive: bool = False) -> Iterator[Connection]:
        """The open transaction's connection, or a transaction of its own (`exclusive`: holding the writers'
        lock, as `transaction`)."""
        if self._conn is not None:
            yield self._conn
        else:
            with self.engine.connect() as conn, begin(conn, exclusive):
                yield conn

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """The open transaction's connection (to see its writes), or a connection of its own."""
        if self._conn is not None:
            yield self._conn
        else:
            with self.engine.connect() as conn:
                yield conn

    def has_article(self, article: Article) -> bool:
        """Whether `add_article` would store nothing (the same text, or the same report under its id): the
        pipeline skips extracting it."""
        content_hash = article.content_hash or _content_hash(article.text)
        with self._reading() as conn:
            try:
                return self._stored(conn, article, content_hash)[0]
            except StoreError:  # another story under its id: `add_article` says so
                return False

    def _stored(self, conn: Connection, article: Article, content_hash: str) -> tuple[bool, bytes | None]:
        """(whether the article is stored already, its near-duplicate signature when computed)."""
        known = conn.execute(  # one query for both checks: the same text, or the same id
            select(t.articles.c.content_hash, t.articles.c.minhash)
            .where(or_(t.articles.c.content_hash == content_hash, t.articles.c.id == article.id))
        ).all()
        if any(row.content_hash == content_hash for row in known):
            return True, None
        if not known:
            return False, None
        index = self._near_duplicates(conn)
        signature = index.signature(article.text)
        if _same_story(index, signature, known[0].minhash):
            return True, signature  # the same report read again by a sitrep that cleans text a little otherwise
        raise StoreError(
            f"article id {article.id!r} is already stored with a different text; give the new "
            "version its own id (file name) so both stay stored"
        )

    def version_id(self, article: Article) -> str | None:
        """The id to store `article` under when it updates the stored report of its id: the same story by the
        near-duplicate measure, with other figures ("the toll has risen to 53"). Outlets update a page under its
        address; the update is another report, kept beside the first. A report read again, its text cleaned a
        little otherwise, keeps its figures: no update (None), as is another story under that id."""
        content_hash = article.content_hash or _content_hash(article.text)
        with self._reading() as conn:
            row = conn.execute(select(t.articles.c.text, t.articles.c.content_hash, t.articles.c.minhash)
                               .where(t.articles.c.id == article.id)).first()
            if row is None or row.content_hash == content_hash or _figures(row.text) == _figures(article.text):
                return None
            index = self._near_duplicates(conn)
            if not _same_story(index, index.signature(article.text), row.minhash):
                return None
        return f"{article.id}@{content_hash[:12]}"

    def add_article(self, article: Article) -> AddStatus:
        """Store a new article; an exact duplicate (same text) stores nothing, a near-duplicate is linked.

        The same report read again (same id, one story by the near-duplicate measure, wherever the file now
        lies) is a duplicate too: a newer sitrep may clean a report's text a little otherwise, and re-ingesting
        a folder must still add nothing. Another story under a stored id is refused; the stored one is kept.
        """
        content_hash = article.content_hash or _content_hash(article.text)
        with self._writing(exclusive=True) as conn:  # the index must see every article stored before this one
            take_write_lock(conn)
            stored, signature = self._stored(conn, article, content_hash)
            if stored:
                return "duplicate"
            index = self._near_duplicates(conn)
            if signature is None:
                signature = index.signature(article.text)
            earlier = index.query(signature)
            index.load(article.id, signature)
            near = article.near_duplicate_of or earlier
            row = article.model_dump(exclude={"as_of"})  # one extraction run's hint (`extract --as-of`), not stored
            row.update(content_hash=content_hash, near_duplicate_of=near, minhash=signature, added_at=_now(),
                       seq=self._near_seq + 1)
            try:
                conn.execute(insert(t.articles).values(**row))
                self._near_seq += 1
            except IntegrityError as exc:  # another process stored this id between our check and our insert
                self._near_index = None  # the index saw an article the database did not keep: re-warm it
                raise StoreError(f"article {article.id!r} was being stored by another ingest at the same time; "
                                 "nothing of it was stored by this one (run the ingest again to be sure)") from exc
            except SQLAlchemyError:
                self._near_index = None
                raise
        return "near-duplicate" if near else "new"

    def _near_duplicates(self, conn: Connection) -> Any:
        """The MinHash index of every stored article: warmed from the stored signatures once, then given the
        articles other processes stored since it last looked (one indexed query for the rows past `_near_seq`)."""
        from sitrep.ingest.dedupe import NearDuplicateIndex

        a = t.articles.c
        if self._near_index is None:
            self._near_index, self._near_seq = NearDuplicateIndex(), 0
            query = select(a.id, a.minhash, a.seq).order_by(a.added_at, a.id)
        else:
            query = select(a.id, a.minhash, a.seq).where(a.seq > self._near_seq).order_by(a.seq)
        for article_id, signature, seq in conn.execute(query):
            if signature:
                self._near_index.load(article_id, signature)
            self._near_seq = max(self._near_seq, seq or 0)
        return self._near_index

    def get_article(self, article_id: str) -> Article:
        """The stored article, or a copy of one under its own id and outlet (`add_copy`)."""
        with self._reading() as conn:
            row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
        if row is not None:
            return _article(row)
        copy = self._copy(article_id)
        if copy is None:
            raise KeyError(f"no article {article_id!r} in the store")
        return copy

    def stored_articles(self) -> list[Article]:
        """Every stored article, in the order it was stored (what `sitrep reprocess` replays)."""
        with self._reading() as conn:
            rows = conn.execute(select(t.articles).order_by(t.articles.c.added_at, t.articles.c.id)).mappings()
            return [_article(row) for row in rows]

    def articles(self) -> list[ArticleRow]:
        """Every stored article with its language, why it was skipped, and how many events it reports; each
        article's copies by other outlets (`add_copy`) follow it, with its events."""
        counts = (
            select(t.mentions.c.article_id, func.count(func.distinct(t.mentions.c.event_id)).label("n"))
            .group_by(t.mentions.c.article_id)
            .subquery()
        )
        query = (
            select(t.articles, t.extractions.c.language.label("x_language"), t.extractions.c.skipped,
                   t.extractions.c.article_id.label("x_id"), counts.c.n)
            .outerjoin(t.extractions, t.extractions.c.article_id == t.articles.c.id)
            .outerjoin(counts, counts.c.article_id == t.articles.c.id)
            .order_by(t.articles.c.published, t.articles.c.id)
        )
        with self._reading() as conn:
            rows = conn.execute(query).mappings().all()
        copies: dict[str | None, list[Article]] = {}
        for copy in self.copies():
            copies.setdefault(copy.near_duplicate_of, []).append(copy)
        listed = []
        for row in rows:
            article = ArticleRow(article=_article(row), language=row["x_language"] or row["language"],
                                 skipped=row["skipped"], n_events=row["n"] or 0, extracted=row["x_id"] is not None)
            listed.append(article)
            listed += [replace(article, article=copy, copy_of=article.article.id)
                       for copy in copies.get(article.article.id, [])]
        return listed

    def unlinked_unextracted(self) -> list[Article]:
        """Reports not extracted for their language that are no event's source yet, oldest first: the ones
        resolution may still link to the events they report."""
        skipped = select(t.extractions.c.article_id).where(t.extractions.c.skipped.like("language %"))
        sourced = select(t.event_sources.c.article_id)
        query = (select(t.articles).where(t.articles.c.id.in_(skipped), t.articles.c.id.not_in(sourced))
                 .order_by(t.articles.c.published, t.articles.c.id))
        with self._reading() as conn:
            return [_article(row) for row in conn.execute(query).mappings()]

    # ------------------------------------------------------------- extractions

    def save_extraction(self, extraction: ArticleExtraction) -> None:
        """Keep what extraction read from an article (replacing an earlier extraction of it)."""
        row = {
            "article_id": extraction.article_id, "language": extraction.language, "skipped": extraction.skipped,
            "n_mentions": len(extraction.events), "json": extraction.model_dump_json(), "extracted_at": _now(),
        }
        try:
            with self._writing() as conn:
                self._upsert(conn, t.extractions, [row])
        except IntegrityError as exc:  # the foreign key: no such article
            raise StoreError(f"cannot save the extraction of {extraction.article_id!r}: article not stored") from exc

    def get_extraction(self, article_id: str) -> ArticleExtraction | None:
        with self._reading() as conn:
            text = conn.execute(
                select(t.extractions.c.json).where(t.extractions.c.article_id == article_id)
            ).scalar()
        return ArticleExtraction.model_validate_json(text) if text else None

    # ------------------------------------------------------------------ events

    def get_event(self, event_id: str) -> Event | None:
        """The event with this id, or the event it was merged into."""
        with self._reading() as conn:
            text = conn.execute(select(t.events.c.json).where(t.events.c.event_id == event_id)).scalar()
            if text is None:
                survivor = conn.execute(
                    select(t.event_aliases.c.event_id).where(t.event_aliases.c.old_id == event_id)
                ).scalar()
                if survivor:
                    text = conn.execute(select(t.events.c.json).where(t.events.c.event_id == survivor)).scalar()
        return Event.model_validate_json(text) if text else None

    def event_history(self, event_id: str) -> list[HistoryEntry]:
        query = select(t.event_history).where(t.event_history.c.event_id == event_id).order_by(t.event_history.c.id)
        with self._reading() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            HistoryEntry(
                event_id=row["event_id"], at=row["at"], action=row["action"], reason=row["reason"],
                mention_id=row["mention_id"], score=row["score"], threshold=row["threshold"],
                signals=json.loads(row["signals"] or "{}"), changes=json.loads(row["changes"] or "{}"),
            )
            for row in rows
        ]

    def explain_event(self, event_id: str) -> EventExplanation:
        event = self.get_event(event_id)
        if event is None:
            raise KeyError(f"no event {event_id!r} in the store")
        claims: dict[str, list[Claim]] = {}
        for claim in event.claims:
            claims.setdefault(claim.field, []).append(claim)
        return EventExplanation(event, event.sources, claims, self.event_history(event_id))

    # -------------------------------------------------------------- resolution

    def resolved_mentions(self, after: int | None = None) -> Iterator[ResolvedMention]:
        """Every resolved mention with its event and its article's date, text, country hint, language and title, oldest
        reports first; with `after` (a `resolution_mark`), only those resolved since."""
        query = (
            select(t.mentions.c.event_id, t.mentions.c.json, t.mentions.c.published,
                   t.articles.c.published_precision, t.articles.c.text, t.articles.c.country,
                   t.articles.c.language, t.articles.c.title)
            .join(t.articles, t.articles.c.id == t.mentions.c.article_id)
            .order_by(t.mentions.c.published, t.mentions.c.mention_id)
        )
        if after is not None:
            history = t.event_history.c
            query = query.where(t.mentions.c.mention_id.in_(
                select(history.mention_id).where(history.id > after, history.action.in_(("created", "joined")))))
        with self._reading() as conn:
            for event_id, text, published, precision, article_text, country, language, title in conn.execute(query):
                yield ResolvedMention(event_id, EventMention.model_validate_json(text), published, precision,
                                      article_text, country, language, title)

    def resolution_mark(self) -> int:
        """Where the store's resolution history stands (its newest row's id; 0 when empty): a resolver that
        knew the store at one mark reads what other processes resolved since (`resolved_mentions(after=...)`)."""
        with self._reading() as conn:
            return int(conn.execute(select(func.max(t.event_history.c.id))).scalar() or 0)

    def merged_since(self, mark: int) -> bool:
        """Whether events were merged since `mark` (then a resolver's state must be read again whole)."""
        history = t.event_history.c
        query = select(history.id).where(history.id > mark, history.action == "merged").limit(1)
        with self._reading() as conn:
            return conn.execute(query).first() is not None

    def event_mentions(self, event_id: str) -> list[EventMention]:
        query = select(t.mentions.c.json).where(t.mentions.c.event_id == event_id).order_by(t.mentions.c.mention_id)
        with self._reading() as conn:
            return [EventMention.model_validate_json(text) for text in conn.execute(query).scalars()]

    def save_resolution(
        self,
        events: list[Event],
        assignments: list[tuple[EventMention, str, dt.date | None]],
        history: list[HistoryEntry],
        merges: list[tuple[str, str]] | None = None,
    ) -> None:
        """Write new mentions, the events they touched, merges (absorbed id, survivor id) and history, at once.

        A merged-away event's mentions move to the survivor and its id becomes an alias of the survivor;
        its history rows stay under its own id. Rows go in as batches (one statement per table), in one
        transaction.
        """
        now = _now()
        with self._writing() as conn:
            self._put_events(conn, events, now)
            for absorbed, survivor in merges or []:
                conn.execute(update(t.mentions).where(t.mentions.c.event_id == absorbed).values(event_id=survivor))
                conn.execute(update(t.event_aliases).where(t.event_aliases.c.event_id == absorbed)
                             .values(event_id=survivor))
                conn.execute(insert(t.event_aliases).values(old_id=absorbed, event_id=survivor, at=now))
            gone = [absorbed for absorbed, _ in merges or []]
            if gone:
                for table in (t.event_sources, t.claims, t.events):
                    conn.execute(table.delete().where(table.c.event_id.in_(gone)))
            if assignments:
                conn.execute(insert(t.mentions), [
                    {"mention_id": mention.mention_id, "article_id": mention.article_id, "event_id": event_id,
                     "published": published, "json": mention.model_dump_json()}
                    for mention, event_id, published in assignments
                ])
                self._put_reference_rows(conn, [mention for mention, _, _ in assignments])
            if history:
                conn.execute(insert(t.event_history), [
                    {"event_id": entry.event_id, "at": entry.at, "action": entry.action, "mention_id": entry.mention_id,
                     "reason": entry.reason, "score": entry.score, "threshold": entry.threshold,
                     "signals": json.dumps(entry.signals), "changes": json.dumps(entry.changes, default=str)}
                    for entry in history
                ])

    def _upsert(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows, replacing the non-key columns of rows whose primary key is stored (one statement)."""
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(table)
        keys = [c.name for c in table.primary_key.columns]
        excluded = statement.excluded  # built anew on each access
        changed = {name: excluded[name] for name in rows[0] if name not in keys}
        conn.execute(statement.on_conflict_do_update(index_elements=keys, set_=changed), rows)

    def _put_events(self, conn: Connection, events: list[Event], now: dt.datetime) -> None:
        if not events:
            return
        self._upsert(conn, t.events, [{
            "event_id": ev.event_id, "event_date": ev.event_date, "time_precision": ev.time_precision,
            "event_type": ev.event_type, "sub_event_type": ev.sub_event_type, "actor1": ev.actor1,
            "actor2": ev.actor2, "country": ev.country, "admin1": ev.admin1, "location": ev.location,
            "latitude": ev.latitude, "longitude": ev.longitude, "geo_precision": ev.geo_precision,
            "fatalities": ev.fatalities, "number_of_sources": ev.number_of_sources, "json": ev.model_dump_json(),
            "updated_at": now,
        } for ev in events])
        # Sources and claims are derived from the mentions (kept whole): rewrite these events' rows.
        ids = [ev.event_id for ev in events]
        conn.execute(t.event_sources.delete().where(t.event_sources.c.event_id.in_(ids)))
        conn.execute(t.claims.delete().where(t.claims.c.event_id.in_(ids)))
        sources = [{"event_id": ev.event_id, **s.model_dump()} for ev in events for s in ev.sources]
        if sources:
            conn.execute(insert(t.event_sources), sources)
        claims = [{"event_id": ev.event_id, **c.model_dump(), "value": None if c.value is None else str(c.value)}
                  for ev in events for c in ev.claims]
        if claims:
            conn.execute(insert(t.claims), claims)

    def _put_reference_rows(self, conn: Connection, mentions: list[EventMention]) -> None:
        """Keep the actors and places mentions resolved to, for lookups and exports (first description kept)."""
        actors: dict[str, dict[str, Any]] = {}
        places: dict[str, dict[str, Any]] = {}
        for mention in mentions:
            for actor in (mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2):
                if actor:
                    actors.setdefault(actor.name, {"name": actor.name, "actor_type": actor.actor_type,
                                                   "inter_code": actor.inter_code, "country": actor.country})
            if mention.location:
                place = mention.location.place
                key = f"gn:{place.geonameid}" if place.geonameid else f"name:{place.country_code}:{place.name}"
                places.setdefault(key, {
                    "key": key, "name": place.name, "geonameid": place.geonameid, "latitude": place.latitude,
                    "longitude": place.longitude, "country": place.country, "country_code": place.country_code,
                    "admin1": place.admin1, "admin2": place.admin2, "feature_code": place.feature_code,
                })
        for table, column, rows in ((t.actors, t.actors.c.name, actors), (t.places, t.places.c.key, places)):
            if rows:
                stored = set(conn.execute(select(column).where(column.in_(list(rows)))).scalars())
                new = [row for name, row in rows.items() if name not in stored]
                if new:
                    conn.execute(insert(table), new)

    def fingerprint(self) -> str:
        """A hash of every event's current values, to check that a re-run changed nothing."""
        digest = hashlib.sha256()
        with self._reading() as conn:
            for text in conn.execute(select(t.events.c.json).order_by(t.events.c.event_id)).scalars():
                digest.update(text.encode("utf-8"))
        return digest.hexdigest()


def _figures(text: str) -> list[str]:
    """The numbers a text gives, in order: what an update changes and a cleaning never does."""
    return re.findall(r"\d+", text)


def _same_story(index: Any, signature: bytes, stored_signature: bytes | None) -> bool:
    """Two articles' signatures are one story by the near-duplicate measure."""
    if not stored_signature:
        return False
    from sitrep.ingest.dedupe import containment_of

    return containment_of(signature, stored_signature) >= index.threshold


def _article(row: Any) -> Article:
    fields = {name: row[name] for name in Article.model_fields if name in row}
    return Article.model_validate(fields)
