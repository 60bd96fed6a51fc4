"""Places listed for one event share its toll: ACLED codes one event per location (synthetic notes, real spaCy)."""

from __future__ import annotations

import pytest

from sitrep.extract.events import extract_article
from sitrep.models import Article
from sitrep.nlp import load_pipeline
from sitrep.resolve import build_event


def places_and_coded(text: str, language: str = "en") -> tuple[list[int], int | None]:
    """The places each killed figure of the main event covers, and the fatalities ACLED would code for it."""
    article = Article(id="n1", text=text, language=language, source_format="text", country="NG")
    main = extract_article(article, load_pipeline(language)(text)).events[0]
    return [c.places for c in main.counts if c.kind == "killed"], build_event([main], {"n1": article}).fatalities


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Gunmen attacked the villages of Kelbaro, Tinsaka and Dourama, killing 26 people.", "en", ([3], 9)),
        ("Troops on a patrol of Kelbaro, Tinsaka, Dourama and Wangari villages killed six militants.", "en", ([4], 2)),
        ("Gunmen invaded two communities - Kelbaro and Tinsaka - killing at least 20 residents.", "en", ([2], 10)),
        # the figure in a later sentence of a brief note: the opening sentence's places
        ("Soldiers cleared the villages of Kelbaro and Tinsaka on Monday. Four militants were killed.", "en", ([2], 2)),
        ("Des hommes armés ont attaqué les villages de Kelbaro et Tinsaka, tuant 20 civils.", "fr", ([2], 10)),
        # each village with the area it lies in and its day
        ("Gunmen attacked the villages of Kelbaro in Tombo, Tinsaka in Logo local government on 20/06 and Dourama "
         "in Ukum local government on 21/06, killing 26.", "en", ([3], 9)),
    ],
)
def test_a_toll_told_for_listed_places_is_divided(text: str, language: str, expected: tuple) -> None:
    assert places_and_coded(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a bus on the road between Kelbaro and Tinsaka, killing 12 passengers.",
        "Twenty people died in clashes between members of the Borana and Gabra communities.",
        "Fighters moved toward the Kelbaro Centre and Tinsaka University. Five fighters were killed.",
        "Raiders attacked herders in Kelbaro, killing 12. Troops later patrolled Tinsaka and Dourama villages.",
    ],
)
def test_a_route_a_people_or_a_toll_for_one_place_is_not_divided(text: str) -> None:
    places, _ = places_and_coded(text)
    assert places and set(places) == {1}
