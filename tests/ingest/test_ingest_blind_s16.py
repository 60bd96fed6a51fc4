"""Shapes found while writing the session-16 blind table (synthetic): a bare text whose first line dates the page
above its headline ('Publié le lundi 12 mai 2025 à 17h40', also saved as cp1252 bytes), and a feed item saved as a
JSON record with only its description (RSS's keys) or summary (feedparser's), and a wire's credit trailer whose
towns are the reporters' ('(Reporting by ... in Nairobi; Editing by ...)', Nigerian papers' 'From Ibrahim Sule,
Abuja')."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.ingest import read_file
from sitrep.ingest.clean import strip_boilerplate
from sitrep.ingest.metadata import is_byline
from sitrep.models import Article, Rejection

HEADLINE_FR = "Mopti : deux civils tués par un engin explosif"
STORY_FR = ("Deux civils ont été tués dimanche par l'explosion d'un engin explosif improvisé au passage de leur "
            "charrette près de Bandiagara, a-t-on appris de sources locales.")
HEADLINE_EN = "Two killed in Kerio Valley bandit attack"
STORY_EN = "Suspected bandits shot dead two people at Chesegon in Elgeyo Marakwet County on Sunday, police said."


def _read(path: Path, data: bytes) -> Article:
    path.write_bytes(data)
    [article] = read_file(path)
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(("date_line", "headline", "story", "encoding"), [
    ("Publié le lundi 12 mai 2025 à 17h40", HEADLINE_FR, STORY_FR, "utf-8"),
    ("Publié le lundi 12 mai 2025 à 17h40", HEADLINE_FR, STORY_FR, "cp1252"),
    ("Published on Monday, 12 May 2025 at 17:40", HEADLINE_EN, STORY_EN, "utf-8"),
    ("Mis à jour le 12/05/2025", HEADLINE_FR, STORY_FR, "utf-8"),
])
def test_a_date_line_above_the_headline_dates_the_page_and_is_no_headline(
        tmp_path: Path, date_line: str, headline: str, story: str, encoding: str) -> None:
    article = _read(tmp_path / "r.txt", f"{date_line}\r\n\r\n{headline}\r\n\r\n{story}\r\n".encode(encoding))
    assert (article.title, article.published, article.text) == (headline, dt.date(2025, 5, 12), story)


def test_a_headline_above_a_date_line_is_read_as_before(tmp_path: Path) -> None:
    article = _read(tmp_path / "r.txt", f"{HEADLINE_EN}\n\nPublished on Monday, 12 May 2025\n\n{STORY_EN}\n".encode())
    assert (article.title, article.published, article.text) == (HEADLINE_EN, dt.date(2025, 5, 12), STORY_EN)


@pytest.mark.parametrize("record", [
    {"link": "https://example.org/coast-wire/1", "pubDate": "Mon, 12 May 2025 08:00:00 +0300",
     "site_name": "Coast Wire", "title": HEADLINE_EN, "description": STORY_EN},
    {"link": "https://example.org/coast-wire/1", "published": "Mon, 12 May 2025 08:00:00 +0300", "title": HEADLINE_EN,
     "summary": f"<p>{STORY_EN}</p>"},
])
def test_a_feed_item_saved_as_a_json_record_is_read(tmp_path: Path, record: dict[str, str]) -> None:
    article = _read(tmp_path / "items.jsonl", (json.dumps(record) + "\n").encode())
    assert (article.id, article.title, article.published, article.text) == (
        "example-org-coast-wire-1", HEADLINE_EN, dt.date(2025, 5, 12), STORY_EN)


def test_a_records_body_wins_over_its_description(tmp_path: Path) -> None:
    record = {"id": "x1", "title": HEADLINE_EN, "description": "Two people were shot.", "content": STORY_EN}
    assert _read(tmp_path / "items.jsonl", (json.dumps(record) + "\n").encode()).text == STORY_EN


def test_a_record_with_no_text_key_is_still_rejected(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"id": "x1", "title": HEADLINE_EN, "excerpt": STORY_EN}) + "\n", encoding="utf-8")
    [rejection] = read_file(path)
    assert isinstance(rejection, Rejection) and '"text" is missing' in rejection.reason


STORY = ["Gunmen killed nine villagers in Dansadau, in Zamfara State, on Saturday night, police said.",
         "The attackers also abducted 14 women, residents said."]


@pytest.mark.parametrize("trailer", [
    "(Reporting by Abdi Sheikh in Mogadishu and Duncan Miriri in Nairobi; Writing by George Obulutsa; Editing by "
    "Peter Graff)",
    "(Additional reporting by Fatma Diallo in Bamako)",
    "Associated Press writers Cara Anna in Nairobi and Baba Ahmed in Bamako, Mali, contributed to this report.",
])
def test_a_wires_credit_trailer_is_no_story_text(trailer: str) -> None:
    assert strip_boilerplate([*STORY, trailer]) == STORY


@pytest.mark.parametrize("line", [
    "Reporting by local media suggested that 20 people had been killed in the attack.",
    "Residents said reporters who reached the village later counted 14 bodies.",
])
def test_a_story_sentence_about_reporting_stays(line: str) -> None:
    assert strip_boilerplate([*STORY, line]) == [*STORY, line]


@pytest.mark.parametrize(("byline", "author"), [
    ("From Ibrahim Sule, Abuja", "Ibrahim Sule"),
    ("FROM Timothy Olanrewaju, Maiduguri", "Timothy Olanrewaju"),
    ("- From Hamza Idris, Yahaya Ibrahim (Maiduguri), Ronald Mutum & Ibrahim Kabiru Sule (Abuja)", "Hamza Idris"),
])
def test_a_from_byline_names_the_author_and_leaves_the_text(tmp_path: Path, byline: str, author: str) -> None:
    story = "Bandits on Sunday killed 12 villagers in Kucheri, in the Tsafe area of Zamfara State, police said."
    article = _read(tmp_path / "r.txt", f"Bandits kill 12 in Zamfara village\n\n{byline}\n\n{story}\n".encode())
    assert (article.author, article.text) == (author, story)


@pytest.mark.parametrize("line", [
    "From January to March, 200 people were killed in Zamfara.",
    "From Maiduguri, troops moved to Bama on Sunday.",
    "From the air, the town looked deserted.",
])
def test_a_sentence_opening_with_from_is_no_byline(line: str) -> None:
    assert not is_byline(line)
