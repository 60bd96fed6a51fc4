"""Session 14: "le 3 courant", the francophone press's day of the current month, is that day of the month of
publication; a later day is yet to come and dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates import find_dates

PUBLISHED = dt.date(2025, 2, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des individus armés ont enlevé le 3 courant le chef du village.", dt.date(2025, 2, 3)),
        ("L'attaque du 1er courant a fait six morts.", dt.date(2025, 2, 1)),
        ("Deux soldats ont été tués le 17 courant près de Kaya.", dt.date(2025, 2, 17)),
    ],
)
def test_a_day_of_the_current_month(text: str, expected: dt.date) -> None:
    assert [d.value for d in find_dates(text, PUBLISHED, "fr")] == [expected]


def test_a_later_day_of_the_current_month_dates_nothing() -> None:
    found = find_dates("Une marche est prévue le 25 courant à Ouagadougou.", PUBLISHED, "fr")
    assert [d.value for d in found] == [None]
