"""Protest sub-types: a symbol burned, the violence a protest is about, violence denied and a disruption of
classes do not make it a riot (issue #4)."""

from __future__ import annotations

import pytest
from report_events import main_type

from sitrep.extract.protest_types import protest_sub_type

PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(("text", "expected"), [
    # Burning a flag, an effigy or copies of a text is the protest's symbol.
    ("Members of several parties staged a protest outside the embassy and burnt the national flag of the country.",
     PEACEFUL),
    ("Party activists burnt copies of the draft constitution at a rally in the district headquarters on Tuesday.",
     PEACEFUL),
    # The violence the protest is about happened before it.
    ("Dalit residents of a village near Salem protested after a group of upper-caste men attacked a labourer.",
     PEACEFUL),
    ("Students staged a protest in Rongo after their hostel was burned.", PEACEFUL),
    ("Hundreds marched in Nakuru to protest the government's failure to stop cattle raids and killings.", PEACEFUL),
    # Violence denied, and a disruption that is no violence.
    ("A protest by parents disrupted learning at a primary school in Kisii on Monday.", PEACEFUL),
    # Property burned, stones thrown by the demonstrators: a riot.
    ("Residents protested in Kisii and burned a police vehicle.", VIOLENT_DEMO),
    ("Protest against a foreign-owned mining firm turns violent in Kwale.", VIOLENT_DEMO),
    ("Protesters burned tyres and pelted police with stones in Nairobi.", VIOLENT_DEMO),
])
def test_protest_or_riot(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


def test_symbols_are_not_modifiers() -> None:
    assert protest_sub_type("They protested and burned the flag of the ruling party.", "en")[0] == "Peaceful protest"
    assert protest_sub_type("They protested and burned a bus.", "en")[0] == "Violent demonstration"


def test_violence_denied_is_no_modifier() -> None:
    denied = "They marched through the town, devoid of the usual clashes with police."
    assert protest_sub_type(denied, "en")[0] == "Peaceful protest"
    clashed = "They marched through the town and clashed with police."
    assert protest_sub_type(clashed, "en")[0] == "Violent demonstration"
