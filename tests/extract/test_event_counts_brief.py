"""A brief report tells one event: a casualty-only clause that joined a later-told event gives the first event's
toll (synthetic notes, real spaCy)."""

from __future__ import annotations

import pytest

from sitrep.extract.event_counts import span_days
from sitrep.extract.events import extract_article
from sitrep.models import Article
from sitrep.nlp import load_pipeline
from sitrep.resolve import build_event


def main_toll(text: str, language: str = "en") -> tuple[str, int | None]:
    """The main event's type and the fatalities ACLED would code for it."""
    article = Article(id="n1", text=text, language=language, source_format="text", country="TZ")
    events = extract_article(article, load_pipeline(language)(text)).events
    main = max(events, key=lambda m: m.salience)
    return main.event_type, build_event([main], {"n1": article}).fatalities


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Police exchanged fire with armed robbers at Kisiju on 3 May. The robbers then threw a grenade at a patrol "
         "car. The 2 robbers were shot dead.", "en", ("Battles", 2)),
        ("Soldiers clashed with militants near Kisiju on 3 May. Several air strikes later hit a camp at Mkuranga. "
         "3 people were killed.", "en", ("Battles", 3)),
        ("Des affrontements ont opposé des soldats à des assaillants près de Kisiju le 3 mai. Des frappes aériennes "
         "ont ensuite visé leur camp. Quatre assaillants ont été tués.", "fr", ("Battles", 4)),
    ],
)
def test_a_casualty_clause_of_a_brief_report_is_its_first_events(
    text: str, language: str, expected: tuple[str, int]
) -> None:
    assert main_toll(text, language) == expected


def test_a_casualty_clause_naming_a_place_stays_with_the_event_there() -> None:
    text = ("Soldiers clashed with militants near Kisiju on 3 May. Several air strikes later hit a camp at Mkuranga. "
            "In Mkuranga, 3 people were killed.")
    article = Article(id="n1", text=text, language="en", source_format="text", country="TZ")
    events = extract_article(article, load_pipeline("en")(text)).events
    assert {e.event_type: [c.low for c in e.counts] for e in events} == {
        "Battles": [], "Explosions/Remote violence": [3]}


def test_a_figure_far_from_every_event_of_a_brief_report_is_its_toll() -> None:
    text = ("Post-election riots in Kisiju, details not given. Shops were looted in the town centre. Traders closed "
            "their stalls. Roads stayed shut. FATALITIES: 15")
    assert main_toll(text) == ("Riots", 15)


def test_a_figure_between_a_brief_reports_events_is_its_first_events() -> None:
    # the casualties follow the ambush, not the other attack told after them
    text = ("A KDF convoy was ambushed after its vehicle hit an explosive in Fino, Mandera County. Between 6 and 10 "
            "dead. Elsewhere in Fino on the same date militants destroyed a mast and fought the police.")
    assert main_toll(text)[1] == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrest that sparked the violence is not coded: its figures are the violence's
        ("Unrest sparked by the arrest of a sect leader. 4 traders killed in a shop plus 1 driver.",
         ("Violence against civilians", 5)),
        # a figure told after a deployment is the clash's
        ("Residents clashed with council officers in Kisiju. Police were deployed. 1 man died, cause unclear.",
         ("Riots", 1)),
    ],
)
def test_a_figure_beside_an_arrest_or_a_deployment_is_the_violences(text: str, expected: tuple[str, int]) -> None:
    assert main_toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes over three days left 9 people dead.", 3),
        # a call for days of protest is no span of the event's days
        ("Rioting went on after the opposition called for 3 days of protesting. A driver was killed.", None),
        ("The party calls for two days of protests; one man was shot dead.", None),
    ],
)
def test_days_a_brief_report_spans(text: str, expected: int | None) -> None:
    assert span_days(text, "en") == expected
