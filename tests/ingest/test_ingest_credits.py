"""Real-world shapes of a report's top: a lead printed above its headline, an outlet credited where a dateline
would be or on a line of its own. Synthetic reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import read_file
from sitrep.ingest.metadata import extract_dateline, is_outlet_name, split_title
from sitrep.models import Article

LEAD = ("The toll from Saturday's two truck bombs in the centre of Garowe has risen to 41, "
        "hospital officials said on Monday.")
HEADLINE = "Garowe truck bombs: death toll rises to 41"
BODY = ("Rescue workers were still searching the rubble of the market on Monday afternoon, and the regional "
        "government declared three days of mourning.")


def read_text(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    [article] = list(read_file(path))
    assert isinstance(article, Article)
    return article


def test_a_lead_printed_above_its_headline(tmp_path: Path) -> None:
    article = read_text(tmp_path, f"{LEAD}\n\n{HEADLINE}\n\n{BODY}\n")
    assert article.title == HEADLINE
    assert article.text.startswith(LEAD)  # the lead stays the story's first paragraph
    assert HEADLINE not in article.text and BODY in article.text


@pytest.mark.parametrize(
    "second",
    [
        "Fighting in the north",  # a crosshead that does not restate the lead
        "Source : local authorities",
    ],
)
def test_a_short_line_after_a_first_paragraph_is_no_headline_unless_it_restates_it(second: str) -> None:
    assert split_title([LEAD, second, BODY]) == (None, [LEAD, second, BODY])


def test_an_outlet_credited_where_a_dateline_would_be(tmp_path: Path) -> None:
    text = (f"{HEADLINE}\n\nSAHELGLOBE – Gunmen attacked a convoy near Garowe on Sunday, killing four drivers, "
            f"officials said.\n\n{BODY}\n")
    article = read_text(tmp_path, text)
    assert article.outlet == "SAHELGLOBE"
    assert article.dateline is None


def test_a_place_dateline_is_still_a_dateline(tmp_path: Path) -> None:
    article = read_text(tmp_path, f"{HEADLINE}\n\nGAROWE – Gunmen attacked a convoy on Sunday, officials said.\n")
    assert (article.dateline, article.outlet) == ("GAROWE", None)


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        (f"Daily Courier\n\n{HEADLINE}\n\n", "Daily Courier"),  # above the headline
        (f"{HEADLINE}\n\nGarowepress\n\n", "Garowepress"),  # below it
        (f"{HEADLINE}\n\nNEWS\n\n", None),  # a menu word alone names no outlet
        (f"{HEADLINE}\n\nStoryline: National News, Security\n\n", None),  # a label line, not a name
    ],
)
def test_an_outlet_on_a_line_of_its_own(tmp_path: Path, top: str, outlet: str | None) -> None:
    article = read_text(tmp_path, f"{top}{BODY}\n")
    assert article.outlet == outlet
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("AFP", True), ("Reuters", True), ("Le Journal du Sahel", True), ("Daily Courier", True),
        ("SAHELGLOBE", True), ("Garowepress", True), ("garowe-info.com", True),
        ("BAMAKO", False), ("Garowe", False), ("NEWS", False), ("Cypress", False), ("Port Harcourt", False),
    ],
)  # fmt: skip
def test_outlet_names(name: str, outlet: bool) -> None:
    assert is_outlet_name(name) is outlet


def test_an_outlet_credit_gives_no_dateline() -> None:
    assert extract_dateline(["SAHELGLOBE – Gunmen attacked a convoy near Garowe on Sunday, officials said."]) is None
    assert extract_dateline(["Reuters – Gunmen attacked a convoy near Garowe on Sunday, officials said."]) is None


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("-- East Africa Dispatch", "East Africa Dispatch"),
        ("(Kenya Wire)", "Kenya Wire"),
        ("— AFP", "AFP"),
        ("-- the officials said", None),  # a dash and words, but no outlet's name
        ("(Reporting by Amina Hassan; Editing by Paul Kerr)", None),
    ],
)
def test_an_outlet_signing_off_a_bare_story(tmp_path: Path, closing: str, outlet: str | None) -> None:
    article = read_text(tmp_path, f"{HEADLINE}\n\n{LEAD}\n\n{BODY}\n\n{closing}\n")
    assert (article.outlet, article.title) == (outlet, HEADLINE)
    assert outlet is None or closing not in article.text  # a credit, not a paragraph of the story


def test_an_outlet_above_the_story_wins_over_a_sign_off(tmp_path: Path) -> None:
    article = read_text(tmp_path, f"Daily Courier\n\n{HEADLINE}\n\n{BODY}\n\n-- East Africa Dispatch\n")
    assert article.outlet == "Daily Courier"


@pytest.mark.parametrize(
    ("channel", "outlet"),
    [
        ("Savannah Herald - Latest", "Savannah Herald"),  # the outlet, not its section page
        ("BBC News | Africa", "BBC News"),
        ("Reuters: World News", "Reuters"),
        ("Kenya - Security news", "Kenya - Security news"),  # no outlet's name before the dash: kept whole
        ("Sahel Wire", "Sahel Wire"),
    ],
)
def test_a_feeds_title_names_its_outlet_without_the_section(tmp_path: Path, channel: str, outlet: str) -> None:
    path = tmp_path / "latest.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel}</title><item>'
                    f"<title>{HEADLINE}</title><description>{LEAD}</description></item></channel></rss>")
    [article] = list(read_file(path))
    assert isinstance(article, Article) and article.outlet == outlet


def test_a_share_this_story_line_is_furniture(tmp_path: Path) -> None:
    article = read_text(tmp_path, f"{HEADLINE}\n\n{LEAD}\n\n{BODY}\n\nShare this story: Facebook | X | WhatsApp\n")
    assert article.text.endswith(BODY)
