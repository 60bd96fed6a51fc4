"""Session 21: a protest a force scattered with warning shots ("fired into the air", "tirs de sommation") or turned
back is a protest with intervention (ACLED: physically stopped or dispersed without serious injury); shots fired at
the protesters stay excessive force. Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import pytest
from report_events import main_type


@pytest.mark.parametrize(("text", "language"), [
    ("Police fired into the air to scatter hundreds of traders protesting in Kibos on Monday.", "en"),
    ("Teachers marching to the county offices in Kibos were turned back by police on Monday.", "en"),
    ("Des gendarmes ont effectué des tirs de sommation pour éloigner les manifestants lundi à Dosso.", "fr"),
])
def test_warning_shots_or_a_march_turned_back_are_an_intervention(text: str, language: str) -> None:
    assert main_type(text, language) == ("Protests", "Protest with intervention")


def test_shots_fired_at_protesters_stay_excessive_force() -> None:
    text = "Police fired at traders protesting in Kibos on Monday, wounding four of them."
    assert main_type(text) == ("Protests", "Excessive force against protesters")
