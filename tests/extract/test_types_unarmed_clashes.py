"""A clash of people no one arms (parties, legislators, journalists) is a riot, not a battle of armed groups;
communities and herders who fight stay organised sides (Battles)."""

from __future__ import annotations

import pytest
from report_events import main_type


@pytest.mark.parametrize(
    "text",
    [
        "Two political parties clashed in Nyeri town on Sunday, injuring two people.",
        "Lawmakers clashed in the county assembly in Kakamega on Tuesday over a disputed budget bill.",
        "Police and a group of journalists clashed outside the Kisii law courts on Monday.",
    ],
)
def test_unarmed_people_who_clash_riot(text: str) -> None:
    assert main_type(text)[0] == "Riots"


def test_herders_who_clash_are_an_armed_side() -> None:
    assert main_type("Herders and farmers clashed in Tana River on Sunday, leaving four people dead.")[0] == "Battles"
