"""Reading a page's own dates: formats, languages, broken accents, and no invented years."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.dates import find_page_dates, parse_page_date
from sitrep.ingest.metadata import extract_published, is_date_line


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2019-11-03T00:25:00+00:00", dt.date(2019, 11, 3), 1),
        ("2019-11", dt.date(2019, 11, 1), 3),
        ("13/09/2023", dt.date(2023, 9, 13), 1),
        ("09/13/2023", dt.date(2023, 9, 13), 1),
        ("le 3 novembre 2019", dt.date(2019, 11, 3), 1),
        ("1er décembre 2020", dt.date(2020, 12, 1), 1),
        ("March 24, 2019", dt.date(2019, 3, 24), 1),
        ("17th January, 2019 01:51", dt.date(2019, 1, 17), 1),
        ("Lundi 10 Juin 2019", dt.date(2019, 6, 10), 1),
        ("03 f\ufffdvrier 2012", dt.date(2012, 2, 3), 1),  # accent lost to a wrong decoding
        ("12 de agosto de 2021", dt.date(2021, 8, 12), 1),
        ("Sept. 5, 2022", dt.date(2022, 9, 5), 1),
        ("2019/11/03", dt.date(2019, 11, 3), 1),
    ],
)
def test_parse_page_date(text: str, expected: dt.date, precision: int) -> None:
    found = parse_page_date(text)
    assert found is not None and (found.value, found.precision) == (expected, precision)


@pytest.mark.parametrize("text", ["31/02/2020", "in 2019 there", "2 nov", "Nov 3", "Room 12 May", "1850-01-01"])
def test_no_date_is_invented(text: str) -> None:
    assert find_page_dates(text) == []


def test_day_month_without_year_needs_a_year() -> None:
    found = parse_page_date("Bamako, 2 nov (AFP)", year=2019)
    assert found is not None and found.value == dt.date(2019, 11, 2)


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Lundi 10 Juin 2019", True),
        ("Le lundi 3 novembre 2019 à 10h30", True),
        ("March 24, 2019 Updated: March 24, 2019", True),
        ("Publié le mercredi 13 septembre 2023 | Site Info", True),
        ("On 10 June 2019 gunmen attacked the village and killed many people there", False),
        ("Gunmen attacked on 10 June 2019", False),
        ("On 3 November 2019, gunmen attacked", False),
        ("Le 3 novembre 2019, des hommes armés ont attaqué Kalara", False),
        ("Le 3 novembre 2019 à 10h30", True),
        ("17th January, 2019 01:51:34 printer", True),
        ("Friday, 18 January 2019 00:00 - -", True),
        ("Last Update: Sunday, 3 November 2019 KSA 23:40 - GMT 20:40", True),
        ("Publié le 13 février 2012 Lecture : 2 minutes.", True),
        ("Posted on November 3, 2019 by admin", True),
    ],
)
def test_is_date_line(line: str, dated: bool) -> None:
    assert is_date_line(line) is dated


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/world/2019/11/03/is-claims-attack.html", dt.date(2019, 11, 3)),
        ("https://news.example/2021-03-22-niger-attack", dt.date(2021, 3, 22)),
        ("https://news.example/story/12345", None),
        ("https://news.example/2019/11/", None),
    ],
)
def test_published_from_the_page_url(url: str, expected: dt.date | None) -> None:
    published = extract_published(["Gunmen attacked the town."], url=url)
    assert (published.value if published else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publié le 4 novembre 2019", dt.date(2019, 11, 4)),
        ("Le Veilleur | Publié le 4 novembre 2019 | Politique", dt.date(2019, 11, 4)),
        ("Selon un communiqué publié le 3 novembre 2019, quatre gendarmes ont été tués.", None),
        ("The army published a statement on 3 November 2019 about the attack.", None),
    ],
)
def test_published_label_opens_the_line(line: str, expected: dt.date | None) -> None:
    published = extract_published([line])
    assert (published.value if published else None) == expected


def test_month_header_refined_by_a_day_of_that_month_only() -> None:
    from sitrep.ingest.metadata import Published

    header = Published(dt.date(2021, 3, 1), 3, "header")
    refined = extract_published(["Publié le 22 mars 2021"], header)
    assert refined is not None and (refined.value, refined.precision) == (dt.date(2021, 3, 22), 1)
    assert refined.rule == "label"
    other_month = extract_published(["Publié le 22 avril 2021"], header)
    assert other_month == header


@pytest.mark.parametrize(
    ("line", "agency", "day"),
    [
        ("GAO, March 14, 2024 (Wire) - Gunmen attacked an army post near Gao.", "Wire", dt.date(2024, 3, 14)),
        ("GAO, March 14, 2024 - Gunmen attacked an army post near Gao.", None, dt.date(2024, 3, 14)),
        ("Mopti, 2 May 2023 (Sahel Wire) - Traders marched through the town.", "Sahel Wire", dt.date(2023, 5, 2)),
    ],
)
def test_a_dateline_with_a_month_first_date_or_an_agency_dates_the_report(line: str, agency: str | None,
                                                                           day: dt.date) -> None:
    """A US-style date holds a comma ('March 14, 2024': its day was read without its year, so no date), and an
    agency whose name is an outlet word ('(Wire)') made the whole head a credit: neither report was dated."""
    from sitrep.ingest.metadata import extract_dateline

    found = extract_dateline([line])
    assert found is not None and found.agency == agency
    assert found.date is not None and found.date.value == day
