"""Sides ACLED codes by convention: the force that handles a demonstration, the police behind arrests, a group
that reports its own deed, and violence the text calls ethnic, clan or communal. Synthetic reports written for
these tests; real spaCy, geocoder and actor knowledge base.
"""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        ("Police clashed with rioters in the market on Tuesday after traders set fire to tyres.", "en", "KE",
         ("Rioters (Kenya)", "Police Forces of Kenya")),
        ("People protested against the government in the town on Friday. Soldiers fired on the protesters, "
         "killing one.", "en", "ET", ("Protesters (Ethiopia)", "Military Forces of Ethiopia")),
        # unnamed security forces handling a crowd are its police
        ("Security forces dispersed a protest by students near the ministry in Cairo on Monday.", "en", "EG",
         ("Protesters (Egypt)", "Police Forces of Egypt")),
        ("Des manifestants ont affronté la police à Niamey lundi; les policiers ont tiré des gaz lacrymogènes.",
         "fr", "NE", ("Protesters (Niger)", "Police Forces of Niger")),
        # the force may be told in a sentence of its own
        ("Traders rioted in Nakuru on Monday, stoning cars. Police arrested several of them.", "en", "KE",
         ("Rioters (Kenya)", "Police Forces of Kenya")),
        # mob violence: the people a mob hurts are civilians, a force it attacks is its target
        ("A lynch mob killed a murder suspect in Kithimu on Tuesday.", "en", "KE",
         ("Rioters (Kenya)", "Civilians (Kenya)")),
        ("A vigilante mob in Binyenya village lynched a senior police officer on Monday.", "en", "KE",
         ("Rioters (Kenya)", "Police Forces of Kenya")),
    ],
)
def test_the_force_that_handles_a_demonstration_is_its_other_side(
    text: str, language: str, country: str, expected: tuple[str, str]
) -> None:
    assert names(main_event(text, language, country)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents marched peacefully against the government in Nakuru on Monday.",
        "Party members staged protests along the border in Punjab against the Border Security Force on Monday.",
        "Eldoret residents protested against the killing of civilians by police officers on Monday.",
    ],
)
def test_a_government_or_force_protested_against_is_no_side(text: str) -> None:
    assert names(main_event(text, "en", "IN" if "Punjab" in text else "KE"))[1] is None


def test_a_mob_that_only_burned_vehicles_hurt_no_one() -> None:
    event = main_event("In Munshiganj, assailants torched a bus and a truck on Monday morning during the blockade.",
                       "en", "BD")
    assert names(event) == ("Rioters (Bangladesh)", None)


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        ("Troops of the 21 Brigade and the Civilian JTF on a patrol of Zangebe village killed six Boko Haram "
         "fighters on Sunday.", "en", "NG",
         ("Military Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")),
        ("Les soldats, appuyés par des miliciens dozos, ont tué dix jihadistes près de Djenné lundi.", "fr", "ML",
         ("Military Forces of Mali", "Unidentified Armed Group (Mali)")),
        # subjects of a mutual verb are the two sides
        ("Boko Haram fighters and soldiers clashed near Dikwa on Monday, leaving seven dead.", "en", "NG",
         ("Military Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")),
    ],
)
def test_a_group_named_with_a_state_force_fights_on_its_side(
    text: str, language: str, country: str, expected: tuple[str, str]
) -> None:
    assert names(main_event(text, language, country)) == expected


def test_arrests_are_the_police_s_unless_another_force_is_named() -> None:
    event = main_event("A former governor was arrested in Nairobi on Thursday over corruption charges.", "en", "KE")
    assert (event.sub_event_type, names(event)[0]) == ("Arrests", "Police Forces of Kenya")


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        ("The army said it killed ten militants in an operation near Diffa on Tuesday.", "en", "NE",
         ("Military Forces of Niger", "Unidentified Armed Group (Niger)")),
        ("Kenyan forces claim to have killed three al Shabaab fighters near Kolbio on Monday.", "en", "KE",
         ("Military Forces of Kenya", "Al Shabaab")),
        ("L'armée a annoncé qu'elle avait neutralisé dix terroristes près de Ménaka lundi.", "fr", "ML",
         ("Military Forces of Mali", "Unidentified Armed Group (Mali)")),
        ("L'armée affirme avoir tué dix terroristes lors d'une opération près de Ménaka lundi.", "fr", "ML",
         ("Military Forces of Mali", "Unidentified Armed Group (Mali)")),
    ],
)
def test_a_group_that_reports_its_own_deed_did_it(
    text: str, language: str, country: str, expected: tuple[str, str]
) -> None:
    assert names(main_event(text, language, country)) == expected


def test_a_group_that_reports_another_s_deed_has_no_role() -> None:
    event = main_event("Police found four bodies in a car in Gitaru on Monday. Police said they appeared to have "
                       "been strangled.", "en", "KE")
    assert names(event)[0] == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Twenty people died in an ethnically driven gun battle in Rhamu on Monday.", "KE",
         ("Unidentified Ethnic Militia (Kenya)", "Unidentified Ethnic Militia (Kenya)")),
        ("A clash between two unidentified clans near Moyale left three dead on Sunday.", "KE",
         ("Unidentified Clan Militia (Kenya)", "Unidentified Clan Militia (Kenya)")),
        # the named side keeps its name; the unnamed one is the community's
        ("Police engaged communal gunmen who had attacked a ranger near Isiolo on Friday, killing two.", "KE",
         ("Police Forces of Kenya", "Unidentified Communal Militia (Kenya)")),
    ],
)
def test_violence_called_ethnic_clan_or_communal(text: str, country: str, expected: tuple[str, str]) -> None:
    assert names(main_event(text, "en", country)) == expected


def test_the_state_force_s_ally_is_its_associate() -> None:
    event = main_event("Soldiers and Civilian JTF members killed seven Boko Haram fighters near Dikwa on Monday.",
                       "en", "NG")
    assert names(event)[0] == "Military Forces of Nigeria"
    assert [a.name for a in event.assoc_actor_1] == ["Civilian JTF"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Algerian lawyers protested in Tunis on Monday demanding the regularisation of their position.", "en"),
        ("Des avocats algériens ont manifesté à Tunis lundi pour réclamer la régularisation de leur situation.", "fr"),
    ],
)
def test_foreigners_who_protest_are_their_country_s_protesters(text: str, language: str) -> None:
    assert names(main_event(text, language, "TN"))[0] == "Protesters (Algeria)"
