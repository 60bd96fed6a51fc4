"""The real seed reports and the news-dev set (read from ../shared, skipped where absent).

The news-dev figures are a quality gate: floors below today's scores, so a change that makes ingest worse fails.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.ingest import read_paths
from sitrep.ingest.dedupe import NearDuplicateIndex
from sitrep.models import Article

pytestmark = pytest.mark.shared

PUBLISHED_FLOOR = 72  # of 83 news-dev articles: published date equal to articles.jsonl (null == null)
LANGUAGE_FLOOR = 82  # of 83


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> dict[str, Article]:
    articles = [a for a in read_paths([shared_dir / "seeds"]) if isinstance(a, Article)]
    assert len(articles) == 5
    return {a.id[:3]: a for a in articles}


def test_seed_000_markdown_header(seeds: dict[str, Article]) -> None:
    a = seeds["000"]
    assert a.title == "IS claims responsibility for deadly Mali attacks on 50 soldiers"
    assert a.outlet == "CNA"
    assert a.url is not None and a.url.startswith("https://www.channelnewsasia.com/news/world/is-claims-")
    assert (a.published, a.published_precision) == (dt.date(2019, 11, 3), 1)
    assert a.author is None
    assert a.dateline == "BAMAKO"
    assert a.text.startswith("BAMAKO: The Islamic State on Saturday (Nov 2)")


def test_seed_001_date_outlet_dateline(seeds: dict[str, Article]) -> None:
    a = seeds["001"]
    assert (a.published, a.outlet, a.dateline) == (dt.date(2019, 11, 4), "AFP", "BAMAKO")
    assert a.title is None


@pytest.mark.parametrize(("seed", "published", "lead"), [
    ("002", dt.date(2019, 11, 3), "Jihadis attacked the Malian military near the border with Niger"),
    ("003", dt.date(2023, 9, 19), "The attack was the latest against army positions in northern Mali"),
])
def test_seeds_002_003_date_then_body(seeds: dict[str, Article], seed: str, published: dt.date, lead: str) -> None:
    a = seeds[seed]
    assert a.published == published and a.published_precision == 1
    assert a.text.startswith(lead)  # the rest of the date line is the first sentence
    assert a.outlet is None and a.title is None


def test_seed_004_repeated_title_and_boilerplate(seeds: dict[str, Article]) -> None:
    a = seeds["004"]
    assert a.title == "French Foreign legion soldier killed in action in Mali"
    assert a.published is None
    assert a.outlet == "International Insider"
    assert a.text.startswith("A French army legionnaire was killed")
    for furniture in ("is specialized in", "One thought on", "Comments are closed", a.title):
        assert furniture not in a.text


def test_seed_languages_and_hashes(seeds: dict[str, Article]) -> None:
    assert {a.language for a in seeds.values()} == {"en"}
    assert len({a.content_hash for a in seeds.values()}) == 5


def test_seeds_000_and_001_are_near_duplicates_000_and_002_not(seeds: dict[str, Article]) -> None:
    index = NearDuplicateIndex()  # the default threshold setting
    assert index.add("000", seeds["000"].text) is None
    assert index.add("002", seeds["002"].text) is None
    assert index.add("001", seeds["001"].text) == "000"
    assert index.add("003", seeds["003"].text) is None
    assert index.add("004", seeds["004"].text) is None


def test_news_dev_published_and_language_floors(shared_dir: Path) -> None:
    base = shared_dir / "eval" / "news-dev"
    gold = [json.loads(line) for line in (base / "articles.jsonl").read_text().splitlines() if line.strip()]
    articles = {a.id: a for a in read_paths([base / "articles"]) if isinstance(a, Article)}
    assert len(articles) == len(gold)

    def day(a: Article) -> str | None:
        return a.published.isoformat() if a.published and a.published_precision == 1 else None

    published = sum(day(articles[g["id"]]) == g["published"] for g in gold)
    language = sum(articles[g["id"]].language == g["language"] for g in gold)
    assert published >= PUBLISHED_FLOOR, f"published {published}/{len(gold)}"
    assert language >= LANGUAGE_FLOOR, f"language {language}/{len(gold)}"
