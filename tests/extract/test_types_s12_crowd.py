"""Session-12 crowd typing rules, each pinned on synthetic sentences written for these tests.

What a protest is about is no violence of its demonstrators: damage or a beating told in whose-clauses ("farmers
whose crops were damaged"), in a repair demanded ("to fix damaged roads") or in what they allege or blame.
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
