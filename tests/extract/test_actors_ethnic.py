"""Ethnic, clan and communal groups in the actor knowledge base: a bare group name is a side only in a fight.
Sentences are synthetic, written for these tests."""

from __future__ import annotations

import pytest

from sitrep.extract.actors import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load(paths=[])


def found(kb: ActorKB, text: str, country: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.ref.name) for m in kb.find_mentions(text, language, country)]


@pytest.mark.parametrize(
    ("text", "country", "language", "expected"),
    [
        ("Clashes between Kalenjin and Kikuyu tribes left three dead.", "Kenya", "en",
         [("Kalenjin", "Kalenjin Ethnic Militia (Kenya)"), ("Kikuyu tribes", "Kikuyu Ethnic Militia (Kenya)")]),
        ("Fighting between Pokots and Turkanas near the lake.", "Kenya", "en",
         [("Pokots", "Pokot Ethnic Militia (Kenya)"), ("Turkanas", "Turkana Ethnic Militia (Kenya)")]),
        ("A crowd of Kikuyu attacked homes at night.", "Kenya", "en", [("Kikuyu", "Kikuyu Ethnic Militia (Kenya)")]),
        ("Armed Pokot stole cattle.", "Kenya", "en", [("Pokot", "Pokot Ethnic Militia (Kenya)")]),
        ("Des affrontements entre Peuls et Dogons ont fait dix morts.", "Mali", "fr",
         [("Peuls", "Fulani Ethnic Militia (Mali)"), ("Dogons", "Dogon Ethnic Militia (Mali)")]),
        ("Clashes between Hindus and Muslims left two dead.", "India", "en",
         [("Hindus", "Hindu Communal Militia (India)"), ("Muslims", "Muslim Communal Militia (India)")]),
        ("Sebei tribesmen crossed the border and attacked a village.", "Kenya", "en",
         [("Sebei tribesmen", "Sebei Ethnic Militia (Uganda)")]),
    ],
)
def test_bare_group_names_are_sides_of_a_fight(
    kb: ActorKB, text: str, country: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert found(kb, text, country, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in Turkana on Monday.",  # a county, not a side
        "A raid at the border between Turkana and West Pokot counties.",  # places after "between"
        "Muslims protested in the capital.",  # a community, not an armed side
        "the kikuyu language is spoken there.",  # English writes peoples' names capitalised
    ],
)
def test_bare_group_names_elsewhere_are_no_actor(kb: ActorKB, text: str) -> None:
    assert not [name for _, name in found(kb, text, "Kenya") if "Militia" in name]
