"""Reports of one clash at Gao for the store tests, each stored with its extraction and resolved."""

from __future__ import annotations

import datetime as dt

from sitrep.models import Article, ArticleExtraction
from sitrep.resolve import Resolver, event_id_for
from sitrep.resolve.synthetic import make_mention, place
from sitrep.store import Store

DAY = dt.date(2019, 11, 1)
HEADLINES = "Six soldiers killed at Gao; Gao: army post attacked; Attack on Gao post"


def report_clash(store: Store, resolver: Resolver, article_id: str, toll: int, outlet: str,
                 title: str | None = None) -> None:
    """Store a report that `toll` soldiers died at Gao on DAY (as `outlet` printed it), and resolve it."""
    article = Article(id=article_id, text=f"Report {article_id} of the clashes at Gao; {toll} soldiers died.",
                      published=DAY, outlet=outlet, title=title)
    store.add_article(article)
    mention = make_mention(article.id, f"{toll} soldiers died at Gao.", date=DAY, place=place("Gao"),
                           actor1=("Islamic State Sahel", 2), actor2=("Military Forces of Mali", 1),
                           killed=[(toll, "actor2", None)])
    extraction = ArticleExtraction(article_id=article.id, language="en", events=[mention])
    store.save_extraction(extraction)
    resolver.add(store.get_article(article.id), extraction)


def titled_event(store: Store) -> str:
    """Two titled reports and a titled copy of the first, resolved into one event: its id."""
    resolver = Resolver(store, threshold=0.55, window_days=3)
    report_clash(store, resolver, "a1", 6, "Outlet 1", "Six soldiers killed at Gao")
    report_clash(store, resolver, "a2", 6, "Outlet 2", "Gao: army post attacked")
    first = store.get_article("a1")
    assert resolver.add_copy(first.model_copy(update={"id": "copy", "outlet": "Gao Daily",
                                                      "title": "Attack on Gao post"}))
    return event_id_for("a1#0")
