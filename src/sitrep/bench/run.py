"""`sitrep bench`: how fast the full pipeline runs, where the time goes, and how resolution scales.

One run measures, on the same texts:
  1. the real `sitrep.pipeline.ingest` into a fresh store, with each stage's calls timed in place
     (ingest/clean, spaCy, extraction beyond spaCy, geocoding, resolution, store writes);
  2. a bare spaCy pass (`nlp.pipe`, same models) — the floor any spaCy-based system pays;
  3. extraction per language (spaCy + rules, no store) for the French/English cost per token;
  4. optionally the same extraction over N processes (`sitrep.scale.extract_parallel`, start-up included);
  5. the in-memory resolver on 1k/10k/100k synthetic mentions.
Models, the gazetteer and the actor knowledge base are loaded, and one article per language extracted, before
any timing starts; that warm-up time is reported on its own.
"""

from __future__ import annotations

import math
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sitrep.bench.corpus import generate_corpus, write_corpus
from sitrep.models import Article, Rejection

STAGES = ("ingest", "spacy", "extract", "geocode", "resolve", "store")


@dataclass(slots=True)
class ScalePoint:
    mentions: int
    events: int
    seconds: float
    us_per_mention: float
    growth_per_doubling: float | None = None  # time-per-mention ratio per doubling of n, from the last point


@dataclass(slots=True)
class BenchReport:
    corpus: str
    articles: int
    tokens: int
    by_language: dict[str, int]
    load_seconds: float
    pipeline_seconds: float
    articles_per_s: float
    tokens_per_s: float
    spacy_seconds: float
    spacy_tokens_per_s: float
    pipeline_over_spacy: float  # how many times longer the whole pipeline takes than bare spaCy
    stages: dict[str, float]  # seconds per stage inside the pipeline run
    us_per_token: dict[str, float]  # spaCy + extraction, per language
    spacy_us_per_token: dict[str, float]  # bare spaCy alone, per language
    fr_over_en: float | None
    workers: int = 1
    parallel_seconds: float | None = None
    parallel_speedup: float | None = None
    resolution: list[ScalePoint] = field(default_factory=list)
    pipeline_peak_rss_mb: float = 0.0  # before the resolution-scaling runs, whose 100k mentions dwarf the pipeline
    peak_rss_mb: float = 0.0
    peak_rss_children_mb: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Clock:
    """Adds up the time spent inside wrapped calls and iterators, per stage name."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    def wrap(self, fn: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.totals[stage] += time.perf_counter() - start

        return timed

    def iterate(self, items: Iterator[Any], stage: str) -> Iterator[Any]:
        """Yields from `items`, counting only the time spent producing each item."""
        while True:
            start = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                self.totals[stage] += time.perf_counter() - start
                return
            self.totals[stage] += time.perf_counter() - start
            yield item


class _TimedNLP:
    """A spaCy pipeline whose `pipe` is timed; everything else is the pipeline's own."""

    def __init__(self, nlp: Any, clock: _Clock) -> None:
        self._nlp, self._clock = nlp, clock

    def pipe(self, texts: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        return self._clock.iterate(iter(self._nlp.pipe(texts, *args, **kwargs)), "spacy")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


@contextmanager
def _replaced(owner: Any, name: str, value: Any) -> Iterator[None]:
    original = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, original)


def _geocoder() -> Any | None:
    """The shared geocoder, loaded now (so its build/load time is not billed to extraction), or None."""
    try:
        from sitrep.geo import get_geocoder
    except ImportError:
        return None
    return get_geocoder()


def _actor_kb() -> None:
    """Load the actor knowledge base now, so that its parsing is not billed to extraction."""
    try:
        from sitrep.extract.actors import get_actor_kb
    except ImportError:
        return
    get_actor_kb()


def _timed_pipeline(paths: list[Path], db: Path) -> tuple[float, dict[str, float]]:
    """Run `pipeline.ingest` with every stage's calls timed in place; return wall time and stage totals."""
    from sitrep import pipeline
    from sitrep.store import Store

    clock = _Clock()
    store = Store(db)
    original_resolver = pipeline.Resolver

    def resolver(store_: Any) -> Any:
        made = original_resolver(store_)
        setattr(made, "add", clock.wrap(made.add, "resolve"))  # noqa: B010  (an instance attribute shadows the method)
        return made

    from sitrep.scale import batch  # where the pipeline's extraction parses and extracts

    original_read, original_load = pipeline.read_paths, batch.load_pipeline

    def read(paths_: Any) -> Iterator[Any]:
        return clock.iterate(iter(original_read(paths_)), "ingest")

    with ExitStack() as stack:
        stack.enter_context(_replaced(pipeline, "read_paths", read))
        stack.enter_context(_replaced(batch, "load_pipeline", lambda lang: _TimedNLP(original_load(lang), clock)))
        stack.enter_context(_replaced(batch, "extract_article", clock.wrap(batch.extract_article, "extract")))
        stack.enter_context(_replaced(pipeline, "Resolver", resolver))
        for method in ("add_article", "get_article", "save_extraction"):
            stack.enter_context(_replaced(store, method, clock.wrap(getattr(store, method), "store")))
        geocoder = _geocoder()
        if geocoder is not None:
            for method in ("find_toponyms", "resolve_spans", "search"):
                if hasattr(geocoder, method):
                    stack.enter_context(_replaced(geocoder, method, clock.wrap(getattr(geocoder, method), "geocode")))
        start = time.perf_counter()
        pipeline.ingest(paths, store)
        wall = time.perf_counter() - start
    stages = dict(clock.totals)
    stages["extract"] = max(0.0, stages["extract"] - stages["geocode"])  # geocoding runs inside extraction
    return wall, stages


def _read(paths: list[Path]) -> list[Article]:
    from sitrep.ingest import read_paths

    return [item for item in read_paths(paths) if not isinstance(item, Rejection)]


def _warm_up(articles: list[Article]) -> None:
    """Extract one article per language untimed: first calls pay for lazy loading, not for the work."""
    first: dict[str, Article] = {}
    for article in articles:
        first.setdefault(article.language or "en", article)
    _extract_all(list(first.values()))


def _bare_spacy(articles: list[Article]) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds and tokens of `nlp.pipe` over the texts, per language model."""
    from sitrep.nlp import load_pipeline, supported_languages

    tokens: dict[str, int] = {}
    seconds: dict[str, float] = {}
    for language in supported_languages():
        texts = [a.text for a in articles if (a.language or "en") == language]
        if not texts:
            continue
        nlp = load_pipeline(language)
        start = time.perf_counter()
        tokens[language] = sum(len(doc) for doc in nlp.pipe(texts))
        seconds[language] = time.perf_counter() - start
    return seconds, tokens


def _extract_all(articles: list[Article]) -> int:
    from sitrep.pipeline import extract_articles

    return sum(len(x.events) for x in extract_articles(articles))


def _per_language_cost(articles: list[Article], tokens: dict[str, int]) -> tuple[dict[str, float], float]:
    """Microseconds per token of spaCy + extraction, per language; and the total sequential time."""
    cost: dict[str, float] = {}
    total = 0.0
    for language, n_tokens in tokens.items():
        subset = [a for a in articles if (a.language or "en") == language]
        start = time.perf_counter()
        _extract_all(subset)
        elapsed = time.perf_counter() - start
        total += elapsed
        cost[language] = elapsed / n_tokens * 1e6 if n_tokens else 0.0
    return cost, total


def _parallel(articles: list[Article], workers: int) -> float:
    """Wall time of `sitrep.scale.extract_parallel` on `workers` processes, their start-up and model loads included."""
    from sitrep.scale import extract_parallel

    start = time.perf_counter()
    for _extraction in extract_parallel(articles, workers):
        pass
    return time.perf_counter() - start


def resolution_scaling(sizes: list[int], seed: int = 0) -> list[ScalePoint]:
    """Time the in-memory resolver on `generate_mentions(n)` for each n (generation itself not timed)."""
    from sitrep.resolve import InMemoryResolver
    from sitrep.resolve.synthetic import generate_mentions

    points: list[ScalePoint] = []
    for n in sizes:
        mentions = generate_mentions(n, seed)
        resolver = InMemoryResolver()
        start = time.perf_counter()
        for mention in mentions:
            resolver.add(mention)
        seconds = time.perf_counter() - start
        point = ScalePoint(n, len(resolver), seconds, seconds / max(n, 1) * 1e6)
        if points and points[-1].us_per_mention > 0 and n > points[-1].mentions:
            doublings = math.log2(n / points[-1].mentions)
            point.growth_per_doubling = (point.us_per_mention / points[-1].us_per_mention) ** (1 / doublings)
        points.append(point)
    return points


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def run_bench(
    corpus: Path | None = None,
    n: int = 200,
    workers: int = 1,
    resolve_sizes: tuple[int, ...] = (1_000, 10_000, 100_000),
    seed: int = 0,
) -> BenchReport:
    """Measure the pipeline on `corpus` (*.txt etc. under it) or on `n` generated reports."""
    from sitrep.nlp import load_pipeline, supported_languages

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        if corpus is None:
            paths = write_corpus(generate_corpus(n, seed), Path(tmp) / "corpus")
            corpus_name = f"generated ({n} reports, seed {seed})"
        else:
            paths = sorted(p for p in corpus.rglob("*") if p.is_file())
            corpus_name = str(corpus)
        start = time.perf_counter()
        for language in supported_languages():
            load_pipeline(language)
        _geocoder()
        _actor_kb()
        articles = _read(paths)
        _warm_up(articles)
        load_seconds = time.perf_counter() - start

        wall, stages = _timed_pipeline(paths, Path(tmp) / "bench.sqlite")
        spacy_by_language, by_language = _bare_spacy(articles)
        spacy_seconds, tokens = sum(spacy_by_language.values()), sum(by_language.values())
        cost, sequential = _per_language_cost(articles, by_language)
        parallel = _parallel(articles, workers) if workers > 1 else None

    report = BenchReport(
        corpus=corpus_name,
        articles=len(articles),
        tokens=tokens,
        by_language={lang: sum((a.language or "en") == lang for a in articles) for lang in by_language},
        load_seconds=load_seconds,
        pipeline_seconds=wall,
        articles_per_s=len(articles) / wall if wall else 0.0,
        tokens_per_s=tokens / wall if wall else 0.0,
        spacy_seconds=spacy_seconds,
        spacy_tokens_per_s=tokens / spacy_seconds if spacy_seconds else 0.0,
        pipeline_over_spacy=wall / spacy_seconds if spacy_seconds else 0.0,
        stages=stages,
        us_per_token=cost,
        spacy_us_per_token={lang: spacy_by_language[lang] / n * 1e6 for lang, n in by_language.items() if n},
        fr_over_en=cost["fr"] / cost["en"] if cost.get("en") and "fr" in cost else None,
        workers=workers,
        parallel_seconds=parallel,
        parallel_speedup=sequential / parallel if parallel else None,
    )
    report.pipeline_peak_rss_mb = _rss_mb(resource.RUSAGE_SELF)
    report.resolution = resolution_scaling(list(resolve_sizes), seed)
    report.peak_rss_mb = _rss_mb(resource.RUSAGE_SELF)
    report.peak_rss_children_mb = _rss_mb(resource.RUSAGE_CHILDREN)
    return report
