"""A party's militia that clashed among itself ('two factions of X clashed') is both sides, as rival community
groups already were; with no state force named anywhere, the state's forces are no default second side."""

from __future__ import annotations

import pytest

from tests.extract.report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "militia"),
    [
        ("Clash\n\nTwo factions of Trinamool Congress clashed in Bardhaman on Tuesday.",
         "TMC: Trinamool Congress Party Militia"),
        ("Clash\n\nTwo factions of the Chhatra League clashed over a hall seat in Bogra on Tuesday.",
         "Bangladesh Awami League Militia"),
    ],
)
def test_factions_of_one_party_are_both_sides(text: str, militia: str) -> None:
    assert names(main_event(text)) == (militia, militia)


def test_a_named_force_is_still_the_other_side() -> None:
    text = "Clash\n\nTrinamool Congress men clashed with police in Bardhaman on Tuesday."
    assert names(main_event(text))[1] == "Police Forces of India"
