"""Arms taken from the people arrested (s20).

ACLED's codebook: disrupted weapons use is a weapons cache seized or explosives stopped before use; police who
arrest armed men and take the guns they carried have made an arrest. The sentences are synthetic, written for
these tests; the places are real.
"""

from __future__ import annotations

import pytest
from report_events import main_type

ARRESTS = ("Strategic developments", "Arrests")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested four armed men at a roadblock outside Moyale on Sunday and seized three rifles.",
        "Soldiers confiscated two pistols and detained the men carrying them near Moyale on Sunday.",
    ],
)
def test_guns_taken_from_the_arrested_are_an_arrest(text: str) -> None:
    assert main_type(text) == ARRESTS


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men near Moyale on Sunday and recovered a cache of rifles.",
        "Police arrested two men near Moyale on Sunday and recovered three explosive devices.",
        "Police seized three rifles hidden in a cave near Moyale on Sunday.",
    ],
)
def test_a_cache_explosives_or_guns_with_no_arrest_stay_disrupted_weapons_use(text: str) -> None:
    assert main_type(text) == DISRUPTED
