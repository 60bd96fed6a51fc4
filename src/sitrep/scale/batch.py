"""The unit of work every scheduler ships: one batch of articles in, one extraction per article out.

Shared by the process pool, Dask and Ray so each gives exactly what `pipeline.extract_articles` gives,
except that a failure in one article becomes a skipped extraction with the reason instead of ending the run.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from sitrep.extract import extract_article
from sitrep.models import Article, ArticleExtraction
from sitrep.nlp import ModelNotInstalled, load_pipeline, parse, supported_languages

FAILURE_PREFIX = "extraction failed"  # `skipped` reasons that mean an error, not an unsupported language
MAX_REASON = 300

# Worker threads of one Dask worker process share its models; spaCy is not promised to be thread-safe and
# extraction holds the GIL, so one batch at a time per process loses nothing.
_LOCK = threading.Lock()
_startup_error: ModelNotInstalled | None = None


def batched(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive batches of `size` articles, read lazily from `articles`."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def nonempty(batches: Iterator[list[Article]]) -> Iterator[list[Article]] | None:
    """`batches` unchanged, or None when there are none: with nothing to extract, loading the models or
    starting workers would only keep the user waiting (a re-run over stored reports reads no new article)."""
    first = next(batches, None)
    return None if first is None else itertools.chain([first], batches)


@dataclass
class Part:
    """Some of batch `index`'s articles, from position `offset`: a whole batch, or one article of a split one."""

    index: int
    offset: int
    articles: list[Article]


@dataclass
class InOrder:
    """Results of parts that finish in any order, released batch by batch in submission order, so the resolver
    downstream sees the order it would see with no pool at all."""

    next_out: int = 0  # the first batch not yet released
    slots: dict[int, list[ArticleExtraction | None]] = field(default_factory=dict)  # batch index -> results

    def expect(self, part: Part) -> None:
        self.slots.setdefault(part.index, [None] * (part.offset + len(part.articles)))

    def fill(self, part: Part, results: list[ArticleExtraction]) -> list[ArticleExtraction]:
        """Store `part`'s results; return the batches now complete from `next_out` on."""
        self.slots[part.index][part.offset : part.offset + len(results)] = results
        out: list[ArticleExtraction] = []
        while self.next_out in self.slots and all(r is not None for r in self.slots[self.next_out]):
            out.extend(r for r in self.slots.pop(self.next_out) if r is not None)
            self.next_out += 1
        return out


def warm_up() -> None:
    """Load every language's spaCy pipeline into this process (a worker initializer).

    A missing model is kept and raised by the first batch instead: an exception in a pool initializer only
    kills the worker, and the caller would see a broken pool instead of the message that says what to install.
    """
    global _startup_error
    try:
        for language in supported_languages():
            load_pipeline(language)
    except ModelNotInstalled as exc:
        _startup_error = exc


def failed(article: Article, reason: str) -> ArticleExtraction:
    """The extraction of an article that could not be extracted, saying why (in at most a few lines)."""
    if len(reason) > MAX_REASON:
        reason = reason[: MAX_REASON - 1] + "…"
    return ArticleExtraction(
        article_id=article.id, language=article.language or "en", skipped=f"{FAILURE_PREFIX}: {reason}"
    )


class ExtractionFailed(RuntimeError):
    """One report's extraction crashed (`extract_text`): its reason, not an empty list of events."""


def is_failure(extraction: ArticleExtraction) -> bool:
    return bool(extraction.skipped and extraction.skipped.startswith(FAILURE_PREFIX))


def extract_batch(articles: list[Article]) -> list[ArticleExtraction]:
    """One extraction per article, in the order given; models missing is the only error that escapes."""
    if _startup_error is not None:
        raise _startup_error
    with _LOCK:
        return _extract(articles)


def _extract(articles: list[Article]) -> list[ArticleExtraction]:
    supported = set(supported_languages())
    results: dict[int, ArticleExtraction] = {}
    by_language: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        language = article.language or "en"
        if language in supported:
            by_language.setdefault(language, []).append(i)
        else:
            results[i] = ArticleExtraction(
                article_id=article.id, language=language, skipped=f"language {language!r} not supported"
            )
    for language, indexes in by_language.items():
        group = [articles[i] for i in indexes]
        for i, article, doc in zip(indexes, group, _parse(language, group), strict=True):
            results[i] = failed(article, doc) if isinstance(doc, str) else _extract_one(article, doc)
    return [results[i] for i in range(len(articles))]


def _parse(language: str, group: list[Article]) -> list[Doc | str]:
    """Each article's parse, or why it could not be parsed (e.g. longer than spaCy's max_length)."""
    nlp = load_pipeline(language)
    try:
        return list(parse(nlp, (a.text for a in group)))
    except Exception:  # one bad text fails the whole pipe; parse one by one to find it
        docs: list[Doc | str] = []
        for article in group:
            try:
                docs.extend(parse(nlp, [article.text]))
            except Exception as exc:  # any parser error is this article's, not the run's
                docs.append(f"spaCy could not parse it: {type(exc).__name__}: {exc}")
        return docs


def _extract_one(article: Article, doc: Doc) -> ArticleExtraction:
    try:
        return extract_article(article, doc)
    except Exception as exc:  # a rule crashing on one odd text must not end a long run
        return failed(article, f"{type(exc).__name__}: {exc}")
