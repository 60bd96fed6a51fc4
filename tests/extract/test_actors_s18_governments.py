"""Session 18: who decrees is actor1. A state's government or its authorities that declare a curfew enacted it
("Authorities in X State declared a curfew"), unlike a group that only confirms or condemns an attack; a state
government is the country's government (ACLED names no sub-national governments in Nigeria)."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    "text",
    [
        "The Plateau State Government on Monday imposed a 24-hour curfew on Bokkos after a dispute over land.",
        "Authorities in Nigeria's Plateau State on Monday declared a dusk-to-dawn curfew in Bokkos after a dispute.",
    ],
)
def test_a_state_governments_curfew_is_the_governments(text: str) -> None:
    event = main_event(text, country="NG")
    assert (event.sub_event_type, names(event)[0]) == ("Other", "Government of Nigeria")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # confirming or condemning an attack is no part in it
        ("Police confirmed the attack on Bokkos on Monday in which gunmen killed four farmers.",
         ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
        ("The state government condemned the attack on Bokkos on Monday in which gunmen killed four farmers.",
         ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
        # a place named after its local government area is no government
        ("Gunmen killed four farmers in Bokkos Local Government Area on Monday.",
         ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
    ],
)
def test_who_only_speaks_of_an_attack_is_no_side(text: str, sides: tuple[str, str]) -> None:
    assert names(main_event(text, country="NG")) == sides


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armed separatists set fire to a primary school in Ndop, in Cameroon's North-West region, on Tuesday.", "en"),
        ("Des séparatistes armés ont incendié une école primaire à Ndop, dans la région du Nord-Ouest, mardi.", "fr"),
    ],
)
def test_separatists_in_the_anglophone_regions_are_the_ambazonians(text: str, language: str) -> None:
    assert names(main_event(text, language=language, country="CM"))[0] == "Ambazonian Separatists"


@pytest.mark.parametrize(
    "text",
    [
        # the same words elsewhere in Cameroon, and other attackers in the North-West, stay unidentified
        "Armed separatists attacked a gendarmerie post in Kousseri, in Cameroon's Far North region, on Tuesday.",
        "Gunmen set fire to a primary school in Ndop, in Cameroon's North-West region, on Tuesday.",
    ],
)
def test_other_attackers_stay_unidentified(text: str) -> None:
    assert names(main_event(text, country="CM"))[0] == "Unidentified Armed Group (Cameroon)"
