"""A report's news, then a recall of a past attack at the same place (session 15, French Sahel reports).

"Il y a un an, une attaque ... avait fait plus de 130 morts" after the news is background: its figure is no toll
of the news, and a look-back in the second sentence does not make a news report a retrospective.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

TUE_19_MAR = dt.date(2024, 3, 19)
NEWS_FR = "Des jihadistes présumés ont tué au moins quinze civils lundi dans le village de Solhan. "


def _tolls(text: str, language: str) -> list[list[int]]:
    extraction = extract(text, language, TUE_19_MAR)
    return [[c.low for c in e.counts if c.kind == "killed"] for e in extraction.events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", NEWS_FR + "Il y a un an, une attaque dans la même localité avait fait plus de 130 morts."),
        ("fr", NEWS_FR + "Il y a deux ans, une attaque dans la même localité avait fait plus de 130 morts."),
        ("fr", NEWS_FR + "Il y a plus d'un an, des hommes armés y avaient tué 130 personnes."),
    ],
)
def test_recalled_attack_gives_no_toll(language: str, text: str) -> None:
    assert _tolls(text, language) == [[15]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il y a deux ans, des jihadistes tuaient 130 civils à Solhan. Dimanche, les habitants se sont "
               "recueillis devant les tombes des victimes."),
        ("en", "Survivors gathered on Sunday to remember the 130 villagers killed in Solhan on the anniversary of "
               "the massacre."),
    ],
)
def test_look_back_that_opens_the_report_is_still_a_retrospective(language: str, text: str) -> None:
    assert extract(text, language, TUE_19_MAR).events == []
