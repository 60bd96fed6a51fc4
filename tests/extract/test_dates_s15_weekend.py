"""A weekend "last" said on a weekend day is the one before; "this weekend" is the one under way (session 15).

Dated on its Saturday at week precision, as the other weekend phrasings (test_dates_phrasings.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates import find_dates

D = dt.date
SAT_16_MAR, SUN_17_MAR, MON_18_MAR = D(2024, 3, 16), D(2024, 3, 17), D(2024, 3, 18)


@pytest.mark.parametrize(
    ("language", "text", "published", "value"),
    [
        ("fr", "Cinq commerçants ont été enlevés le week-end dernier sur l'axe.", SAT_16_MAR, D(2024, 3, 9)),
        ("fr", "Cinq commerçants ont été enlevés le week-end dernier sur l'axe.", SUN_17_MAR, D(2024, 3, 9)),
        ("fr", "Cinq commerçants ont été enlevés le week-end dernier sur l'axe.", MON_18_MAR, D(2024, 3, 16)),
        ("fr", "En fin de semaine dernière, des hommes armés ont attaqué le poste.", SUN_17_MAR, D(2024, 3, 9)),
        ("fr", "Ce week-end, des hommes armés ont attaqué le poste.", SUN_17_MAR, D(2024, 3, 16)),
        ("en", "Five traders were abducted last weekend on the road.", SAT_16_MAR, D(2024, 3, 9)),
        ("en", "Five traders were abducted this past weekend on the road.", MON_18_MAR, D(2024, 3, 16)),
        ("en", "Gunmen attacked the post over the weekend.", SUN_17_MAR, D(2024, 3, 16)),
        ("en", "Gunmen attacked the post this weekend.", SAT_16_MAR, D(2024, 3, 16)),
    ],
)
def test_weekend_said_on_a_weekend_day(language: str, text: str, published: dt.date, value: dt.date) -> None:
    found = [d for d in find_dates(text, published, language) if d.value is not None]
    assert [(d.value, d.precision) for d in found] == [(value, 2)]
