"""Session 26: two things crowds do that were read as no riot. A crowd that holds people ("residents blocking the road
held a lorry driver hostage", "protesters abducted the county officer") riots: ACLED's violence against civilians is
an organised armed group's (crowd_types.crowd_abduction; Kenya exports code all four such readable notes as violent
demonstrations). And property a crowd damaged or wrecked ("supporters damaged property", "youths wrecked two
matatus") is its riot, as property it destroyed is. Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import pytest
from report_events import extract, main_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesting the lack of jobs at a quarry, residents blocked the road to the site in Kitui for two days, "
         "holding a lorry driver hostage.", ("Riots", "Violent demonstration")),
        ("Fishermen rioted against the police presence on the island on Monday and held two officers hostage for a "
         "day.", ("Riots", "Violent demonstration")),
        ("Demonstrators kidnapped a county official in Kitui on Tuesday to press for compensation.",
         ("Riots", "Violent demonstration")),
        ("Rioting students took their principal hostage in Nyeri on Monday.", ("Riots", "Violent demonstration")),
        ("Protesters held a lorry driver hostage on the road to the quarry in Kitui on Monday.",
         ("Riots", "Violent demonstration")),
        ("Party supporters damaged property in Muranga on Monday during the nominations.", ("Riots", "Mob violence")),
        ("Angry youths wrecked two matatus at the bus park in Kisumu on Monday.", ("Riots", "Mob violence")),
    ],
)
def test_a_crowd_holding_people_or_wrecking_property_riots(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen abducted two traders on the Mandera road on Tuesday.",
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("Angry villagers in Embu held a county officer hostage on Tuesday over unpaid compensation.",
         ("Riots", "Mob violence")),
    ],
)
def test_armed_takers_abduct_and_a_mob_stays_a_mob(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


def test_rain_damage_is_no_event() -> None:
    assert extract("Heavy rains damaged houses in Kisumu on Monday.", "en", None).events == []
