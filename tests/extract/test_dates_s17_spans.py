"""A span of days told month first ("On Aug 12th-13th 2019", "March 12-13, 2019"), by numbers ("12-13/03/2019",
"the night of 13-14/03") or with "between ... and" ("between 6 and 7 August") is read from its first day, as
"12-13 March" is (session 16), keeping its last (session 17).

Before, "March 12-13, 2019" and "12-13/03/2019" gave no date at all (the year sat after the span, out of the
month-day rule's reach; the numeric rule cannot start after a dash), and "between 6 and 7 August" was read as
7 August. "On 12 and 13 March" stays two days; a count after a day ("March 3 to 5 people") is no span.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.dates import find_dates

D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("On Aug 12th-13th 2019, youths rioted in Kisumu.", D(2019, 8, 12), D(2019, 8, 13)),
        ("On March 12-13, 2019, armed men raided a village.", D(2019, 3, 12), D(2019, 3, 13)),
        ("On 12-13/03/2019, armed men raided a village.", D(2019, 3, 12), D(2019, 3, 13)),
        ("In the night of 13-14/03/2019, armed men attacked the camp.", D(2019, 3, 13), D(2019, 3, 14)),
        ("Between 6 and 7 August 2019, residents blocked roads.", D(2019, 8, 6), D(2019, 8, 7)),
        ("Three soldiers were killed between Nov. 15 and 18, 2015.", D(2015, 11, 15), D(2015, 11, 18)),
    ],
)
def test_a_span_of_days_in_other_words_is_read_from_its_first_day(text: str, first: D, last: D) -> None:
    assert [(d.value, d.through, d.precision) for d in find_dates(text, None, "en")] == [(first, last, 1)]


def test_a_month_first_span_without_a_year_takes_the_publication_year() -> None:
    found = find_dates("On March 12-13 in Garissa, police dispersed traders.", D(2019, 3, 20), "en")
    assert [(d.value, d.through) for d in found] == [(D(2019, 3, 12), D(2019, 3, 13))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 12 and 13 March 2019, students protested.", [D(2019, 3, 13)]),  # two days, each its own event
        ("On March 3 to 5 people were killed.", [D(2019, 3, 3)]),  # a count, not a span
        ("On 17/09/2019, police arrested two men.", [D(2019, 9, 17)]),
        ("On Aug 4th 2019, police raided a camp.", [D(2019, 8, 4)]),
    ],
)
def test_guard_single_days_and_counts(text: str, expected: list[D]) -> None:
    found = find_dates(text, D(2019, 9, 20), "en")
    assert [d.value for d in found] == expected and all(d.through is None for d in found)


def test_an_acled_note_with_a_month_first_span_is_dated_on_its_first_day() -> None:
    (event,) = extract("On March 12-13, 2019, armed men raided a village in Mandera and killed two herders.", "en",
                       None).events
    assert (event.date.value, event.date.precision) == (D(2019, 3, 12), 1)
