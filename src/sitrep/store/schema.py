"""The store's tables (SQLAlchemy Core), portable between SQLite and PostgreSQL.

Events, mentions and extractions are also kept whole as JSON (the typed objects round-trip exactly); the
columns beside the JSON are what queries filter on. Claims, sources and history are rows of their own so an
analyst can query them with plain SQL.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("outlet", String),
    Column("author", String),
    Column("url", Text),
    Column("published", Date),
    Column("published_precision", Integer),
    Column("dateline", String),
    Column("language", String),
    Column("country", String),
    Column("source_path", Text),
    Column("source_format", String),
    Column("content_hash", String, nullable=False, index=True),
    Column("near_duplicate_of", String),
    Column("minhash", LargeBinary),
    Column("added_at", DateTime, nullable=False),
    # 1, 2, 3... in the order writers stored them (the write lock makes them take turns): what another process
    # stored since this one last looked is `seq > last seen` (`Store._near_duplicates`). NULL in older stores.
    Column("seq", Integer, index=True),
)

copies = Table(  # an exact duplicate of a stored article under another id and outlet (a wire story printed word for
    # word): the text is stored once, in `articles`; each copy is one more source of the events the article gives
    "copies", metadata,
    Column("id", String, primary_key=True),  # the copy's own id (its file name, feed guid, record id)
    Column("article_id", String, ForeignKey("articles.id"), nullable=False, index=True),
    Column("title", Text),
    Column("outlet", String),
    Column("author", String),
    Column("url", Text),
    Column("published", Date),
    Column("published_precision", Integer),
    Column("dateline", String),
    Column("source_path", Text),
    Column("source_format", String),
    Column("added_at", DateTime, nullable=False),
)

extractions = Table(
    "extractions", metadata,
    Column("article_id", String, ForeignKey("articles.id"), primary_key=True),
    Column("language", String),
    Column("skipped", Text),
    Column("n_mentions", Integer, nullable=False),
    Column("json", Text, nullable=False),
    Column("extracted_at", DateTime, nullable=False),
)

events = Table(
    "events", metadata,
    Column("event_id", String, primary_key=True),
    Column("event_date", Date),
    Column("time_precision", Integer),
    Column("event_type", String, nullable=False),
    Column("sub_event_type", String, nullable=False),
    Column("actor1", String),
    Column("actor2", String),
    Column("country", String),
    Column("admin1", String),
    Column("location", String),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("number_of_sources", Integer, nullable=False),
    Column("json", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_events_country_date", "country", "event_date"),
)

mentions = Table(
    "mentions", metadata,
    Column("mention_id", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id"), nullable=False, index=True),
    Column("event_id", String, ForeignKey("events.event_id"), nullable=False, index=True),
    Column("published", Date),
    Column("json", Text, nullable=False),
)

event_sources = Table(
    "event_sources", metadata,
    Column("event_id", String, ForeignKey("events.event_id"), primary_key=True),
    # a stored article or another outlet's copy of one (`copies`): no foreign key (earlier sitreps declared one to
    # articles; `create_schema` drops it)
    Column("article_id", String, primary_key=True),
    Column("outlet", String),
    Column("published", Date),
    Column("url", Text),
    Column("title", Text),  # the report's headline; NULL in stores written before (filled from `articles`/`copies`
    # when the column is added: `database._fill_source_titles`)
    Column("quote", Text),
    Column("linked", Boolean),  # linked without extraction (`Source.linked`); NULL in stores written before
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, ForeignKey("events.event_id"), nullable=False, index=True),
    Column("field", String, nullable=False),
    Column("value", Text),
    Column("article_id", String, nullable=False),
    Column("quote", Text),
    Column("attributed_to", String),
    Column("rule", String),
)

event_history = Table(
    "event_history", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, nullable=False, index=True),
    Column("at", DateTime, nullable=False),
    Column("action", String, nullable=False),  # created, joined, updated, merged, split
    Column("mention_id", String),
    Column("reason", Text, nullable=False),
    Column("score", Float),
    Column("threshold", Float),
    Column("signals", Text),  # JSON: each similarity signal's score
    Column("changes", Text),  # JSON: field -> [old, new]
)

event_aliases = Table(  # an event merged into another: its id keeps leading to the surviving event
    "event_aliases", metadata,
    Column("old_id", String, primary_key=True),
    Column("event_id", String, nullable=False, index=True),
    Column("at", DateTime, nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("name", String, primary_key=True),
    Column("actor_type", String),
    Column("inter_code", Integer),
    Column("country", String),
)

places = Table(
    "places", metadata,
    Column("key", String, primary_key=True),  # "gn:<geonameid>" or "name:<country code>:<name>"
    Column("name", String, nullable=False),
    Column("geonameid", Integer),
    Column("latitude", Float, nullable=False),
    Column("longitude", Float, nullable=False),
    Column("country", String),
    Column("country_code", String),
    Column("admin1", String),
    Column("admin2", String),
    Column("feature_code", String),
)
