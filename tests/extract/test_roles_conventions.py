"""ACLED's conventions for sides the text names only by what they did: aircraft, livestock raids, clans and
communities named as "members of X and Y", peoples' militants. Synthetic reports; real spaCy, geocoder and KB.
"""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language", "country", "actor1"),
    [
        ("Two people were killed in an air raid on a market near Kutum on Tuesday.", "en", "SD",
         "Military Forces of Sudan"),
        ("Une frappe aérienne a tué trois personnes près de Kidal mardi.", "fr", "ML", "Military Forces of Mali"),
    ],
)
def test_an_air_strike_by_no_one_named_is_the_state_s(text: str, language: str, country: str, actor1: str) -> None:
    event = main_event(text, language, country)
    assert event.sub_event_type == "Air/drone strike"
    assert names(event)[0] == actor1


def test_an_air_strike_keeps_a_named_owner() -> None:
    assert names(main_event("A US drone strike killed four militants in North Waziristan on Monday.", "en", "PK"))[0] \
        == "Military Forces of the United States"


@pytest.mark.parametrize(
    ("text", "language", "country", "actor1"),
    [
        ("Armed men raided a homestead near Baragoi on Sunday, killing two herders and driving off 200 goats.", "en",
         "KE", "Unidentified Communal Militia (Kenya)"),
        ("Cattle rustlers shot dead a herdsman near Rumbek on Friday.", "en", "SS",
         "Unidentified Communal Militia (South Sudan)"),
        ("Des voleurs de bétail ont tué deux bergers près de Ménaka vendredi.", "fr", "ML",
         "Unidentified Communal Militia (Mali)"),
        # raiders the text gives a people keep it
        ("Pokot raiders stole 100 cattle and killed a herder near Kapedo on Sunday.", "en", "KE",
         "Pokot Ethnic Militia (Kenya)"),
    ],
)
def test_livestock_raiders_are_a_communal_militia(text: str, language: str, country: str, actor1: str) -> None:
    assert names(main_event(text, language, country))[0] == actor1


def test_gunmen_without_livestock_stay_an_unidentified_armed_group() -> None:
    assert names(main_event("Gunmen shot dead a trader near Garissa on Sunday.", "en", "KE"))[0] \
        == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people died in clashes between members of the Garre and Degodia clans near Elwak on Monday.",
         {"Garre Ethnic Militia (Kenya)", "Degodia Ethnic Militia (Kenya)"}),
        ("Six were killed in fresh clashes between members of Borana and Gabra communities near Moyale.",
         {"Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)"}),
        ("Clashes between Masaai and Kipsigis groups over grazing land left two dead near Narok.",
         {"Maasai Ethnic Militia (Kenya)", "Kipsigi Ethnic Militia (Kenya)"}),
        ("Three people were killed in community clashes on Friday.",
         {"Unidentified Communal Militia (Kenya)"}),
    ],
)
def test_sides_of_a_clash_between_peoples(text: str, expected: set[str]) -> None:
    event = main_event(text, "en", "KE")
    assert event.event_type == "Battles"
    assert set(names(event)) == expected


def test_a_people_s_militants_are_its_militia() -> None:
    assert names(main_event("A teacher was killed by Pokot militants near Chemolingot on Tuesday.", "en", "KE"))[0] \
        == "Pokot Ethnic Militia (Kenya)"


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        # civilians are never a side of a battle: people set against an armed side fight as their militia
        ("Six people died in a clash between Fulani herdsmen and farmers near Lafia on Monday.", "en", "NG",
         {"Fulani Ethnic Militia (Nigeria)", "Unidentified Communal Militia (Nigeria)"}),
        # a qualifier before the second side keeps the pair: "and former Seleka militiamen"
        ("Clashes near Kaga-Bandoro between Fulani herders and former Seleka militiamen left nine dead.", "en", "CF",
         {"Fulani Ethnic Militia (Central African Republic)", "Séléka Militia"}),
        ("Des affrontements entre des éleveurs peuls et des chasseurs dozos ont fait six morts près de Djenné.", "fr",
         "ML", {"Fulani Ethnic Militia (Mali)", "Dan Na Ambassagou"}),
    ],
)
def test_people_in_a_clash_between_two_sides_fight(text: str, language: str, country: str, expected: set[str]) -> None:
    event = main_event(text, language, country)
    assert event.event_type == "Battles"
    assert set(names(event)) == expected


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("A roadside bomb killed two police officers near Mandera on Monday. Al Shabaab is believed to be "
         "responsible.", "en", "KE"),
        ("Gunmen shot dead a chief near Lamu on Sunday. The attackers are thought to be al Shabaab fighters.", "en",
         "KE"),
        ("Une mine a tué deux soldats près de Mandera lundi. Les Shebab seraient responsables de l'attaque.", "fr",
         "KE"),
    ],
)
def test_a_group_believed_responsible_is_the_attacker(text: str, language: str, country: str) -> None:
    assert names(main_event(text, language, country))[0] == "Al Shabaab"


def test_the_state_force_named_in_an_air_strike_struck() -> None:
    event = main_event("Une frappe aérienne de la force Barkhane a tué plusieurs personnes près de Douentza dimanche.",
                       "fr", "ML")
    assert event.sub_event_type == "Air/drone strike"
    assert names(event)[0] == "Military Forces of France"
