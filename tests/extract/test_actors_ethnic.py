"""Ethnic, clan and communal groups in the actor knowledge base: a bare group name is a side only in a fight.
Sentences are synthetic, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.extract.actors import ActorKB, ActorKBError, get_actor_kb


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


def test_parties_fight_as_their_militias(kb: ActorKB) -> None:
    bnp = kb.lookup("BNP")
    awami = kb.lookup("Awami League")
    assert bnp is not None and awami is not None
    assert (militia := kb.militia_of(bnp)) is not None and militia.name == "BNP: Bangladesh Nationalist Party Militia"
    assert (militia := kb.militia_of(awami)) is not None and militia.name == "Bangladesh Awami League Militia"
    odm = kb.lookup("ODM")  # ACLED codes Kenya's parties under their own names
    assert odm is not None and kb.militia_of(odm) is None


def test_a_militia_that_is_no_actor_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text('actors:\n- {name: "Party X", type: Political militia, militia: "Party X Armed Wing"}\n')
    with pytest.raises(ActorKBError, match=r"mine\.yaml.*Party X.*Party X Armed Wing"):
        ActorKB.load(paths=[path])


def test_foreigners_protesting_abroad_are_their_country_s_protesters(kb: ActorKB) -> None:
    text = "Hundreds of Eritrean refugees demonstrated outside the embassy in Addis Ababa."
    assert found(kb, text, "Ethiopia") == [
        ("Hundreds", "Protesters (Eritrea)"),
        ("Eritrean refugees", "Protesters (Eritrea)"),
    ]
    text = "Des centaines de réfugiés maliens ont manifesté à Niamey."
    assert ("réfugiés maliens", "Protesters (Mali)") in found(kb, text, "Niger", "fr")


def test_a_people_named_like_a_nation_keeps_militants_for_the_nation() -> None:
    kb = get_actor_kb()
    somali = kb.find_mentions("Somali militants attacked a police post in Mandera.", "en", country="Kenya")[0]
    pokot = kb.find_mentions("Pokot militants attacked a police post in Baringo.", "en", country="Kenya")[0]
    assert somali.ref.name != "Somali Ethnic Militia (Kenya)"
    assert pokot.ref.name == "Pokot Ethnic Militia (Kenya)"
