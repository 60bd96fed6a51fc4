"""Input cut short or pointing nowhere: the whole parts are read, the rest is named as a rejected input."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import read_paths
from sitrep.models import Article, Rejection

TOWNS = ("Kalara", "Doumbala", "Tessoumba")


def _rss(closing: str = "</channel></rss>\n") -> str:
    items = "".join(
        f"<item><title>Clash in {town}</title><link>https://courier.example/{town.lower()}</link>"
        f"<description>Two herders were killed near {town} on Monday, police said.</description>"
        "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate></item>\n" for town in TOWNS)
    head = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Courier</title>\n'
    return head + items + closing


def _atom() -> str:
    entries = "".join(
        f"<entry><id>https://courier.example/{town.lower()}</id><title>Clash in {town}</title>"
        "<updated>2024-06-03T10:00:00Z</updated>"
        f"<content type=\"html\">Two herders were killed near {town} on Monday, police said.</content></entry>\n"
        for town in TOWNS)
    head = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>\n'
    return head + entries + "</feed>\n"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_feed_cut_inside_its_last_entry_keeps_the_whole_ones(tmp_path: Path, kind: str) -> None:
    """The loose parser returned the cut-off third item, a headline or half a story, which became an event."""
    text = _rss() if kind == "rss" else _atom()
    start = text.index("Clash in Tessoumba")
    path = tmp_path / f"cut.{kind}"
    for end in range(start, text.index("police said.", start), 5):
        path.write_text(text[:end], encoding="utf-8")
        items = list(read_paths([path]))
        assert [type(i) for i in items] == [Article, Article, Rejection], end
        assert [i.id for i in items[:2]] == ["courier-example-kalara", "courier-example-doumbala"]
        assert items[2].path == str(path)
        assert items[2].reason.startswith("entry 3 (") and "is cut off: the feed file is truncated" in items[2].reason


def test_a_feed_cut_between_entries_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    text = _rss()
    path.write_text(text[:text.index("<item><title>Clash in Tessoumba") + 3], encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i) for i in items] == [Article, Article, Rejection]
    assert items[2] == Rejection(path=str(path), reason="the feed file is truncated after entry 2 (it does not end "
                                 "with its closing tag): later entries, if any, are lost")


def test_a_whole_but_malformed_feed_loses_nothing(tmp_path: Path) -> None:
    """An undefined entity makes the feed malformed (bozo), yet every entry is closed and so is the file."""
    path = tmp_path / "whole.rss"
    path.write_text(_rss().replace("Two herders", "Two&nbsp;herders") + "<!-- cached page -->\n", encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i) for i in items] == [Article, Article, Article]


def test_a_broken_symlink_in_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text(
        "Gunmen attacked a police post near Kalara on Sunday, killing two officers, officials said.\n")
    (tmp_path / "b_gone.txt").symlink_to(tmp_path / "moved" / "report.txt")
    items = list(read_paths([tmp_path]))
    assert [type(i) for i in items] == [Article, Rejection]
    assert items[1].path == str(tmp_path / "b_gone.txt")
    assert "broken symbolic link" in items[1].reason
