"""The whole job, top to bottom: read reports, extract their events, resolve them into the store.

    ingest.read_paths    files/folders -> Article | Rejection
    store.add_article    exact duplicates stored once; near-duplicates linked
    scale + extract      Article -> ArticleExtraction (EventMention list), English and French, in input order,
                         in this process, N processes, or on a Dask cluster
    resolve.Resolver     EventMention -> Event (joins an existing event or starts one), claims kept
    link_unextracted     reports in languages not extracted -> sources (no claims) of the events they report
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.ingest import read_paths
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

    Each article is committed with its events before the next is read, so a failure mid-way loses nothing
    already stored, and re-running on the same reports adds nothing. Extraction runs on `workers` processes,
    or on the Dask cluster at `scheduler`; `country` (ISO alpha-2) is the analyst's word on which country reports
    that do not say otherwise are about; `metadata` (`sitrep.ingest.sidecar.read_metadata`) fills in what a
    report's text leaves unsaid (its publication date, outlet, address). Resolution stays in this process, in input
    order, so event ids are the same whatever the number of workers. Once the batch is resolved, reports in a
    language sitrep does not extract, of this batch or an earlier one, become sources of the events they clearly
    report (`Resolver.link_unextracted`).
    """
    from sitrep.scale import extract_dask, is_failure

    report = IngestReport()
    new_articles: list[Article] = []
    for item in read_paths(paths):
        if isinstance(item, Rejection):
            report.rejections.append(item)
            continue
        if metadata:
            item = apply_metadata(item, metadata)
        if country and not item.country:
            item.country = country
        try:
            status = store.add_article(item)
        except StoreError as exc:  # e.g. a stored id with another text: keep what is stored, name the file
            report.rejections.append(Rejection(path=item.source_path or item.id, reason=str(exc)))
            continue
        if status == "duplicate":
            report.duplicates += 1
            continue
        report.added += 1
        if status == "near-duplicate":
            report.near_duplicates += 1
        new_articles.append(store.get_article(item.id))
        if progress:
            progress(item.id)

    resolver = Resolver(store)
    by_id = {a.id: a for a in new_articles}
    if scheduler:
        extractions = extract_dask(new_articles, scheduler=scheduler, workers=workers)
    else:
        extractions = extract_articles(new_articles, workers)
    for extraction in extractions:
        store.save_extraction(extraction)
        if is_failure(extraction):
            report.failed.append(f"{extraction.article_id}: {extraction.skipped}")
            continue
        if extraction.skipped:
            language = extraction.language or "?"
            report.skipped_language[language] = report.skipped_language.get(language, 0) + 1
            continue
        created, updated = resolver.add(by_id[extraction.article_id], extraction)
        report.events_created += created
        report.events_updated += updated
    if report.added:  # this batch's or an earlier batch's unextracted reports may report events it brought
        report.linked = len(resolver.link_unextracted())
    return report
