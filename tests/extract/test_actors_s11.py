"""Session 11 actor rules: peoples named beside an ethnic clash are its sides, people words that name the hurt,
"US" strikes, an attacker told in the sentence before the event. Synthetic reports; real spaCy, geocoder and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse ties neither people to the clash: the sentence still names them
        ("Nine people died in ethnic clashes near Wajir involving the Degodia and Garre clans.",
         ("Garre Ethnic Militia (Kenya)", "Degodia Ethnic Militia (Kenya)")),
        ("At least six people killed as Pokomo ethnic militia attacks a village in Tana River.",
         ("Pokomo Ethnic Militia (Kenya)", "Civilians (Kenya)")),
        # nobody named: the country's unidentified militia, as before
        ("Five people were killed in ethnic clashes near Moyale on Sunday.",
         ("Unidentified Ethnic Militia (Kenya)", "Unidentified Ethnic Militia (Kenya)")),
    ],
)
def test_peoples_named_beside_an_ethnic_clash_are_its_sides(text: str, expected: tuple[str, str]) -> None:
    assert names(main_event(text, "en", "KE")) == expected


def test_a_people_raided_is_no_raider() -> None:
    event = main_event("Raiders from Ethiopia stole cattle and attacked a village of the Gabra ethnic group.",
                       "en", "KE")
    assert names(event)[0] != "Gabra Ethnic Militia (Kenya)"


@pytest.mark.parametrize(
    "text",
    [
        "A group of youths attacked journalists in Kisumu on Monday.",
        "Angry youths attacked election officials and burnt their vehicle in Kakamega.",
    ],
)
def test_journalists_and_officials_a_mob_attacks_are_civilians(text: str) -> None:
    assert names(main_event(text, "en", "KE"))[1] == "Civilians (Kenya)"


@pytest.mark.parametrize(
    "text",
    [
        "US strikes killed 12 fighters near Jilib on Monday.",
        "A US airstrike killed nine al Shabaab militants near Jilib.",
        "US air strikes hit an al Shabaab camp near Jilib, killing seven.",
    ],
)
def test_us_strikes_are_the_united_states_forces(text: str) -> None:
    assert names(main_event(text, "en", "SO"))[0] == "Military Forces of the United States"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("In a crackdown on cattle theft, police set fire to a village near Kapedo. An infant died during the raid.",
         "Police Forces of Kenya"),
        ("Al Shabaab militants stopped a bus near Mandera on Monday. Two passengers were abducted.", "Al Shabaab"),
        # the sentence before tells no violence of its subject's
        ("On Monday police found the bodies of three men in a car near Thika. They had been strangled.",
         "Unidentified Armed Group (Kenya)"),
        ("Heavy rains hit Garissa on Monday. Two traders were shot dead in the town.",
         "Unidentified Armed Group (Kenya)"),
    ],
)
def test_an_attacker_told_in_the_sentence_before_is_the_event_s(text: str, actor1: str) -> None:
    assert names(main_event(text, "en", "KE"))[0] == actor1
