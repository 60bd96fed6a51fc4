"""A headline of two clauses ("Militants execute suspected informer in Baidoa; US strike kills six near
Bardhere") tells two events: the second clause is the body's strike told again, not a third event, though the first
clause names another town (before, every town of the headline line counted against it). A headline clause naming
a town the body's event is not at still tells an event of its own."""

from __future__ import annotations

from tests.extract.report_events import file_events

TWO_CLAUSES = """ date 2024-05-06 Bay Courier, BAIDOA

Militants execute suspected informer in Baidoa; US strike kills six near Bardhere

Al-Shabaab militants publicly executed a trader they accused of informing for the army \
in Baidoa, Bay region, on Friday, relatives said.

On Saturday, a drone strike killed six al-Shabaab fighters near Bardhere, the army said in a statement.
"""


def _coded(events):
    return sorted((e.event_type, e.sub_event_type, e.fatalities) for e in events)


def test_the_headlines_second_clause_is_the_bodys_strike(tmp_path):
    assert _coded(file_events(tmp_path, TWO_CLAUSES)) == [
        ("Explosions/Remote violence", "Air/drone strike", 6),
        ("Violence against civilians", "Attack", 1),
    ]


def test_a_headline_clause_at_a_town_the_body_never_places_is_its_own_event(tmp_path):
    text = TWO_CLAUSES.replace("US strike kills six near Bardhere", "gunmen kill four near Kismayo")
    assert len(file_events(tmp_path, text)) == 3
