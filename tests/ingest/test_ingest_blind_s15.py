"""Page furniture of local papers, found by the session-15 blind table (synthetic): a "Published ... | Updated ..."
line with abbreviated weekdays, a date line that names the site after a bar, a dateline on a line of its own ("NAIROBI,
March 12, 2019") and an HTML page whose outlet is named only in its <title>."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.ingest import read_file
from sitrep.ingest.metadata import is_date_line
from sitrep.models import Article

STORY = "A mob lynched two men suspected of theft at a market in Kisii town on Saturday, police said."


def _read(path: Path, content: str) -> Article:
    path.write_text(content, encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Published Sun, August 11th 2019 at 10:15 GMT +3 | Updated Sun, August 11th 2019 at 12:00 GMT +3", True),
        ("August 11, 2019 | Western Kenya Times", True),
        ("Sat, 10 Aug 2019", True),
        ("March 3, 2019 | Gunmen attacked a village and killed people.", False),
        ("On 3 November 2019, gunmen attacked | Kisii", False),
    ],
)
def test_a_line_of_dates_and_a_site_joined_by_bars(line: str, dated: bool) -> None:
    assert is_date_line(line) is dated


def test_a_published_and_updated_line_dates_the_page_and_leaves_the_text(tmp_path: Path) -> None:
    article = _read(tmp_path / "b.txt", "Mob lynches two in Kisii\n\nBy JOHN MOSE\n\nPublished Sun, August 11th 2019 "
                    f"at 10:15 GMT +3 | Updated Sun, August 11th 2019 at 12:00 GMT +3\n\n{STORY}\n")
    assert (article.published, article.dateline, article.author, article.text) == (
        dt.date(2019, 8, 11), None, "JOHN MOSE", STORY)


def test_a_date_line_naming_the_site_gives_date_and_outlet(tmp_path: Path) -> None:
    text = f"Mob lynches two in Kisii\n\nAugust 11, 2019 | Western Kenya Times\n\n{STORY}\n"
    article = _read(tmp_path / "f.txt", text)
    assert (article.published, article.outlet, article.text) == (dt.date(2019, 8, 11), "Western Kenya Times", STORY)


@pytest.mark.parametrize(("title", "outlet"), [
    ("Mob lynches two in Kisii - Kisii Post", "Kisii Post"),
    ("Mob lynches two in Kisii | Kisii Post", "Kisii Post"),
    ("Mob lynches two in Kisii", None),
])
def test_an_html_page_names_its_outlet_in_its_title(tmp_path: Path, title: str, outlet: str | None) -> None:
    page = (f"<html><head><title>{title}</title></head><body><nav>Home | News</nav><article>"
            f"<h1>Mob lynches two in Kisii</h1><p>{STORY} The police commander urged residents to hand suspects "
            "to the police and not to take the law into their own hands.</p></article></body></html>")
    assert _read(tmp_path / "g.html", page).outlet == outlet


@pytest.mark.parametrize(("line", "place"), [
    ("NAIROBI, March 12, 2019", "NAIROBI"),
    ("Nairobi, 12 March 2019", "Nairobi"),
    ("Nairobi, Tuesday 12 March 2019", "Nairobi"),
    ("Kisii, 12/03/2019", "Kisii"),
])
def test_a_dateline_on_a_line_of_its_own_dates_the_page_and_places_it(tmp_path: Path, line: str, place: str) -> None:
    article = _read(tmp_path / "d.txt", f"Mob lynches two in Kisii\n\n{line}\n\n{STORY}\n")
    assert (article.published, article.dateline, article.text) == (dt.date(2019, 3, 12), place, STORY)
