"""A state dated from an event ("no convoy has arrived since jihadists ambushed a convoy two weeks ago") tells that
event as the past the report looks back to, not as its news; a town "in blockaded Djibo" is under siege, no
protest (session 17; tests/e2e blind s16 s13).

Before, the recalled ambush was the report's event (a source of the ambush two weeks earlier), and with it gone the
headline's "blockaded" was read as a protest action. An event the report dates within the week stays news
("schools have stayed shut since militants attacked a bus on Monday"), and so does one told before the "since".
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

D = dt.date
PUBLISHED = D(2025, 9, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Food prices soar in blockaded Djibo\n\nA bag of millet costs three times more in Djibo, where traders say no "
        "truck has arrived since jihadists ambushed a supply convoy south of the town two weeks ago, killing 15 "
        "soldiers.",
        "Schools in Fada N'Gourma have stayed closed since gunmen attacked a teacher's home three weeks ago.",
        "Traders in Arbinda have not reopened their shops since militants raided the market in August.",
    ],
)
def test_an_event_a_state_is_dated_from_is_no_news(text: str) -> None:
    assert kinds(extract(text, "en", PUBLISHED)) == []


def test_an_event_of_the_week_a_state_is_dated_from_stays_news() -> None:
    extraction = extract("Schools in Lamu have remained closed since al-Shabaab militants attacked a bus near "
                         "Milimani on Monday, killing four passengers.", "en", D(2019, 5, 7))
    assert [(e.event_type, e.date.value) for e in extraction.events] == [
        ("Violence against civilians", D(2019, 5, 6))]


@pytest.mark.parametrize(
    "text",
    [
        # told before the "since": the killing is the news, the flight what followed it
        "Gunmen killed three herders in Mandera on Monday, and residents have fled the area since.",
        # "since" with a day: the fighting of the days since then is the news
        "Fighting between two clans has continued since Monday in Mandera, killing four people.",
        # a blockade people make is still a protest action
        "Residents blockaded the highway in Mlolongo on Monday to protest the death of a rider.",
    ],
)
def test_guard_news_beside_since_and_blockades(text: str) -> None:
    assert kinds(extract(text, "en", D(2019, 5, 7))) != []
