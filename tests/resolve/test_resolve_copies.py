"""A wire story printed word for word by two outlets: stored once, and each outlet a source of its event.

A coder lists both papers as the event's sources and counts both in its corroboration; the text is one, so
sitrep stores it once and keeps the second outlet's copy (its id, outlet, address, date) beside it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.models import Event
from sitrep.pipeline import ingest, reprocess
from sitrep.store import Store

STORY = ("Gunmen killed four traders at the livestock market in Mandera town on Tuesday morning and fled towards "
         "the border, the county police commander said.")
LATER = ("Police in Mandera said on Wednesday that four traders were shot dead by gunmen at the town's livestock "
         "market on Tuesday, and that no arrests had been made.")
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Horn Wire</title><link>https://example.org/horn-wire/</link>
<description>Wire stories</description><language>en</language>
<item><title>Gunmen kill four traders in Mandera</title><guid isPermaLink="false">wire-1</guid>
<link>https://example.org/horn-wire/mandera-traders</link><pubDate>Wed, 13 Mar 2019 07:00:00 +0300</pubDate>
<description>{story}</description></item>
</channel></rss>
"""


def _record(report_id: str, outlet: str, day: str, text: str = STORY) -> str:
    return json.dumps({"id": report_id, "outlet": outlet, "published": day, "language": "en",
                       "title": "Four traders killed in Mandera", "text": text}) + "\n"


def _folder(tmp_path: Path, records: str) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "feed.rss").write_text(FEED.format(story=STORY), encoding="utf-8")
    (folder / "records.jsonl").write_text(records, encoding="utf-8")
    return folder


def _the_event(store: Store) -> Event:
    [event] = store.events()
    return event


def test_two_outlets_printing_one_wire_story_are_two_sources_of_one_stored_text(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    report = ingest([_folder(tmp_path, _record("copy-1", "Coast Courier", "2019-03-14"))], store)
    assert (report.added, report.duplicates, report.copies) == (1, 1, 1)
    event = _the_event(store)
    assert [(s.article_id, s.outlet) for s in event.sources] == [("wire-1", "Horn Wire"), ("copy-1", "Coast Courier")]
    assert event.number_of_sources == 2 and str(event.last_reported) == "2019-03-14"
    assert event.sources[1].quote == event.sources[0].quote
    assert [a.id for a in store.stored_articles()] == ["wire-1"]  # the text is stored once
    assert [(row.article.id, row.article.outlet, row.status) for row in store.articles()] == [
        ("wire-1", "Horn Wire", "1 event(s)"), ("copy-1", "Coast Courier", "1 event(s); word-for-word copy of wire-1")]
    copy = store.get_article("copy-1")  # what the evidence view shows for the copy: its text, its outlet
    assert (copy.text, copy.outlet, copy.near_duplicate_of) == (store.get_article("wire-1").text, "Coast Courier",
                                                                "wire-1")
    assert store.event_history(event.event_id)[-1].action == "copied"
    again = ingest([tmp_path / "reports"], store)  # re-ingesting adds nothing
    assert (again.added, again.copies, _the_event(store).number_of_sources) == (0, 0, 2)


def test_a_copy_arriving_in_a_later_batch_joins_the_stored_event_and_stays_when_it_is_rebuilt(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "s.db")
    ingest([_folder(tmp_path, "")], store)
    later = tmp_path / "later"
    later.mkdir()
    (later / "records.jsonl").write_text(_record("copy-1", "Coast Courier", "2019-03-13"), encoding="utf-8")
    assert ingest([later], store).copies == 1
    assert {s.article_id for s in _the_event(store).sources} == {"wire-1", "copy-1"}
    (later / "records.jsonl").write_text(_record("own-1", "Lake Herald", "2019-03-14", LATER), encoding="utf-8")
    assert ingest([later], store).events_updated == 1  # a report of its own rebuilds the event
    assert {s.article_id for s in _the_event(store).sources} == {"wire-1", "copy-1", "own-1"}
    target = Store(tmp_path / "again.db")
    reprocess(store, target)  # a reprocessed store keeps the copy as a source
    assert {s.article_id for s in _the_event(target).sources} == {"wire-1", "copy-1", "own-1"}


@pytest.mark.parametrize("outlet", ["Horn Wire", "horn  wire", ""])
def test_the_same_outlet_again_or_no_outlet_is_no_other_source(tmp_path: Path, outlet: str) -> None:
    store = Store(tmp_path / "s.db")
    report = ingest([_folder(tmp_path, _record("copy-1", outlet, "2019-03-14"))], store)
    assert (report.duplicates, report.copies, _the_event(store).number_of_sources) == (1, 0, 1)
