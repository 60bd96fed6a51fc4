"""`SubType.protest`: a protest trigger told by its own words, not a modifier that only sub-types a protest."""

from __future__ import annotations

import pytest

from sitrep.extract.vocabulary import find_hits, vocabulary


@pytest.mark.parametrize(("name", "protest"), [
    ("Peaceful protest", True),
    ("Crowd dispersed", True),
    ("Protest with intervention", False),  # a modifier
    ("Excessive force against protesters", False),  # a modifier
    ("Violent demonstration", False),  # a riot
    ("Armed clash", False),
])
def test_protest_sub_types(name: str, protest: bool) -> None:
    assert vocabulary().sub_types[name].protest is protest


def test_a_march_is_told_as_a_protest_and_a_riot_is_not() -> None:
    march = "Traders marched through the town centre on Monday."
    riot = "Youths rioted in the town centre on Monday."
    assert any(h.sub.protest for h in find_hits(march, 0, len(march), "en"))
    assert not any(h.sub.protest for h in find_hits(riot, 0, len(riot), "en"))
