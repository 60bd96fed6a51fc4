"""Short synthetic reports written for the scale tests (EN, FR, one unsupported language), and a worker task
that dies on a marked article. Kept free of heavy imports: worker processes import this module."""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
from pathlib import Path

from sitrep.models import Article, ArticleExtraction

TEXTS = [
    (
        "en",
        "Gunmen on motorbikes attacked the village of Boni in central Mali on Tuesday, killing seven "
        "civilians, local officials said. The attackers also burned the market.",
    ),
    (
        "fr",
        "Des hommes armés ont attaqué lundi un poste de la gendarmerie à Djibo, dans le nord du Burkina "
        "Faso. Quatre gendarmes ont été tués, selon une source sécuritaire.",
    ),
    (
        "en",
        "Hundreds of traders marched through Niamey on Friday to protest against new taxes. The march "
        "ended peacefully outside the town hall.",
    ),
    ("de", "Bewaffnete griffen am Montag ein Dorf in Mali an. Mehrere Menschen wurden getötet."),
    (
        "en",
        "A roadside bomb struck an army convoy near Menaka on Sunday, wounding three soldiers, the "
        "armed forces said in a statement.",
    ),
    (
        "fr",
        "La ville de Kaya accueille cette semaine un festival de musique qui attire des visiteurs de toute la région.",
    ),
    (
        "en",
        "Soldiers clashed with militants near Gao on Wednesday; the army said twelve assailants were "
        "killed and two soldiers died in the fighting.",
    ),
]


def articles(n: int = len(TEXTS)) -> list[Article]:
    """`n` articles cycling through TEXTS, each with its own id."""
    out = []
    for i in range(n):
        language, text = TEXTS[i % len(TEXTS)]
        out.append(
            Article(
                id=f"scale-{i:03d}",
                text=text,
                language=language,
                published=dt.date(2024, 3, 12),
                published_precision=1,
                content_hash=f"h{i}",
            )
        )
    return out


def no_models() -> None:
    """A worker initializer for tasks that need no models."""


def die_on_poison(batch: list[Article]) -> list[ArticleExtraction]:
    """Kills its worker process on an article reading "POISON", as a crash in native code would; on one reading
    "POISON <path>", once <path> exists (waiting for it up to a minute).

    On an article reading "STUCK <path>" the first time (while <path> does not exist), the worker stops heeding
    SIGTERM, creates <path> and never returns, as one stuck in native code may; the second time the article is
    extracted like the others."""
    for article in batch:
        if article.text.startswith("STUCK "):
            marker = Path(article.text.split(maxsplit=1)[1])
            if not marker.exists():
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                marker.touch()
                time.sleep(3600)
        elif article.text.startswith("POISON"):
            awaited = Path(article.text.split(maxsplit=1)[1]) if " " in article.text else None
            deadline = time.monotonic() + 60
            while awaited is not None and not awaited.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            os._exit(3)
    return [ArticleExtraction(article_id=a.id, language=a.language) for a in batch]


def one_by_one(items: list[Article]) -> list[ArticleExtraction]:
    """The reference: each article parsed alone and extracted in this process, with no batching or pool."""
    from sitrep.extract import extract_article
    from sitrep.nlp import load_pipeline, supported_languages

    out = []
    for article in items:
        language = article.language or "en"
        if language in supported_languages():
            out.append(extract_article(article, load_pipeline(language)(article.text)))
        else:
            out.append(
                ArticleExtraction(
                    article_id=article.id, language=language, skipped=f"language {language!r} not supported"
                )
            )
    return out
