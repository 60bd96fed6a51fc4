"""Session 13 (second round) actor rules: vigilantes and "junta forces" are the report's country's, Al Qaeda is
coded by its local branch, separatists in Balochistan are the Baloch Separatists, and a source who told of an event
is no side in it. Synthetic reports; real spaCy, geocoder and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.extract.actors import ActorKB, get_actor_kb


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return get_actor_kb()


@pytest.mark.parametrize(
    ("text", "language", "country", "actor"),
    [
        ("Vigilantes chased the thieves.", "en", "Burkina Faso", "Vigilante Group (Burkina Faso)"),
        ("Local vigilantes chased the thieves.", "en", "Nigeria", "Vigilante Group (Nigeria)"),
        ("Des milices d'autodéfense ont riposté.", "fr", "Burkina Faso",
         "Unidentified Communal Militia (Burkina Faso)"),
        ("Hisbah operatives arrested ten men.", "en", "Nigeria", "Vigilante Group (Nigeria)"),
    ],
)
def test_vigilantes_nobody_names_are_the_report_countrys(
    kb: ActorKB, text: str, language: str, country: str, actor: str
) -> None:
    assert kb.find_mentions(text, language, country)[0].ref.name == actor


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Junta forces shelled a village in Sagaing region, killing four civilians.", "en"),
        ("Des forces de la junte ont tué trois civils près de Mandalay.", "fr"),
    ],
)
def test_junta_forces_are_the_states_military(text: str, language: str) -> None:
    assert names(main_event(text, language, "MM"))[0] == "Military Forces of Myanmar"


@pytest.mark.parametrize(
    ("country", "actor"),
    [
        ("Pakistan", "AQIS: Al Qaeda in the Indian Subcontinent"),
        ("Bangladesh", "AQIS: Al Qaeda in the Indian Subcontinent"),
        ("India", "AQIS: Al Qaeda in the Indian Subcontinent"),
        ("Yemen", "AQAP: Al Qaeda in the Arabian Peninsula"),
        ("Somalia", "Al Qaeda"),  # no branch ACLED names there
    ],
)
def test_al_qaeda_is_coded_by_its_local_branch(kb: ActorKB, country: str, actor: str) -> None:
    [mention] = kb.find_mentions("Al Qaeda claimed the killing.", "en", country)
    assert (mention.ref.name, mention.rule) == (actor, "actor:al-qaeda-branch" if actor != "Al Qaeda" else
                                                "actor:alias")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Separatist militants attacked a checkpoint in Turbat, Balochistan, killing three soldiers.",
         "Baloch Separatists (Pakistan)"),
        # attackers not called separatists, and separatists elsewhere, stay unidentified
        ("Militants attacked a checkpoint in Turbat, Balochistan, killing three soldiers.",
         "Unidentified Armed Group (Pakistan)"),
        ("Separatist militants attacked a police station in Hyderabad, Sindh, killing three policemen.",
         "Unidentified Armed Group (Pakistan)"),
    ],
)
def test_separatists_in_balochistan_are_the_baloch_separatists(text: str, actor1: str) -> None:
    assert names(main_event(text, "en", "PK"))[0] == actor1


@pytest.mark.parametrize(
    "text",
    [
        "Police said the families fought with pangas and arrows in Marsabit.",
        "Two families clashed over land in Kisii, police said.",
    ],
)
def test_the_police_who_told_of_a_fight_are_no_side(text: str) -> None:
    assert "Military Forces of Kenya" not in names(main_event(text, "en", "KE"))


def test_the_group_of_a_source_who_told_of_an_attack_is_no_side() -> None:
    text = ("Seven villagers were killed on Tuesday when military aircraft bombed a monastery in a township of "
            "Myanmar's Sagaing region, where families had sheltered, a member of the local People's Defence Force "
            "said.")
    assert names(main_event(text, "en", "MM")) == ("Military Forces of Myanmar", "Civilians (Myanmar)")


@pytest.mark.parametrize(
    "text",
    [
        "Police found him dead with gunshot wounds in Kisumu on Monday.",
        "A businessman was killed in Eldoret on Sunday. Police found him dead in his car with stab wounds.",
        "Police found the body of a woman who had been strangled in Thika.",
    ],
)
def test_the_police_who_found_the_dead_are_not_the_attackers(text: str) -> None:
    assert names(main_event(text, "en", "KE"))[0] == "Unidentified Armed Group (Kenya)"


def test_the_police_who_found_someone_and_shot_him_did_it() -> None:
    event = main_event("Police found the suspect and shot him dead in Kisumu.", "en", "KE")
    assert names(event)[0] == "Police Forces of Kenya"
