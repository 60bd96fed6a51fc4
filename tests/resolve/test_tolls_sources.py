"""Tolls read from whole reports (real spaCy): a source quoted twice is one source, its sides summed."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import Article
from sitrep.pipeline import extract_articles
from sitrep.resolve import build_event


def _toll(text: str, language: str) -> tuple[int | None, int | None, list[str | None]]:
    article = Article(id="r1", text=text, language=language, published=dt.date(2024, 5, 7))
    (extraction,) = extract_articles([article])
    mention = max(extraction.events, key=lambda m: m.salience)
    event = build_event([mention], {"r1": article})
    return event.fatalities, event.fatalities_best, [c.attributed_to for c in mention.counts]


@pytest.mark.parametrize(
    ("text", "language", "fatalities", "sources"),
    [
        (
            "Sept gendarmes ont été tués lundi dans une embuscade près de Dori, a indiqué une source sécuritaire.\n"
            "Une quinzaine d'assaillants ont été neutralisés lors de la riposte, selon la même source.",
            "fr", 22, ["une source sécuritaire", "une source sécuritaire"],
        ),
        (
            "Gunmen killed six soldiers in an ambush near Dori on Monday, a security source said.\n"
            "Twelve attackers were killed when troops fought back, the same source said.",
            "en", 18, ["a security source", "a security source"],
        ),
    ],
)
def test_the_same_source_is_not_a_new_authority(text: str, language: str, fatalities: int,
                                                 sources: list[str]) -> None:
    total, best, attributed = _toll(text, language)
    assert (total, best) == (fatalities, fatalities)
    assert attributed == sources


def test_a_protests_grievance_is_not_its_toll() -> None:
    text = ("Traders in Kisumu protested on Monday after a boda boda rider was killed by a police officer. "
            "They blocked the main road and burned tyres before police dispersed them with teargas.")
    article = Article(id="r2", text=text, language="en", published=dt.date(2024, 5, 7))
    (extraction,) = extract_articles([article])
    assert extraction.events
    assert all(c.kind != "killed" for m in extraction.events for c in m.counts)
