"""A titled event for the store tests: two reports with headlines and a copy of one, resolved into one event."""

from __future__ import annotations

from sitrep.store import Store


def titled_event(store: Store, run: str = "") -> str:
    """Two titled reports and a titled copy of the first, of one clash at Gao, resolved into one event: its id."""
    import datetime as dt

    from sitrep.models import Article, ArticleExtraction
    from sitrep.resolve import Resolver, event_id_for
    from sitrep.resolve.synthetic import make_mention, place

    day = dt.date(2019, 11, 1)
    resolver = Resolver(store, threshold=0.55, window_days=3)
    for n, toll, title in ((1, 6, "Six soldiers killed at Gao"), (2, 6, "Gao: army post attacked")):
        article = Article(id=f"{run}a{n}", text=f"Report {n} ({run}) of the clashes at Gao; {toll} soldiers died.",
                          published=day, outlet=f"Outlet {n}", title=title)
        store.add_article(article)
        mention = make_mention(article.id, f"{toll} soldiers died at Gao.", date=day, place=place("Gao"),
                               actor1=("Islamic State Sahel", 2), actor2=("Military Forces of Mali", 1),
                               killed=[(toll, "actor2", None)])
        extraction = ArticleExtraction(article_id=article.id, language="en", events=[mention])
        store.save_extraction(extraction)
        resolver.add(store.get_article(article.id), extraction)
    first = store.get_article(f"{run}a1")
    assert resolver.add_copy(first.model_copy(update={"id": f"{run}copy", "outlet": "Gao Daily",
                                                      "title": "Attack on Gao post"}))
    return event_id_for(f"{run}a1#0")



HEADLINES = "Six soldiers killed at Gao; Gao: army post attacked; Attack on Gao post"

