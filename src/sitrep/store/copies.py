"""Copies: a stored article printed word for word by another outlet (one wire story in two papers).

The text is stored once (its content hash is the article's), but a coder lists both outlets as the event's
sources and counts both in its corroboration: each copy keeps its own id, outlet, address and date in the
`copies` table, and resolution makes it a source of the events its article gives (`Resolver.add_copy`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from sitrep.models import Article
from sitrep.store import schema as t

_OWN = ("title", "outlet", "author", "url", "published", "published_precision", "dateline", "source_path",
        "source_format")  # what a copy says about itself; text, language and country are its article's


def _outlet(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


class Copies:
    """The Store's copies of stored articles."""

    _reading: Callable[[], AbstractContextManager[Connection]]
    _writing: Callable[..., AbstractContextManager[Connection]]

    def add_copy(self, article: Article) -> str | None:
        """Keep `article`, whose text a stored article has, as a copy of it when it names an outlet neither that
        article nor its copies name: the id of the article it copies, else None (the same report read again, a
        second address of one outlet, or a copy with no outlet: no other source)."""
        if not _outlet(article.outlet):
            return None
        from sitrep.ingest.dedupe import content_hash

        a, c = t.articles.c, t.copies.c
        text_hash = article.content_hash or content_hash(article.text)
        with self._writing(exclusive=True) as conn:
            taken = conn.execute(select(a.id).where(a.id == article.id).union(
                select(c.id).where(c.id == article.id))).first()
            original = conn.execute(select(a.id, a.outlet).where(a.content_hash == text_hash)
                                    .order_by(a.added_at, a.id)).first()
            if taken or original is None:
                return None
            outlets = {_outlet(original.outlet)}
            outlets.update(_outlet(o) for o in conn.execute(select(c.outlet).where(c.article_id == original.id))
                           .scalars())
            if _outlet(article.outlet) in outlets:
                return None
            conn.execute(insert(t.copies).values(
                id=article.id, article_id=original.id, added_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                **{name: getattr(article, name) for name in _OWN}))
        return str(original.id)

    def copies_of(self, article_ids: Iterable[str]) -> list[Article]:
        """The copies of these stored articles, each with its article's text, oldest first."""
        return self._copies(t.copies.c.article_id.in_(list(article_ids)))

    def copies(self) -> list[Article]:
        """Every copy, oldest first (what `sitrep reprocess` keeps)."""
        return self._copies(None)

    def _copy(self, copy_id: str) -> Article | None:
        found = self._copies(t.copies.c.id == copy_id)
        return found[0] if found else None

    def _copies(self, where: Any) -> list[Article]:
        a, c = t.articles.c, t.copies.c
        query = (select(c.id, c.article_id, *(c[name] for name in _OWN), a.text, a.language, a.country,
                        a.content_hash)
                 .join(t.articles, a.id == c.article_id).order_by(c.added_at, c.id))
        if where is not None:
            query = query.where(where)
        with self._reading() as conn:
            rows = conn.execute(query).mappings().all()
        return [Article(id=row["id"], text=row["text"], language=row["language"], country=row["country"],
                        content_hash=row["content_hash"], near_duplicate_of=row["article_id"],
                        **{name: row[name] for name in _OWN}) for row in rows]

    def event_ids_sourced_by(self, article_id: str) -> list[str]:
        """The events `article_id` is a source of."""
        query = select(t.event_sources.c.event_id).where(t.event_sources.c.article_id == article_id)
        with self._reading() as conn:
            return list(dict.fromkeys(conn.execute(query).scalars()))
