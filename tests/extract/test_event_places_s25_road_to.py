"""Session 25: "the Narok road", written in lower case, is the road that leads to Narok, which may be far off. A
clause whose only place is such a road gives its event no place of its own (it stays with the place the report told
it at), where "in Narok", "the Narok-Maai Mahiu road" (a route's end) or "Narok Road" (a street named after the part
of town it runs through, as "Dhanmondi Road") still place it. The team's own sentences; embedded default
gazetteer."""

from __future__ import annotations

import pytest

from sitrep import geo
from sitrep.extract.context import Report
from sitrep.extract.events import find_units
from sitrep.models import Article
from sitrep.nlp import load_pipeline


def _unit_places(text: str) -> list[str | None]:
    """Where each clause of `text` puts its event, the report's names located as extraction locates them."""
    article = Article(id="t1", text=text, language="en", country="KE", source_format="text")
    doc = load_pipeline("en")(text)
    report = Report.build(article, doc)
    report.toponyms = geo.get_geocoder().find_toponyms(text, doc=doc, language="en", country="KE")
    return [u.place.text if u.place is not None else None for u in find_units(report)]


@pytest.mark.parametrize("text", [
    "Youths blocked the Narok road with burning tyres and rocks.",
    "Youths blocked the Narok highway with burning tyres and rocks.",
])
def test_a_road_to_a_town_is_not_where_the_clause_puts_its_event(text: str) -> None:
    assert _unit_places(text) == [None]


@pytest.mark.parametrize("text", [
    "Youths blocked a road in Narok with burning tyres and rocks.",
    "Youths blocked the Narok-Maai Mahiu road with burning tyres and rocks.",
    "Youths blocked Narok Road with burning tyres and rocks.",
])
def test_a_town_the_clause_puts_its_event_in_a_routes_end_or_a_street_stays(text: str) -> None:
    assert _unit_places(text) == ["Narok"]
