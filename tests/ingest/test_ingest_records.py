"""JSON Lines and JSON records as scrapers and news APIs write them: other key names, no id."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sitrep.ingest import read_paths
from sitrep.models import Article, Rejection

TEXT = "Gunmen attacked a police post near Kalara on Sunday, killing two officers, officials said."


def _read(path: Path, records: list[dict]) -> list[Article | Rejection]:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return list(read_paths([path]))


def test_a_scrapers_own_keys_are_read(tmp_path: Path) -> None:
    # news-please's names for text, date and site; NewsAPI's source object and publishedAt; a list of authors.
    [scraped, api] = _read(tmp_path / "crawl.jsonl", [
        {"maintext": TEXT, "headline": "Police post attacked", "date_publish": "2024-06-03 08:15:00",
         "source_domain": "sahelwire.example", "url": "https://sahelwire.example/news/police-post",
         "authors": ["A", "B"]},
        {"content": TEXT.replace("two", "three"), "publishedAt": "2024-06-04T07:00:00Z",
         "source": {"id": None, "name": "Kalara Times"}},
    ])  # fmt: skip
    assert isinstance(scraped, Article) and isinstance(api, Article)
    assert (scraped.id, scraped.title, scraped.published, scraped.outlet, scraped.author) == (
        "sahelwire-example-news-police-post", "Police post attacked", dt.date(2024, 6, 3), "sahelwire.example", "A, B")
    assert scraped.text.startswith("Gunmen attacked a police post")
    assert (api.id, api.outlet, api.published) == ("crawl-2", "Kalara Times", dt.date(2024, 6, 4))


def test_a_json_list_without_ids_is_named_by_file_and_record(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"body": TEXT}, {"body": TEXT.replace("Sunday", "Monday")}]), encoding="utf-8")
    assert [a.id for a in read_paths([path]) if isinstance(a, Article)] == ["batch-1", "batch-2"]


def test_the_fields_own_key_with_a_wrong_shape_is_still_an_error(tmp_path: Path) -> None:
    records = [{"id": "x1", "text": TEXT, "title": ["a", 1]}, {"id": "x2", "text": TEXT}]
    [bad, good] = _read(tmp_path / "x.jsonl", records)
    assert bad == Rejection(path=str(tmp_path / "x.jsonl"), reason='line 1 (x1): "title" must be a string')
    assert isinstance(good, Article) and good.id == "x2"


def test_a_record_without_any_text_key_names_the_keys_read(tmp_path: Path) -> None:
    [rejection] = _read(tmp_path / "x.jsonl", [{"id": "x1", "summary_html": "<p>…</p>"}])
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith('line 1 (x1): "text" is missing or empty (also read from: body, content')


def test_jsonl_under_a_txt_name_is_sniffed_by_any_text_key(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(json.dumps({"maintext": TEXT, "url": "https://example.org/a"}) + "\n", encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article) and (article.id, article.source_format) == ("example-org-a", "jsonl")
