"""Who is no side of an attack: forces told before or after it or sent after the attackers, groups named only
as whom a spokesman speaks for; and what decides the attacker when the report says nobody is known, a group
claims it, or an attack noun is completed by its doers ("l'attaque d'hommes armés"). Synthetic reports written
for these tests; real spaCy, geocoder and actor knowledge base.
"""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the troops' leaving is told in a clause of what came before: they did not attack
        ("Gunfire was heard as the village of Kolo came under attack on Friday, less than a day after Malian troops "
         "stationed there left their base. Twelve villagers were killed.", "en"),
        ("Le village de Kolo a été attaqué vendredi, moins de 24 heures après que les soldats maliens ont quitté "
         "leur base. Douze villageois ont été tués.", "fr"),
    ],
)
def test_a_force_told_in_a_clause_of_before_or_after_is_not_the_attacker(text: str, language: str) -> None:
    event = main_event(text, language, "ML")
    assert event.event_type == "Violence against civilians"
    assert names(event) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_the_clause_of_after_still_tells_the_attack_when_it_holds_the_violence() -> None:
    event = main_event("Three villagers died in Kolo on Friday after gunmen opened fire on a bus.", "en", "ML")
    assert names(event) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    assert event.actor1 is not None and event.actor1.mention == "gunmen"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Troops were deployed to Kolo on Friday after ten civilians were killed in the village.", "en"),
        ("Des soldats ont été dépêchés vendredi à Kolo après que dix civils ont été tués dans le village.", "fr"),
    ],
)
def test_a_force_sent_after_the_attack_is_not_the_attacker(text: str, language: str) -> None:
    assert names(main_event(text, language, "ML")) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_a_force_that_pursues_and_kills_is_a_side() -> None:
    text = "Kenyan police pursued the robbers near Garissa on Monday and shot dead two of them."
    event = main_event(text, "en", "KE")
    assert event.actor1 is not None and event.actor1.name == "Police Forces of Kenya"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A statement did not say who carried out the attack on Kolo on Friday, in which militiamen killed ten "
         "villagers.", "en"),
        ("Des miliciens ont tué dix villageois à Kolo vendredi. L'attaque n'a pas été revendiquée.", "fr"),
    ],
)
def test_attackers_named_by_a_category_are_unidentified_when_nobody_is_known(text: str, language: str) -> None:
    event = main_event(text, language, "ML")
    assert names(event) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    assert event.actor1 is not None and event.actor1.evidence is not None
    assert event.actor1.evidence.rule == "actor:unknown-attacker"


def test_a_named_attacker_stays_when_nobody_claimed() -> None:
    text = "Al Shabaab fighters killed four villagers in Mandera on Monday. No group has claimed the attack."
    assert names(main_event(text, "en", "KE")) == ("Al Shabaab", "Civilians (Kenya)")


def test_an_attack_noun_completed_by_armed_men_names_the_attackers() -> None:
    text = "Le village de Kolo a été vendredi la cible d'une attaque meurtrière d'hommes armés non identifiés."
    event = main_event(text, "fr", "ML")
    assert event.actor1 is not None and event.actor1.mention == "hommes armés non identifiés"


def test_a_group_named_only_as_whom_a_spokesman_speaks_for_has_no_role() -> None:
    text = ("Ten soldiers were killed in an attack on a camp near Gao on Tuesday. A spokesman for the Malian Armed "
            "Forces said that 13 soldiers were wounded in the attack.")
    event = main_event(text, "en", "ML")
    assert names(event) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")
    assert event.actor2 is not None and event.actor2.mention == "soldiers"


def test_the_group_a_spokesman_speaks_for_did_what_the_group_did() -> None:
    text = "According to an Al Shabaab commander, the group destroyed two telecom masts in Lamu on Monday."
    event = main_event(text, "en", "KE")
    assert event.actor1 is not None and event.actor1.name == "Al Shabaab"


def test_a_claim_takes_the_attack_from_the_state_side_read_as_its_subject() -> None:
    text = ("Ten soldiers were killed on Tuesday during an attack by armed groups in Bourem. A coalition of former "
            "rebels says they were responsible for the attack and that they have begun operations in the area.")
    event = main_event(text, "en", "ML")
    assert names(event) == ("Coordination of Azawad Movements", "Military Forces of Mali")


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        ("On Monday, pastoralists attacked farmers near Kitui, killing two.", "en", "KE",
         ("Unidentified Communal Militia (Kenya)", "Civilians (Kenya)")),
        ("Des éleveurs ont attaqué lundi des cultivateurs près de Kolo, tuant deux personnes.", "fr", "ML",
         ("Unidentified Communal Militia (Mali)", "Civilians (Mali)")),
        # herders who are hit stay civilians
        ("Gunmen killed four herders near Kitui on Monday.", "en", "KE",
         ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")),
    ],
)
def test_herders_who_attack_are_a_communal_militia(
    text: str, language: str, country: str, expected: tuple[str, str]
) -> None:
    assert names(main_event(text, language, country)) == expected
