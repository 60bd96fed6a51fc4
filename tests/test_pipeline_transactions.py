"""The pipeline stores each article with its extraction and events in one transaction: a bad file or a failure in
the middle of a batch keeps every article before it whole and leaves nothing half-stored to be skipped later."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.models import Article
from sitrep.pipeline import ingest
from sitrep.resolve import Resolver
from sitrep.store import Store

REPORTS = {
    "a_kidal.txt": "Clashes in Kidal\n\nArmed men attacked an army post in Kidal, Mali, on 4 March 2024, killing two "
                   "soldiers, the army said.\n",
    "c_ayorou.txt": "Attack in Ayorou\n\nGunmen killed five villagers in Ayorou, in Niger's Tillaberi region, on "
                    "10 March 2024, a local official said.\n",
    "d_djibo.txt": "Blast near Djibo\n\nA roadside bomb killed three gendarmes near Djibo, Burkina Faso, on 12 March "
                   "2024, security sources said.\n",
}


def _folder(tmp_path: Path, extra: dict[str, bytes] | None = None) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, data in (extra or {}).items():
        (folder / name).write_bytes(data)
    return folder


def _extracted(store: Store) -> set[str]:
    return {row.article.id for row in store.articles() if row.extracted and row.n_events}


def test_a_bad_file_in_the_middle_of_a_batch_is_named_and_the_others_are_stored(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    report = ingest([_folder(tmp_path, {"b_broken.txt": bytes(range(256)) * 8})], store)
    [rejection] = report.rejections
    assert rejection.path.endswith("b_broken.txt") and rejection.reason
    assert report.added == 3 and report.events_created == 3
    assert _extracted(store) == {"a_kidal", "c_ayorou", "d_djibo"}


def test_a_failure_mid_batch_keeps_the_articles_before_it_and_a_rerun_takes_up_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    store = Store(tmp_path / "s.db")
    add = Resolver.add

    def failing(self: Resolver, article: Article, extraction: object) -> tuple[int, int]:
        if article.id == "c_ayorou":
            raise RuntimeError("disk full")
        return add(self, article, extraction)  # type: ignore[arg-type]

    monkeypatch.setattr(Resolver, "add", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest([folder], store)
    stored = {row.article.id for row in store.articles()}
    assert stored == {"a_kidal"}  # the failing article is not half-stored (an article with no extraction)
    assert _extracted(store) == {"a_kidal"} and len(store.events()) == 1

    monkeypatch.setattr(Resolver, "add", add)
    again = ingest([folder], store)
    assert (again.duplicates, again.added, again.events_created) == (1, 2, 2)
    assert _extracted(store) == {"a_kidal", "c_ayorou", "d_djibo"}


def test_a_refused_article_mid_batch_is_named_and_stores_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_article(Article(id="c_ayorou", text="Market day in Ayorou: traders returned on Tuesday."))
    report = ingest([_folder(tmp_path)], store)
    [rejection] = report.rejections
    assert rejection.path.endswith("c_ayorou.txt") and "already stored with a different text" in rejection.reason
    assert "Market day" in store.get_article("c_ayorou").text
    assert store.get_extraction("c_ayorou") is None
    assert _extracted(store) == {"a_kidal", "d_djibo"}


def test_a_transaction_rolled_back_stores_nothing_and_forgets_the_article(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    text = REPORTS["a_kidal.txt"]
    with pytest.raises(RuntimeError), store.transaction():
        assert store.add_article(Article(id="first", text=text)) == "new"
        assert store.get_article("first").text == text  # reads inside see the transaction's writes
        raise RuntimeError("stop")
    assert not store.articles()
    # the near-duplicate index forgot it too: the same story under another id is new, not a near-duplicate
    assert store.add_article(Article(id="second", text=text + " Two more were wounded.")) == "new"


def test_a_report_whose_extraction_failed_is_extracted_again_on_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken rules file (or a crashed worker) fails extraction; once mended, re-running on the same reports
    extracts them, instead of counting them as already stored forever."""
    import sitrep.scale.batch as batch

    folder = _folder(tmp_path)
    store = Store(tmp_path / "s.db")
    extract = batch.extract_article

    def broken(article: Article, doc: object) -> object:
        if article.id == "c_ayorou":
            raise ValueError("event_types.yaml: bad indentation")
        return extract(article, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract_article", broken)
    first = ingest([folder], store)
    assert first.added == 3 and len(first.failed) == 1 and "c_ayorou" in first.failed[0]
    assert _extracted(store) == {"a_kidal", "d_djibo"}

    monkeypatch.setattr(batch, "extract_article", extract)
    again = ingest([folder], store)
    assert (again.added, again.duplicates, again.retried, again.failed) == (0, 2, 1, [])
    assert again.events_created == 1
    assert _extracted(store) == {"a_kidal", "c_ayorou", "d_djibo"}
    assert (ingest([folder], store).duplicates, len(store.events())) == (3, 3)  # and then it is stored for good
