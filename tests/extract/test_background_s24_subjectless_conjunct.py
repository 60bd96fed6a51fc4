"""A verb joined by 'and' to a past event's verb with no subject of its own tells that past event: "In March,
fighters ambushed a convoy near Tarbo and killed six soldiers" is background in full, its toll too; not a toll of
the news event. A conjunct with its own subject or its own time is its own clause. Synthetic reports written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

SATURDAY = dt.date(2024, 11, 9)
LEAD = {
    "en": "Nine soldiers were killed when insurgents attacked an army base in Kolabo on Thursday night, residents "
          "said.\n\n",
    "fr": "Neuf soldats ont été tués jeudi soir lorsque des insurgés ont attaqué une base de l'armée à Kolabo, selon "
          "des habitants.\n\n",
}


def _tolls(text: str, language: str) -> list[tuple[str, dt.date | None, list[int]]]:
    extraction = extract(text, language, SATURDAY)
    return [(e.sub_event_type, e.date and e.date.value, sorted({c.low for c in e.counts if c.kind == "killed"}))
            for e in extraction.events]


@pytest.mark.parametrize(
    ("language", "recap"),
    [
        ("en", "Earlier in the year, in March, the same group ambushed a military convoy near Tarbo and killed six "
               "soldiers, according to security sources."),
        ("en", "In 2021, insurgents overran a base in Gumsa and killed 14 soldiers."),
        ("fr", "En mars dernier, le même groupe avait tendu une embuscade à un convoi près de Tarbo et tué six "
               "soldats, selon des sources sécuritaires."),
    ],
)
def test_the_conjunct_of_a_past_event_is_background(language: str, recap: str) -> None:
    assert _tolls(LEAD[language] + recap, language) == [("Armed clash", dt.date(2024, 11, 7), [9])]


@pytest.mark.parametrize(
    "text",
    [
        # the conjunct has its own time: its own day's event
        "In March, insurgents ambushed a convoy near Tarbo, and on Friday they killed six soldiers in Kolabo.",
        # its own subject: another clause
        "In March, insurgents ambushed a convoy near Tarbo, and on Thursday gunmen killed six soldiers in Kolabo.",
    ],
)
def test_guard_a_conjunct_with_its_own_time_or_subject_is_news(text: str) -> None:
    assert (dt.date(2024, 11, 7), [6]) in [(d, k) for _, d, k in _tolls(text, "en")] or \
        (dt.date(2024, 11, 8), [6]) in [(d, k) for _, d, k in _tolls(text, "en")]
