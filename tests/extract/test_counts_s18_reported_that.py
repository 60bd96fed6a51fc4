"""Which "that" opens the subject of a reported pluperfect kill: only one the last reporting verb governs, after it;
a relative "that" before the verb does not make its own men the killers."""

from __future__ import annotations

import re

import pytest

from sitrep.extract.count_people import _reported_pluperfect


@pytest.mark.parametrize(
    ("before", "reported"),
    [
        ("the army said on Friday that its soldiers had killed ", True),
        ("the ministry said, adding that two soldiers were hurt and that the army had killed ", True),
        ("officials said that the man had killed ", False),
        ("a gang leader that its rivals said had killed ", False),  # the "that" comes before the verb
    ],
)
def test_the_that_after_the_reporting_verb(before: str, reported: bool) -> None:
    earlier = re.search(r"had killed", before)
    assert earlier is not None
    assert _reported_pluperfect(before, earlier, "en") is reported
