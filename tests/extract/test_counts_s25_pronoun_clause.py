"""A killing verb, then a pronoun that opens another clause before a victim noun: "killing civilians they suspect of
spying" kills civilians (no figure), not one suspect. Synthetic sentences, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


@pytest.mark.parametrize("text", [
    "Rights groups accuse the militia of killing civilians they suspect of spying for the army.",
    "The group is known for killing villagers who support the government.",
])
def test_a_clause_between_the_verb_and_the_noun_counts_no_one(text: str) -> None:
    assert find_counts(text, "en") == []


@pytest.mark.parametrize(("text", "who"), [
    ("A mob killed a man they suspected of theft.", "man"),
    ("The mob lynched a suspect in Kisumu.", "suspect"),
    ("Villagers killed a suspected thief.", "thief"),
])
def test_guard_the_victim_before_the_clause(text: str, who: str) -> None:
    assert [(c.low, c.who) for c in find_counts(text, "en")] == [(1, who)]
