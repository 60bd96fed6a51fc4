"""A figure joined by 'and' to one more person in the same subject or object adds that person ("Six guards of the
mine and the driver of their truck were killed": 7), as "and their commander" does; a person the figure names
('including', 'dont') is one of the figure, and a person joined after the verb is told of something else. Synthetic
reports, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def _killed(text: str, language: str = "en") -> int:
    return sum(c.low for c in find_counts(text, language)
               if c.kind == "killed" and not (c.included or c.grievance or c.cumulative))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Six guards of the Kaloma mine and the driver of their truck were killed on Monday, police said.", "en"),
        ("Six soldiers and the civilian driver were killed when their truck hit a mine near Dorpa.", "en"),
        ("Rebels killed six soldiers and the driver of the truck near Dorpa on Monday.", "en"),
        ("Six militaires et le chauffeur du camion ont été tués lundi près de Dorpa.", "fr"),
    ],
)
def test_a_figure_and_the_person_joined_to_it(text: str, language: str) -> None:
    assert _killed(text, language) == 7


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        ("Six soldiers and their commander were killed in the ambush near Dorpa.", "en", 7),
        ("Six soldiers, including their commander, were killed in the ambush near Dorpa.", "en", 6),
        ("Six militaires et leur chauffeur ont été tués lundi près de Dorpa.", "fr", 7),
        ("Six soldiers were killed and the driver was wounded in the ambush near Dorpa.", "en", 6),
        ("Rebels killed six soldiers and the gunman escaped into the forest near Dorpa.", "en", 6),
    ],
)
def test_guard_a_person_named_in_the_figure_or_told_of_something_else(text: str, language: str, toll: int) -> None:
    assert _killed(text, language) == toll
