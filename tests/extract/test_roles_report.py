"""Actor roles read over a whole report (`roles.pick_actors` through `extract_article`): report-level rules,
the analyst's country hint, ACLED's naming of communal and ethnic violence, and the sides of a clash.
Reports are synthetic, written for these tests; real spaCy, geocoder and actor knowledge base.
"""

from __future__ import annotations

import pytest
from report_events import main_event, names


def test_jihadists_take_the_only_group_named_anywhere_in_the_report() -> None:
    event = main_event(
        "Jihadists attacked a military post near Djibo on Monday, killing ten soldiers.\n"
        "The region has seen repeated raids by Ansaroul Islam over the past year."
    )
    assert event.actor1 is not None and event.actor1.name == "Ansaroul Islam"
    assert event.actor1.evidence is not None and event.actor1.evidence.rule == "actor:jihadist-word:only-group-in-text"


def test_jihadist_words_stay_unidentified_when_another_armed_group_is_named() -> None:
    event = main_event(
        "Terrorists attacked an army camp near Lere on Sunday, killing five soldiers, the army said.\n"
        "The CMA said it had fought the army there.\n"
        "Experts say the Islamic State has doubled its territory in the region."
    )
    assert event.actor1 is not None and event.actor1.name != "Islamic State Sahel"


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        ("Hundreds of residents staged a protest on Monday against the closure of the market.", "en",
         "Protesters (Kenya)"),
        ("Des centaines d'habitants ont manifesté lundi contre la fermeture du marché.", "fr", "Protesters (Kenya)"),
    ],
)
def test_the_country_hint_names_generic_actors_when_the_text_names_no_place(
    text: str, language: str, actor1: str
) -> None:
    assert names(main_event(text, language, country="KE"))[0] == actor1


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        ("Clashes between Kalenjin and Kikuyu tribes left three people dead near Narok on Monday.", "en", "KE",
         ("Kalenjin Ethnic Militia (Kenya)", "Kikuyu Ethnic Militia (Kenya)")),
        ("Maasai and Kikuyu tribesmen clashed near Narok on Monday, leaving two dead.", "en", "KE",
         ("Maasai Ethnic Militia (Kenya)", "Kikuyu Ethnic Militia (Kenya)")),
        ("Des affrontements entre Peuls et Dogons ont fait dix morts lundi près de Bankass.", "fr", "ML",
         ("Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)")),
    ],
)
def test_the_sides_of_a_clash_in_text_order(
    text: str, language: str, country: str, expected: tuple[str, str]
) -> None:
    assert names(main_event(text, language, country)) == expected


@pytest.mark.parametrize(
    ("text", "language", "country", "actor1"),
    [
        ("Five people were killed in ethnic clashes in the valley on Monday.", "en", "KE",
         "Unidentified Ethnic Militia (Kenya)"),
        ("Gunmen from two rival communities clashed over grazing land on Sunday, killing two.", "en", "KE",
         "Unidentified Communal Militia (Kenya)"),
        ("Des affrontements intercommunautaires ont fait cinq morts dimanche dans le village.", "fr", "ML",
         "Unidentified Communal Militia (Mali)"),
        ("Renewed clan fighting killed four people on Friday.", "en", "SO", "Unidentified Clan Militia (Somalia)"),
    ],
)
def test_violence_between_communities_names_their_militias(
    text: str, language: str, country: str, actor1: str
) -> None:
    assert names(main_event(text, language, country))[0] == actor1


def test_communal_words_do_not_replace_a_named_attacker() -> None:
    text = "Al Shabaab fighters attacked a village on Monday amid ethnic tensions, killing four."
    event = main_event(text, "en", "KE")
    assert names(event)[0] == "Al Shabaab"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police raided an al Shabaab hideout in Mandera on Monday, killing two suspects.",
         ("Police Forces of Kenya", "Al Shabaab")),
        ("The army repelled an attack by al Shabaab fighters on a camp in Mandera on Monday.",
         ("Al Shabaab", "Military Forces of Kenya")),
    ],
)
def test_the_state_side_is_actor1_when_it_does_the_violence(text: str, expected: tuple[str, str]) -> None:
    assert names(main_event(text, "en", "KE")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accused is the attacker, as subject of a passive or as object
        ("Uganda People's Defence Force soldiers were accused of killing two herders in a village on Monday.",
         "Military Forces of Uganda"),
        ("The family accused the police of killing their son in Kisumu on Monday.", "Police Forces of Kenya"),
        # raiders named by their country are that country's ethnic militia
        ("Ethiopian raiders stole 300 cattle and killed two herders near Moyale on Monday.",
         "Unidentified Ethnic Militia (Ethiopia)"),
        # named communities in a dispute do not name the unidentified attacker
        ("One person was killed and cattle were stolen by bandits on Monday, in a dispute between Pokot and Turkana "
         "communities.", "Unidentified Communal Militia (Kenya)"),
    ],
)
def test_who_attacked(text: str, expected: str) -> None:
    assert names(main_event(text, "en", "KE"))[0] == expected


def test_party_supporters_who_fight_are_the_party_militia() -> None:
    event = main_event("Awami League men hacked a BNP leader to death in Feni on Monday.", "en", "BD")
    assert event.event_type != "Protests"
    assert names(event) == ("Bangladesh Awami League Militia", "BNP: Bangladesh Nationalist Party Militia")
    assert event.actor2 is not None and event.actor2.evidence is not None  # "BNP" names the party
    assert event.actor2.evidence.rule == "actor:party-militia"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the analyst says Kenya; a place abroad the text never ties to its country is likely a namesake
        ("Hundreds of protesters blocked the main road in Bamako on Monday.", "Protesters (Kenya)"),
        ("Hundreds of protesters blocked the main road in Bamako, Mali, on Monday.", "Protesters (Mali)"),
    ],
)
def test_generic_actors_keep_the_analyst_country_unless_the_text_names_another(text: str, actor1: str) -> None:
    assert names(main_event(text, "en", "KE"))[0] == actor1
