"""Two bare violence words far apart in one sentence are cut into two clauses (clauses.CLAUSE_GAP), unless the parse
tells the later word of the earlier one (event_units._told_of): "a series of blasts in Garba in June last year, at a
wedding, a funeral and a market, killed at least 32 people" is one act, background by its month, not a killing of
its own that joins the news (blind s25 s01's Gwoza). A killing with a subject of its own after such a phrase stays
apart. Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2025, 2, 10)
SATURDAY = dt.date(2025, 2, 8)


def _events(text: str) -> list[tuple[dt.date | None, str, int | None]]:
    return [(e.date.value if e.date else None, e.sub_event_type, max((c.low for c in e.counts), default=None))
            for e in extract(text, "en", PUBLISHED).events]


def test_a_recalled_series_of_blasts_and_its_toll_stay_in_the_past() -> None:
    text = ("A suicide bomber killed nine people at a cattle market in Dikwa on Saturday, police said. Such bombings "
            "had become rarer, but a series of blasts in Garba in June last year, at a wedding, a funeral and a "
            "market, killed at least 32 people.")
    assert _events(text) == [(SATURDAY, "Suicide bomb", 9)]


def test_the_news_told_after_a_recalled_series_stays_news() -> None:
    # guard: the later killing's subject is another, so its clause is cut off the recalled series and stays news
    text = ("Suicide attacks had been rare since a series of blasts in Garba in June last year, at a wedding, a "
            "funeral and a market, but on Saturday a woman killed nine people in Dikwa.")
    assert _events(text) == [(SATURDAY, "Attack", 9)]
