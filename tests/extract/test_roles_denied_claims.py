"""Saying that nobody claimed an attack is no claim: the group named in the same sentence as a suspect did not
claim it."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "No group immediately claimed responsibility, but suspicion fell on the Pakistani Taliban (TTP).",
        "No one has claimed responsibility for the attack, which bore the hallmarks of the Pakistani Taliban (TTP).",
    ],
)
def test_a_denied_claim_names_no_claimant(sentence: str) -> None:
    text = ("A roadside bomb struck a military vehicle in North Waziristan on Sunday, killing seven soldiers, the "
            f"military said. {sentence}")
    (event,) = extract(text, "en", dt.date(2025, 6, 23)).events
    assert event.claimed_by is None


def test_a_claim_after_a_denial_still_counts() -> None:
    text = ("A roadside bomb struck a military vehicle in North Waziristan on Sunday, killing seven soldiers. No group "
            "claimed it at first. On Monday the Pakistani Taliban (TTP) claimed responsibility.")
    (event,) = extract(text, "en", dt.date(2025, 6, 24)).events
    assert event.claimed_by is not None and event.claimed_by.name.startswith("TTP")
