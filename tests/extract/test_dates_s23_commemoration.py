"""Session 23: a date inside the words naming what an occasion recalls ("to mark the first anniversary of the killing
of a teacher on 3 March 2014", "on the first anniversary of the 3 March 2014 massacre", "pour marquer l'anniversaire
du massacre du 3 mars 2014") is the recalled event's day, not the commemoration's: a commemoration with no day of
its own is undated (readable Asia notes took the demolition's or the killings' day of twenty years before). The
commemoration's own day still dates it. Sentences are synthetic; no publication date, as in ACLED's notes."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract


def _events(text: str, language: str, published: dt.date | None = None) -> list[tuple[dt.date | None, str | None]]:
    return [(e.date.value, e.event_type) for e in extract(text, language, published).events]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Students marched in the town to mark the first anniversary of the killing of a teacher on 3 March 2014.",
         "en", "Protests"),
        ("On the first anniversary of the 3 March 2014 massacre, hundreds of people marched in Lakeside.", "en",
         "Protests"),
        ("Gunmen killed five villagers in Lakeside on the anniversary of the massacre of 3 March 2014.", "en",
         "Violence against civilians"),
    ],
)
def test_the_recalled_events_day_does_not_date_the_commemoration(text: str, language: str, kind: str) -> None:
    assert _events(text, language) == [(None, kind)]


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        ("Hundreds of people marched in Lakeside on Sunday to mark the first anniversary of the massacre of 3 March "
         "2014.", "en", dt.date(2015, 3, 4), dt.date(2015, 3, 1)),
        ("On 3 March 2015, hundreds of people marched in Lakeside to mark the first anniversary of the massacre.",
         "en", None, dt.date(2015, 3, 3)),
        ("Des centaines de personnes ont manifesté dimanche à Lakeside pour marquer le premier anniversaire du "
         "massacre du 3 mars 2014.", "fr", dt.date(2015, 3, 4), dt.date(2015, 3, 1)),
    ],
)
def test_the_commemorations_own_day_dates_it(text: str, language: str, published: dt.date | None,
                                             day: dt.date) -> None:
    assert _events(text, language, published) == [(day, "Protests")]
