"""Session-12 crowd typing rules, each pinned on synthetic sentences written for these tests.

What a protest is about is no violence of its demonstrators: damage or a beating told in whose-clauses ("farmers
whose crops were damaged"), in a repair demanded ("to fix damaged roads") or in what they allege or blame.
Force used or tried on a door, a gate or a police line ("tried to break down the gate", "broke a police line") is a
violent demonstration, also when told after "after the protesters". Traffic, rail or classes "disrupted" in a
passive tell what befell them, not a disrupted event.
"""

from __future__ import annotations

import pytest
from report_events import main_type

PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The grievance: someone else's damage or beating, which the demonstrators decry.
        ("Farmers whose maize was damaged by floods demonstrated outside the county offices in Bungoma.", PEACEFUL),
        ("Traders in Kisumu staged a protest demanding that the county repair damaged market stalls.", PEACEFUL),
        ("Students marched in Nyeri, alleging that a classmate was beaten up by a guard.", PEACEFUL),
        ("Parents protested in Embu, blaming the principal for the destroyed dormitory.", PEACEFUL),
        # The demonstrators' own damage and beating stay theirs.
        ("Farmers demonstrated outside the county offices in Bungoma and damaged the gate.", VIOLENT_DEMO),
        ("Students marched in Nyeri and beat up a guard at the gate.", VIOLENT_DEMO),
    ],
)
def test_grievance_is_no_violence(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Force tried on a place or on a police line is the demonstrators' violence.
        ("Traders demonstrated in Kisii and tried to break down the gate of the county offices.", VIOLENT_DEMO),
        ("Students marched on the ministry in Nairobi and broke a police line at the gate.", VIOLENT_DEMO),
        # Told after "after", the attempt is still theirs; a gunmen's attempt is what a protest decries.
        ("Police fired tear gas after the protesters tried to break into the station in Siaya.", VIOLENT_DEMO),
        ("Villagers protested in Lamu after gunmen tried to break into the school.", PEACEFUL),
    ],
)
def test_force_tried(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What befell traffic, rail or transport is told in a passive: no act of the demonstrators.
        ("Rail services in Nakuru were disrupted after farmers sat on the tracks to protest unpaid dues.", PEACEFUL),
        ("Transport on the Thika road was disrupted by a four-hour demonstration of sand traders.", PEACEFUL),
        # Demonstrators who disrupt an event are violent.
        ("Protesters disrupted a county assembly meeting in Kakamega on Monday.", VIOLENT_DEMO),
    ],
)
def test_disrupted_in_passing(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
