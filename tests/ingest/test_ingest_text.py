"""Plain-text layouts, metadata cascade and cleaning, on synthetic reports in tests/fixtures/ingest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.ingest import read_file, read_paths
from sitrep.ingest.clean import normalise, strip_boilerplate
from sitrep.ingest.metadata import extract_author, extract_dateline, split_title
from sitrep.models import Article, Rejection

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def read_one(name: str) -> Article:
    items = list(read_file(FIXTURES / name))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_markdown_header_layout() -> None:
    article = read_one("markdown_header.txt")
    assert article.id == "markdown_header"
    assert article.title == "Gunmen raid market town of Kalara, killing seven"
    assert article.outlet == "Sahel Wire"
    assert article.author == "Ana Berthe"
    assert article.url == "https://sahelwire.example/news/kalara-raid"
    assert (article.published, article.published_precision) == (dt.date(2021, 5, 6), 1)
    assert article.dateline == "KALARA"
    # The mojibake "Â\xa0" after the dateline is repaired, and the header lines are not part of the text.
    assert article.text.startswith("KALARA: Gunmen on motorbikes")
    assert "Published at" not in article.text and "Â" not in article.text
    assert article.source_format == "text" and article.language == "en"


def test_date_header_with_outlet_and_dateline() -> None:
    article = read_one("date_outlet.txt")
    assert (article.published, article.published_precision) == (dt.date(2021, 5, 7), 1)
    assert article.outlet == "AFP"
    assert article.dateline == "KALARA"
    # The dateline stays in the text so evidence can point at it; only the " date ..." marker goes.
    assert article.text.startswith("AFP, KALARA\n\nGunmen")
    assert "date 2021" not in article.text


@pytest.mark.parametrize(
    ("rest", "outlet", "dateline"),
    [
        ("AFP, BAMAKO", "AFP", "BAMAKO"),
        ("Reuters, Niamey", "Reuters", "Niamey"),
        ("NIAMEY", None, "NIAMEY"),
        ("Gunmen killed five people, officials said.", None, None),
        ("Mali, Niger and Burkina Faso agreed on Sunday", None, None),
        ("Journal du Sahel, OUAGADOUGOU", "Journal du Sahel", "OUAGADOUGOU"),
        ("Voice of America, Dar es Salaam", "Voice of America", "Dar es Salaam"),
        ("Selon la police, Bamako", None, None),
    ],
)
def test_date_header_credit_line(tmp_path: Path, rest: str, outlet: str | None, dateline: str | None) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f" date 2021-05-07 {rest}\n\nGunmen on motorbikes raided the market of Kalara on Wednesday.\n")
    [article] = list(read_file(path))
    assert (article.outlet, article.dateline) == (outlet, dateline)


def test_the_headline_under_a_credit_line_is_the_title_and_stays_in_the_text(tmp_path: Path) -> None:
    """The credit line is no headline; the date layout keeps the page text whole (evidence may quote the headline)."""
    path = tmp_path / "r.txt"
    path.write_text(" date 2021-05-07 Courrier du Nord, KALARA\n\nGunmen kill seven traders at Kalara market\n\n"
                    "Gunmen on motorbikes raided the weekly market of Kalara on Wednesday, an official said.\n")
    [article] = list(read_file(path))
    assert (article.outlet, article.dateline) == ("Courrier du Nord", "KALARA")
    assert article.title == "Gunmen kill seven traders at Kalara market"
    assert article.text.startswith("Courrier du Nord, KALARA\n\nGunmen kill seven traders at Kalara market\n\nGunmen")


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Mali : cinq soldats tués dans une attaque « terroriste »",
         "Mali : cinq soldats tués dans une attaque « terroriste »"),
        ('Army says "situation under control" in Kalara', 'Army says "situation under control" in Kalara'),
        ('"We will rebuild the market," the mayor of Kalara told reporters.', None),
        ('The governor called the attack "cowardly."', None),
    ],
)
def test_a_headline_may_end_with_a_closing_quote(tmp_path: Path, first_line: str, title: str | None) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"{first_line}\n\nGunmen on motorbikes raided the weekly market of Kalara on Wednesday.\n")
    [article] = list(read_file(path))
    assert article.title == title
    assert (first_line in article.text) == (title is None)


def test_hard_wrapped_lines_of_one_paragraph_are_joined(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Gunmen raided the market of Kalara on Wednesday.\n« Attacks on\ncivilians must stop », said the\n"
                    "governor.\nThe Red Cross sent two teams.\nResidents\nfled to Tessoumba.\n")
    [article] = list(read_file(path))
    assert article.text.split("\n\n") == [
        "Gunmen raided the market of Kalara on Wednesday.",
        "« Attacks on civilians must stop », said the governor.",
        "The Red Cross sent two teams.",  # a line ending a sentence, or followed by a capital, ends a paragraph
        "Residents fled to Tessoumba.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "LIRE AUSSI : Mali, cinq soldats tués et une dizaine de blessés dans une embuscade entre Kalara et Tessoumba",
        "Read also: Kalara traders count their losses three weeks after the raid on the weekly market by armed men",
        "Share this article: Facebook | Twitter | WhatsApp",
        "la suite après cette publicité",
        "Story continues below advertisement",
        "ProfilAuteur_JeanDupont",
        "Accueil | Actualités | Régions | Nord-Ouest",
        "Home › News › Africa › West Africa",
        "Vous êtes ici : Accueil > Société",
    ],
)
def test_page_furniture_of_news_sites_is_dropped(tmp_path: Path, line: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"Gunmen raided the market of Kalara on Wednesday, killing seven traders.\n\n{line}\n\n"
                    "The attackers burned stalls and left towards the river, an official said.\n")
    [article] = list(read_file(path))
    assert line not in article.text and article.text.count("\n\n") == 1


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Accueil | Actualités | Régions | Nord-Ouest", "Deux bergers tués près de Kalara"),
        ("Home of a chief burned in Kalara raid", "Home of a chief burned in Kalara raid"),  # a headline, no trail
    ],
)
def test_a_breadcrumb_trail_is_not_the_headline(tmp_path: Path, first_line: str, title: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"{first_line}\n\nDeux bergers tués près de Kalara\n\nDeux bergers tués près de Kalara\n\n"
                    "Deux bergers ont été tués dimanche près de Kalara par des hommes armés, selon un élu local.\n")
    [article] = list(read_file(path))
    assert article.title == title and "Accueil" not in article.text


def test_a_sentence_opening_with_a_link_label_is_kept(tmp_path: Path) -> None:
    line = "Read also the statement of the governor, who said seven traders died at Kalara on Wednesday."
    path = tmp_path / "r.txt"
    path.write_text(f"Gunmen raided the market of Kalara on Wednesday.\n\n{line}\n")
    [article] = list(read_file(path))
    assert line in article.text


def test_date_header_followed_by_body_keeps_the_first_sentence() -> None:
    article = read_one("date_body.txt")
    assert article.published == dt.date(2022, 2, 14)
    assert article.text.startswith("Soldiers repelled an attack on their camp at Tessoumba on Sunday")
    assert article.title is None and article.outlet is None


def test_month_only_header_gives_month_precision() -> None:
    article = read_one("date_month.txt")
    assert (article.published, article.published_precision) == (dt.date(2022, 2, 1), 3)
    assert article.language == "fr"


def test_repeated_title_and_site_boilerplate() -> None:
    article = read_one("repeated_title.txt")
    assert article.title == "Villagers flee after night attack on Doumbala"
    assert article.outlet == "Regional Monitor"  # named by its own blurb
    assert article.published is None  # nothing on the page dates it: never invented
    assert article.text.startswith("Hundreds of villagers left Doumbala")
    for furniture in ("Share this", "Read more", "specialized in", "One thought on", "Comments are closed",
                      "Regional Monitor", "Villagers flee"):
        assert furniture not in article.text
    assert article.text.endswith("A regional official confirmed the attack but gave no toll.")


def test_french_dateline_gives_the_published_date() -> None:
    article = read_one("french_dateline.txt")
    assert article.dateline == "Wabaré"
    assert (article.published, article.published_precision) == (dt.date(2019, 11, 3), 1)
    assert article.text.startswith("Wabaré, le 3 novembre 2019 – Un poste")
    assert "Partager" not in article.text


@pytest.mark.parametrize(
    ("line", "place", "agency", "date"),
    [
        ("BAMAKO: The army said on Sunday that ten soldiers died.", "BAMAKO", None, None),
        ("NIAMEY — Gunmen killed 12 people in the west of the country.", "NIAMEY", None, None),
        ("BAMAKO, Mali (AP) — Authorities in Mali say ten soldiers died.", "BAMAKO", "AP", None),
        ("NAIROBI (Reuters): Security forces ended the siege.", "NAIROBI", "Reuters", None),
        ("Bamako, 13/09/2023 (MAP) -Dix soldats ont été tués.", "Bamako", "MAP", dt.date(2023, 9, 13)),
        ("Bamako, 2 nov (AFP) - Le bilan s'est alourdi.", "Bamako", "AFP", dt.date(2019, 11, 2)),
        ("Bamako - At least 21 people were dead or missing.", "Bamako", None, None),
        ("DAKAR, Nov 3 (Reuters) - Gunmen killed five people on Sunday.", "DAKAR", "Reuters", dt.date(2019, 11, 3)),
        ("KIDAL, Mali, 3 novembre 2019 (AFP) – Des hommes armés ont tué cinq civils.", "KIDAL", "AFP",
         dt.date(2019, 11, 3)),
        ("Mali: Quinze militaires tués dans une attaque", None, None, None),
        ("The army said: ten soldiers died.", None, None, None),
        ("Selon le ministre, l'attaque - la troisième - a fait dix morts.", None, None, None),
    ],
)
def test_dateline_patterns(line: str, place: str | None, agency: str | None, date: dt.date | None) -> None:
    dateline = extract_dateline([line], year=2019)
    if place is None:
        assert dateline is None
        return
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)
    assert (dateline.date.value if dateline.date else None) == date


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Menu", "Two killed in Kalara raid", "Two people were killed."], "Two killed in Kalara raid"),
        (["Gunmen killed two people in Kalara on Monday.", "More text."], None),
        (["Only one line that could be a headline"], None),
    ],
)
def test_split_title(lines: list[str], title: str | None) -> None:
    assert split_title(lines)[0] == title


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Roe", "Jane Roe"),
        ("Par Awa Traoré et Paul Dia, envoyés spéciaux", "Awa Traoré et Paul Dia"),
        ("By JANE ROE, Reuters", "JANE ROE"),
        ("By the end of the day the army had retaken the town.", None),
    ],
)
def test_bylines(line: str, author: str | None) -> None:
    assert extract_author([line]) == author


def test_cleaning_keeps_paragraphs_and_drops_furniture() -> None:
    lines = normalise("First  paragraph\u00a0here.\r\n\r\n3 Comments\nWe use cookies to improve your visit.\n"
                      "Second paragraph.\nSecond paragraph.\n").split("\n")
    assert strip_boilerplate(lines) == ["First paragraph here.", "Second paragraph."]


def test_trailing_credits_and_comment_notices_go() -> None:
    lines = ["Le village a été attaqué dans la nuit, selon des habitants.", "Les gendarmes sont arrivés à l'aube.",
             "Source: Agence Locale", "Avec AFP", "Les commentaires sont fermés.", "Jean Dupont", "Kalara-Info.com"]
    assert strip_boilerplate(lines) == lines[:2]


def test_last_short_sentence_is_kept() -> None:
    lines = ["Gunmen attacked the village overnight, residents said.", "Nobody was hurt."]
    assert strip_boilerplate(lines) == lines


def test_url_line_read_and_removed(tmp_path: Path) -> None:
    path = tmp_path / "u.txt"
    path.write_text("Gunmen attacked the market of Kalara on Sunday, killing four people, officials said.\n\n"
                    "Source: https://news.example/2021/05/02/kalara-market\n")
    [article] = list(read_paths([path]))
    assert article.url == "https://news.example/2021/05/02/kalara-market"
    assert article.published == dt.date(2021, 5, 2)  # the page's URL dates it
    assert "Source" not in article.text


def test_section_label_above_the_story_goes_but_a_dateline_stays(tmp_path: Path) -> None:
    story = "Gunmen attacked the market of Kalara on Sunday, killing four people, officials said."
    (tmp_path / "a.txt").write_text(f"Mali\n\n{story}\n")
    (tmp_path / "b.txt").write_text(f" date 2021-05-07 KALARA\n\n{story}\n")
    a, b = read_paths([tmp_path])
    assert a.text == story
    assert b.text == f"KALARA\n\n{story}" and b.dateline == "KALARA"


def test_a_long_sentence_starting_like_furniture_is_kept() -> None:
    sentence = ("Subscribe is what the armed group told villagers to do with its rules, three residents of the "
                "village of Doumbala said on Monday.")
    assert strip_boilerplate([sentence]) == [sentence]


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second report about an attack on a camp, officials said.\n")
    (tmp_path / "a.txt").write_text("First report about an attack on a camp, officials said.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden files are skipped by the folder walk.\n")
    ids = [a.id for a in read_paths([tmp_path]) if isinstance(a, Article)]
    assert ids == ["a", "2"]
    assert ids == [a.id for a in read_paths([tmp_path]) if isinstance(a, Article)]


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert list(read_paths([missing])) == [Rejection(path=str(missing), reason="no such file or folder")]


def test_markdown_heading_marks_are_not_part_of_the_title_or_text(tmp_path: Path) -> None:
    # A note saved as .md: "# headline" alone (no Published/Original lines), and a "## subheading" in the body.
    path = tmp_path / "note.md"
    path.write_text("# Clash near Kalara\n\nSoldiers and militants clashed near Kalara on Friday, the army said.\n\n"
                    "## Reactions\n\nThe governor called for calm.\n", encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article)
    assert article.title == "Clash near Kalara"
    assert "#" not in article.text and "\nReactions\n" in article.text
