"""The whole job, top to bottom: read reports, extract their events, resolve them into the store.

    ingest.read_paths    files/folders -> Article | Rejection
    store.has_article    reports stored before (the same text, or the same report read again) are skipped,
                         unless their extraction failed then: those are extracted again
    scale + extract      Article -> ArticleExtraction (EventMention list), English and French, in input order,
                         in this process, N processes, or on a Dask or Ray cluster
    store.transaction    per article, kept together or not at all:
      store.add_article    the article (a near-duplicate linked to the one it repeats)
      save_extraction      what extraction read from it
      resolve.Resolver     EventMention -> Event (joins an existing event or starts one), claims kept
    link_unextracted     reports in languages not extracted -> sources (no claims) of the events they report
    Resolver.add_copy    another outlet's word-for-word copy of a stored report -> one more source of its events

`reprocess` runs the same extraction and resolution over a store's reports into a new store, after the rules,
the actor knowledge base or the gazetteer changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.ingest import read_paths
from sitrep.ingest.dedupe import content_hash
from sitrep.ingest.sidecar import ReportMetadata, apply_metadata
from sitrep.models import Article, ArticleExtraction, Rejection
from sitrep.resolve import Resolver
from sitrep.store import Store, StoreError


@dataclass
class IngestReport:
    """What one `sitrep ingest` run did, for the summary line and the exit status."""

    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    skipped_language: dict[str, int] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # "article id: reason" for articles extraction failed on
    events_created: int = 0
    events_updated: int = 0
    linked: int = 0  # reports not extracted (their language) that became a source of an event they report
    copies: int = 0  # duplicates that are another outlet's copy of a stored report: a source of its events
    retried: int = 0  # stored reports whose earlier extraction had failed, extracted again


def extract_articles(articles: Iterable[Article], workers: int = 1) -> Iterator[ArticleExtraction]:
    """Extract each article's events, in input order; unsupported languages come back with `skipped` set.

    Articles are parsed with `nlp.pipe` in batches per language (what makes spaCy fast), by the same code
    whatever the number of worker processes (`sitrep.scale`).
    """
    from sitrep.scale import extract_parallel

    return extract_parallel(articles, workers)


def ingest(
    paths: Iterable[Path],
    store: Store,
    progress: Callable[[str], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    country: str | None = None,
    metadata: dict[str, ReportMetadata] | None = None,
) -> IngestReport:
    """Read, store, extract and resolve every report under `paths`; returns what happened.

    Each article is stored with its extraction and the events it changed in one exclusive transaction
    (`Store.transaction`), before the next is stored: a failure mid-way keeps every article before it whole and
    stores nothing of the failing one, so a re-run takes it up again, and re-running on the same reports adds
    nothing; another ingest into the same store waits its turn per article and its events are seen. A bad file
    is a `Rejection` naming it and the problem; the others go on. Extraction runs on `workers` processes, or on
    the Dask or Ray cluster `scheduler` names (`sitrep.scale`); `country` (ISO alpha-2) is the analyst's word on
    which country reports that do not say otherwise are about; `metadata` (`sitrep.ingest.sidecar.read_metadata`)
    fills in what a report's text leaves unsaid (its publication date, outlet, address). Resolution stays in this
    process, in input order, so event ids are the same whatever the number of workers. Once the batch is
    resolved, reports in a language sitrep does not extract, of this batch or an earlier one, become sources of
    the events they clearly report (`Resolver.link_unextracted`).
    """
    report = IngestReport()
    retry: set[str] = set()
    copies: list[Article] = []
    new_articles = _new_articles(paths, store, report, progress, country, metadata, retry, copies)
    _extract_and_resolve(new_articles, store, report, workers, scheduler, retry, copies)
    return report


def reprocess(
    source: Store,
    target: Store,
    workers: int = 1,
    scheduler: str | None = None,
) -> IngestReport:
    """Extract and resolve every report stored in `source` again, with today's rules, actor knowledge base and
    gazetteer, into the empty store `target`, in the order they were first stored.

    What an analyst runs after editing an alias, a keyword or the gazetteer: stored reports are never
    extracted again by `ingest` (re-ingesting adds nothing), and rebuilding into a new store leaves the old one
    as it was, to compare or to go back to.
    """
    if target.url == source.url:
        raise StoreError("reprocess writes a new store: give another database than the one it reads")
    if target.stored_articles():
        raise StoreError("the store to write already holds reports: reprocess into a new, empty store")
    report = IngestReport()
    _extract_and_resolve(source.stored_articles(), target, report, workers, scheduler, retry=set(),
                         copies=source.copies())
    return report


def _extract_and_resolve(
    articles: list[Article],
    store: Store,
    report: IngestReport,
    workers: int,
    scheduler: str | None,
    retry: set[str],
    copies: list[Article],
) -> None:
    """Extract `articles`, then store each with its extraction and the events it changed, one transaction per
    article; `retry` holds ids stored before whose extraction is replaced. Then each of `copies` (exact duplicates
    of stored reports) that names another outlet becomes a source of its report's events."""
    from sitrep.scale import extract_dask, extract_ray, is_failure, is_ray

    resolver = Resolver(store)
    by_id = {a.id: a for a in articles}
    if scheduler and is_ray(scheduler):
        extractions = extract_ray(articles, scheduler=scheduler, workers=workers)
    elif scheduler:
        extractions = extract_dask(articles, scheduler=scheduler, workers=workers)
    else:
        extractions = extract_articles(articles, workers)
    for extraction in extractions:
        article = by_id[extraction.article_id]
        try:  # exclusive: another ingest into this store waits, and the resolver sees what it stored before
            with store.transaction(exclusive=True):
                status = store.add_article(article)
                if status == "duplicate" and article.id not in retry:  # the same report twice in this batch
                    report.duplicates += 1
                    continue
                store.save_extraction(extraction)
                if not is_failure(extraction) and not extraction.skipped:
                    created, updated = resolver.add(article, extraction)
                    report.events_created += created
                    report.events_updated += updated
        except StoreError as exc:  # e.g. a stored id with another text: keep what is stored, name the file
            resolver.forget()  # its decisions on this article were rolled back with it
            report.rejections.append(Rejection(path=article.source_path or article.id, reason=str(exc)))
            continue
        if article.id in retry:
            report.retried += 1
        else:
            report.added += 1
            report.near_duplicates += status == "near-duplicate"
        if is_failure(extraction):
            report.failed.append(f"{extraction.article_id}: {extraction.skipped}")
        elif extraction.skipped:
            language = extraction.language or "?"
            report.skipped_language[language] = report.skipped_language.get(language, 0) + 1
    for copy in copies:
        try:
            report.copies += resolver.add_copy(copy)
        except StoreError as exc:
            resolver.forget()
            report.rejections.append(Rejection(path=copy.source_path or copy.id, reason=str(exc)))
    if report.added or report.retried:  # unextracted reports may report events this batch brought
        report.linked = len(resolver.link_unextracted())


def _new_articles(
    paths: Iterable[Path],
    store: Store,
    report: IngestReport,
    progress: Callable[[str], None] | None,
    country: str | None,
    metadata: dict[str, ReportMetadata] | None,
    retry: set[str],
    copies: list[Article],
) -> list[Article]:
    """The reports under `paths` not stored yet, in input order, with the analyst's metadata and country hint
    applied; bad files and stored reports are counted in `report`, and exact duplicates under another id go to
    `copies` (perhaps another outlet's source). A stored report whose extraction failed (a crashed worker, a broken
    rules file since mended) is taken again, its id added to `retry`: otherwise only a new store would ever
    extract it."""
    from sitrep.scale import is_failure

    articles: list[Article] = []
    hashes: set[str] = set()
    ids: set[str] = set()
    for item in read_paths(paths):
        if isinstance(item, Rejection):
            report.rejections.append(item)
            continue
        if metadata:
            item = apply_metadata(item, metadata)
        if country and not item.country:
            item.country = country
        item.content_hash = item.content_hash or content_hash(item.text)
        if item.content_hash in hashes:
            report.duplicates += 1
            copies.append(item)
            continue
        if item.id in ids:  # two records or feed items under one id: extraction results are matched by id
            report.rejections.append(Rejection(
                path=item.source_path or item.id,
                reason=f"another report in this input has the id {item.id!r} and another text: only the first was "
                       "ingested; give each version its own id"))
            continue
        if (version := store.version_id(item)) is not None:  # an outlet's update of a stored page
            item = item.model_copy(update={"id": version})
        if store.has_article(item):
            stored = store.get_extraction(item.id)
            if stored is None or not is_failure(stored):
                report.duplicates += 1
                copies.append(item)
                continue
            retry.add(item.id)
        hashes.add(item.content_hash)
        ids.add(item.id)
        articles.append(item)
        if progress:
            progress(item.id)
    return articles
