"""Session 26: rioters fighting each other are ACLED's mob violence ("Rioters violently interact with other
rioters"), not a violent demonstration, whose violence is against a force or property. Before, the riot or stone
words typed "supporters of the two aspirants threw stones at each other" a violent demonstration (Kenya exports:
rioters on both sides are mob violence in 56 of 60 recent notes). A state force named in the sentence is one of the
sides ("running battles between the two groups") and the riot keeps its type. Reports are synthetic, written for
these tests; real spaCy."""

from __future__ import annotations

import pytest
from report_events import main_type


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Supporters of the two aspirants threw stones at each other outside the tallying centre in Nyeri.", "en"),
        ("Youths from two estates rioted and fought one another with clubs in Kisumu on Sunday.", "en"),
        ("Rival groups of traders rioted at the market in Nakuru, hurling rocks at each other.", "en"),
        ("Two rival camps of students rioted and attacked each other at the college in Embu.", "en"),
        ("Delegates rioted and battled each other at the party's elections in Kakamega.", "en"),
        ("Des émeutiers de deux quartiers se sont battus entre eux à coups de pierres à Bouaké.", "fr"),
    ],
)
def test_rioters_fighting_each_other_are_mob_violence(text: str, language: str) -> None:
    assert main_type(text, language) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        # a force in the sentence is one of "the two groups"
        "Protesters marched in Mombasa against the electoral commission. They were dispersed by police with tear gas "
        "following running battles between the two groups.",
        # one crowd against the police
        "Students rioted and stoned police in Eldoret over fee increases.",
    ],
)
def test_a_riot_against_a_force_stays_a_violent_demonstration(text: str) -> None:
    assert main_type(text) == ("Riots", "Violent demonstration")
