"""Session 22: which of day and month comes first in a date in figures. The language's convention reads it
(dates_en.yaml numeric_order: day first), unless the text or its date says otherwise: a date in the same text that
fits only one order ("2/24/2015" is month first) shows the writer's order, and a reading that falls after the report
was published cannot be an event it tells, when the other reading does not. Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates import find_dates


def values(text: str, published: dt.date | None) -> list[dt.date | None]:
    return [d.value for d in find_dates(text, published, "en")]


def test_a_month_first_date_beside_it_reads_an_ambiguous_one_month_first() -> None:
    text = "Troops clashed with rebels near Lakeside on 2/24/2015 and again on 3/12/2015."
    assert values(text, None) == [dt.date(2015, 2, 24), dt.date(2015, 3, 12)]


def test_a_day_first_reading_after_publication_is_read_month_first() -> None:
    assert values("Troops clashed with rebels near Lakeside on 3/12/2015.", dt.date(2015, 3, 20)) == [
        dt.date(2015, 3, 12)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # nothing tells the order: the language's convention
        ("Troops clashed with rebels near Lakeside on 3/12/2015.", None, [dt.date(2015, 12, 3)]),
        # both readings are before publication
        ("Troops clashed with rebels near Lakeside on 03/12/2015.", dt.date(2015, 12, 20), [dt.date(2015, 12, 3)]),
        # dates of both orders tell nothing
        ("Clashes on 2/24/2015, 24/2/2016 and 3/12/2015.", None,
         [dt.date(2015, 2, 24), dt.date(2016, 2, 24), dt.date(2015, 12, 3)]),
        # a day-first writer
        ("Clashes on 24/2/2015 and 3/12/2015.", None, [dt.date(2015, 2, 24), dt.date(2015, 12, 3)]),
    ],
)
def test_the_conventional_order_stands_when_nothing_tells_another(
    text: str, published: dt.date | None, expected: list[dt.date]
) -> None:
    assert values(text, published) == expected
