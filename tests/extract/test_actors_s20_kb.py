"""Session 20: actors added to the knowledge base, found by name and acronym (real actor knowledge base)."""

from __future__ import annotations

import pytest

from sitrep.extract.actors import get_actor_kb


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("A drone hit a car near Sinune, killing two members of the Sinjar Resistance Units.", "en",
         "YBS: Sinjar Resistance Units"),
        ("Two YBS fighters were killed in the strike.", "en", "YBS: Sinjar Resistance Units"),
        ("Deux combattants des Unités de résistance de Sinjar ont été tués.", "fr", "YBS: Sinjar Resistance Units"),
        ("The PKK said two of its fighters were killed.", "en", "PKK: Kurdistan Workers Party"),  # guard
    ],
)
def test_named_groups_are_found(text: str, language: str, name: str) -> None:
    assert name in {m.ref.name for m in get_actor_kb().find_mentions(text, language, "Iraq")}
