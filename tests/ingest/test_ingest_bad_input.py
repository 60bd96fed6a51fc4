"""Each kind of bad input gives one Rejection with a clear reason, and the other files are still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import read, read_paths
from sitrep.models import Article, Rejection

GOOD = "Gunmen attacked a police post near Kalara on Sunday, killing two officers, officials said.\n"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text report: a PNG image"),
        ("blob.bin", b"\x00\x01\x02\x03" * 64, "not a text report: binary data (it contains NUL bytes)"),
        ("doc.pdf", b"%PDF-1.4\n%binary", "not a text report: a PDF document (convert it to text or HTML first)"),
        ("noise.txt", bytes(range(1, 32)) * 20, "not a text report: binary data (control characters in the text)"),
        ("feed.xml", b"just words, no markup\n", "not an RSS/Atom feed: the file is not XML"),
    ],
)
def test_bad_file_is_rejected_and_the_rest_still_read(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz_good.txt").write_text(GOOD)
    items = list(read_paths([tmp_path]))
    assert items[0] == Rejection(path=str(tmp_path / name), reason=reason)
    assert isinstance(items[1], Article) and items[1].id == "zz_good"


def test_cp1252_bytes_are_read_with_a_fallback(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Des hommes armés ont attaqué le marché de Kalara, tuant sept commerçants, a-t-on appris.\n"
                     .encode("cp1252"))
    [article] = list(read_paths([path]))
    assert isinstance(article, Article)
    assert article.text.startswith("Des hommes armés ont attaqué le marché")


def test_mixed_utf8_with_a_stray_legacy_byte(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Date : 03 février 2012\n\nLe village a été attaqué à l’aube, selon des habitants du lieu.\n"
                     .encode().replace("février".encode(), "f\xe9vrier".encode("latin-1")))
    [article] = list(read_paths([path]))
    assert "l’aube" in article.text  # the UTF-8 around the stray byte is intact
    assert article.published is not None and article.published.isoformat() == "2012-02-03"


def test_unreadable_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)  # root ignores chmod, so the OS error is simulated
    assert list(read_paths([path])) == [
        Rejection(path=str(path), reason="cannot read the file: Permission denied")
    ]


def test_oversized_file_is_rejected_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_REPORT_BYTES", 1000)
    path = tmp_path / "dump.txt"
    path.write_text(GOOD * 20)
    [rejection] = list(read_paths([path]))
    assert rejection.reason.startswith("too large for one report")


def test_table_is_not_read_as_a_report(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("event_id,date\n1,2020-01-01\n")
    [rejection] = list(read_paths([path]))
    assert rejection.reason.startswith("not a report: a CSV table")


def test_tab_separated_dump_is_not_read_as_a_report(tmp_path: Path) -> None:
    path = tmp_path / "places.txt"
    path.write_text("".join(f"{i}\tKalara{i}\tKalara{i}\t14.1\t-3.2\tP\tPPL\tML\n" for i in range(20)))
    [rejection] = list(read_paths([path]))
    assert rejection.reason.startswith("not a report: tab-separated data")


def test_xml_that_is_not_a_feed_is_rejected_even_with_article_tags(tmp_path: Path) -> None:
    path = tmp_path / "corpus.xml"
    path.write_text('<?xml version="1.0"?>\n<articles><article><text>Gunmen attacked Kalara.</text></article>'
                    "</articles>")
    [rejection] = list(read_paths([path]))
    assert rejection.reason == "not an RSS/Atom feed: no <rss>, <feed> or <rdf:RDF> element"


def test_page_with_only_furniture_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "furniture.txt"
    path.write_text("Menu\n\nShare this\n\nComments are closed.\n")
    [rejection] = list(read_paths([path]))
    assert rejection == Rejection(path=str(path), reason="furniture: no report text left after removing page furniture")
