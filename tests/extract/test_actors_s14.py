"""Session 14 actor rules: a group telling of its own fighters' deed claims it; a riot's other side is the force
that handled it, not a force, party or person the crowd rose over; a party named for its people is no side; an
acronym is not read as a group of another continent. Synthetic reports; real spaCy and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.extract.actors import get_actor_kb


@pytest.mark.parametrize(
    ("text", "language", "country", "group"),
    [
        ("A roadside bomb struck an army truck near Afgooye on Tuesday, killing four soldiers, an officer said. "
         "Al-Shabaab said in a statement on its radio station that its fighters had planted the device.", "en", "SO",
         "Al Shabaab"),
        ("Une embuscade a visé une patrouille de l'armée malienne près de Boni mardi, tuant cinq soldats. Le JNIM a "
         "affirmé dans un communiqué que ses combattants avaient tendu l'embuscade.", "fr", "ML",
         "JNIM: Group for Support of Islam and Muslims"),
    ],
)
def test_a_group_saying_its_fighters_did_it_claims_the_attack(text: str, language: str, country: str,
                                                              group: str) -> None:
    event = main_event(text, language, country)
    assert event.claimed_by is not None and event.claimed_by.name == group
    assert group in names(event)


def test_a_group_named_after_the_speaker_claims_nothing() -> None:
    event = main_event("A roadside bomb killed two soldiers near Afgooye on Tuesday. The army said its men had "
                       "attacked an al-Shabaab camp in the morning.", "en", "SO")
    assert event.claimed_by is None


def test_a_people_named_before_targeted_is_the_attacker() -> None:
    event = main_event("Pokot targeted police officers near Kapedo on Monday, killing two.", "en", "KE")
    assert "Pokot Ethnic Militia (Kenya)" in names(event)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        # the military camp is what the riot was about; the police fought the rioters
        ("Residents rioted in Garissa on Friday over the killing of a man who had entered a military camp. "
         "Rioters burnt tyres and clashed with police.", "Police Forces of Kenya"),
        # a force that handled the crowd itself stays
        ("Soldiers fired on rioters in Kisumu on Monday and police arrested five.", "Military Forces of Kenya"),
    ],
)
def test_a_riots_other_side_is_the_force_that_handled_it(text: str, force: str) -> None:
    event = main_event(text, "en", "KE")
    assert (event.event_type, names(event)) == ("Riots", ("Rioters (Kenya)", force))



@pytest.mark.parametrize(
    ("text", "country", "actor2"),
    [
        # a party named for the people a mob went for: they are civilians
        ("ZANU-PF supporters assaulted two MDC activists in Harare on Monday.", "ZW", "Civilians (Zimbabwe)"),
        ("UDF supporters attacked an ODM caravan in Kakamega on Saturday, injuring one man.", "KE",
         "Civilians (Kenya)"),
        # a party a riot was about is no side of it
        ("Youths barricaded roads and burned ballot papers in Nyeri to protest the Jubilee primaries.", "KE", None),
        # an armed militia the mob went for keeps its name; a party's own offices are the party's
        ("An angry mob lynched two Mungiki members in Murang'a on Sunday.", "KE", "Mungiki Militia"),
        ("Rioters burnt ODM offices in Kisumu in protest of irregular nominations.", "KE",
         "ODM: Orange Democratic Movement"),
    ],
)
def test_a_party_named_for_its_people_is_no_side_of_a_riot(text: str, country: str, actor2: str | None) -> None:
    event = main_event(text, "en", country)
    assert event.event_type == "Riots" and names(event)[1] == actor2


def test_a_groups_acronym_is_not_read_on_another_continent() -> None:
    kb = get_actor_kb()
    text = "Gunmen shot dead a PPP official in Mombasa on Monday."
    assert "PPP: Pakistan Peoples Party" not in [m.ref.name for m in kb.find_mentions(text, "en", "KE")]
    assert "PPP: Pakistan Peoples Party" in [m.ref.name for m in kb.find_mentions(text, "en", "PK")]


def test_other_spellings_of_peoples() -> None:
    assert names(main_event("Merile raiders attacked herders in Turkana on Monday, killing two.", "en", "KE"))[0] == (
        "Merrile Ethnic Militia (Ethiopia)")
