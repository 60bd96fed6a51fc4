"""Session 26: a force told only as the one that ended a fight between two communities ("police reservists and
officers from the post separated them", "des gendarmes et des soldats ramènent le calme") is no side of that
battle: the two communities' militias are (blind s26 s08). A force that fought stays a side. Sentences are
synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names

SATURDAY = dt.date(2025, 2, 15)


def _sides(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    return [names(e) for e in extract(text, language, SATURDAY).events]


@pytest.mark.parametrize(
    ("text", "language", "sides"),
    [
        ("Six people were killed on Thursday when herders from the Turkana and Pokot communities clashed near "
         "Kainuk. Armed men from both sides exchanged fire for hours before police reservists and officers from the "
         "Kainuk police post separated them.", "en", ("Turkana", "Pokot")),
        ("Five people were killed on Thursday when Borana and Gabra herders clashed near Turbi. The fighting lasted "
         "until soldiers and police officers from the Turbi camp separated the two sides.", "en", ("Borana", "Gabra")),
        ("Five people were killed on Thursday when Borana and Gabra herders clashed near Turbi. The fighting lasted "
         "until police reservists and officers from the Turbi police post restored calm.", "en", ("Borana", "Gabra")),
        ("Cinq personnes ont été tuées jeudi dans des affrontements entre éleveurs peuls et agriculteurs dogons près "
         "de Bankass. Les combats ont duré jusqu'à ce que des gendarmes et des soldats ramènent le calme.", "fr",
         ("Fulani", "Dogon")),
    ],
)
def test_a_force_that_ends_the_fight_is_no_side(text: str, language: str, sides: tuple[str, str]) -> None:
    country = "Mali" if language == "fr" else "Kenya"
    assert _sides(text, language) == [tuple(f"{people} Ethnic Militia ({country})" for people in sides)]


def test_a_force_that_fights_stays_a_side() -> None:
    text = ("Four people died on Thursday when Borana and Gabra herders fought over a water point near Turbi. Police "
            "intervened and exchanged fire with the raiders, killing one.")
    assert _sides(text)[0][0] == "Police Forces of Kenya"
