"""Who died: the best estimate split by side (`Event.deaths`), read from whole synthetic reports (real spaCy) and
written to the UCDP GED columns deaths_a, deaths_b, deaths_civilians and deaths_unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.deliver.export import ucdp_row
from sitrep.models import Article, Deaths
from sitrep.pipeline import extract_articles
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention, place


def _ucdp(text: str) -> tuple[Deaths | None, tuple[object, ...]]:
    article = Article(id="r1", text=text, language="en", published=dt.date(2024, 5, 7))
    (extraction,) = extract_articles([article])
    event = build_event([max(extraction.events, key=lambda m: m.salience)], {"r1": article})
    row = ucdp_row(event)
    return event.deaths, tuple(row[k] for k in ("side_a", "deaths_a", "deaths_b", "deaths_civilians",
                                                "deaths_unknown", "best"))


@pytest.mark.parametrize(
    ("text", "deaths", "row"),
    [
        (  # the militants are actor1, the army actor2: UCDP puts the government on side_a
            "Militants attacked an army base near Mandera on Monday. 49 soldiers and 30 assailants were killed in "
            "the fighting, the army said.",
            Deaths(actor1=30, actor2=49), ("Military Forces of Kenya", 49, 30, 0, 0, 79),
        ),
        (
            "Al-Shabaab fighters ambushed a police patrol near Lamu on Tuesday. Five police officers and two "
            "civilians were killed.",
            Deaths(actor2=5, civilians=2), ("Police Forces of Kenya", 5, 0, 2, 0, 7),
        ),
        (  # a toll naming no side; in one-sided violence its dead are the civilians attacked
            "Twelve people were killed when gunmen attacked a market in Dori on Monday.",
            Deaths(unknown=12), ("Unidentified Armed Group (Burkina Faso)", 0, 0, 12, 0, 12),
        ),
    ],
)
def test_the_best_estimate_is_split_by_side(text: str, deaths: Deaths, row: tuple[object, ...]) -> None:
    assert _ucdp(text) == (deaths, row)


def test_a_class_of_dead_both_sides_belong_to_is_unknown() -> None:
    """Two armed groups fighting: "8 militants" may be either's."""
    mention = make_mention("a1", "Eight militants died in the clash.", date=dt.date(2024, 5, 7), place=place("Gao"),
                           actor1=("JNIM", 2), actor2=("Islamic State Sahel", 2), killed=[(8, "actor1", None)])
    event = build_event([mention], {})
    assert (event.fatalities_best, event.deaths) == (8, Deaths(unknown=8))


def test_no_toll_no_split() -> None:
    mention = make_mention("a1", "Soldiers clashed with militants.", date=dt.date(2024, 5, 7), place=place("Gao"),
                           actor1=("JNIM", 2), actor2=("Military Forces of Mali", 1))
    assert build_event([mention], {}).deaths is None
