"""The harness the blind end-to-end tables share (test_blind_s12... and later): a folder of fixtures plus web pages
written into a WARC file, ingested into a fresh SQLite store, and each stored event reduced to what an ACLED coder
would write down. Each table keeps only its own stories, pages and extra fields (exports, outlets, copies)."""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.evaluate.common import norm_name
from sitrep.ingest.sidecar import ReportMetadata
from sitrep.models import Article, Event
from sitrep.pipeline import IngestReport, ingest
from sitrep.store import Store


@dataclass(frozen=True)
class Coded:
    id: str
    date: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    country: str | None
    admin1: str | None
    fatalities: int | None
    high: int | None
    injured: int | None
    sources: tuple[str, ...]  # report ids: file names without extension, the feed items' ids, the WARC pages' URLs

    @classmethod
    def of(cls, event: Event) -> Coded:
        return cls(event.event_id, str(event.event_date), event.sub_event_type, event.actor1, event.actor2,
                   event.country, event.admin1, event.fatalities, event.fatalities_high, event.injured,
                   tuple(sorted({s.article_id for s in event.sources})))

    @property
    def fields(self) -> tuple[object, ...]:
        """The fields most stories pin: date, sub-event type, the two actors, admin1, fatalities."""
        return (self.date, self.sub_event_type, self.actor1, self.actor2, self.admin1, self.fatalities)


@dataclass(frozen=True)
class Run:
    events: list[Coded]
    report: IngestReport
    articles: dict[str, Article]  # report id -> the report as stored
    store: Store

    def of(self, story: str) -> list[Coded]:
        return of(self.events, story)

    def coded(self, story: str, no_toll: int | None = None) -> list[tuple[object, ...]]:
        """Each event of `story` as (date, sub-event type, actor 1, actor 2, admin1 in norm_name form, fatalities),
        sorted; `no_toll` stands for an event with no toll told (0, as ACLED writes it, or None)."""
        return sorted((e.date, e.sub_event_type, e.actor1, e.actor2, norm_name(e.admin1 or ""),
                       no_toll if e.fatalities is None else e.fatalities) for e in self.of(story))

    def one(self, story: str, sub_event_type: str) -> Coded:
        """The one event of `story` of that sub-event type."""
        [event] = [e for e in self.of(story) if e.sub_event_type == sub_event_type]
        return event


def of(events: list[Coded], story: str) -> list[Coded]:
    """The events any report of `story` (its id prefix, e.g. 's04') is a source of."""
    return [e for e in events if any(story in s for s in e.sources)]


def build_folder(stories: Path, tmp: Path, pages: dict[str, str]) -> Path:
    """A copy of the table's stored fixtures with `pages` (URL -> HTML), if any, as responses in one WARC file, as
    a crawler would have saved them."""
    folder = tmp / stories.name
    shutil.copytree(stories, folder)
    if not pages:
        return folder
    with (folder / "crawl.warc.gz").open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, page in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()),
                                                          http_headers=headers))
    return folder


def run_table(stories: Path, tmp: Path, pages: dict[str, str] | None = None,
              metadata: dict[str, ReportMetadata] | None = None) -> Run:
    """Ingest the table into a fresh store; every file must be read (no rejection)."""
    store = Store(tmp / "s.db")
    report = ingest([build_folder(stories, tmp, pages or {})], store, metadata=metadata)
    assert report.rejections == []
    return Run([Coded.of(e) for e in store.events()], report,
               {row.article.id: row.article for row in store.articles()}, store)
