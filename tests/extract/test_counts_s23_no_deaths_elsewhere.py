""""No deaths were reported" takes back a death told before it in its own paragraph only: a later paragraph saying so
of another place ("In Mombasa ... No deaths were reported in the coastal city") leaves the first one's death alone.
Synthetic reports, real spaCy."""

from __future__ import annotations

from sitrep.extract.counts import find_counts


def test_no_deaths_in_another_paragraph_keeps_the_death_told_before() -> None:
    text = ("Police fired live rounds at marchers in Kisumu on Tuesday. Police said one protester had died.\n"
            "In Kakamega, youths blocked a road with burning tyres. No deaths were reported in the town.")
    assert [(c.kind, c.low) for c in find_counts(text, "en")] == [("killed", 1)]


def test_guard_no_deaths_in_the_same_paragraph_takes_the_death_back() -> None:
    text = "On 3 May, a man was lynched by a mob in Mbita for stealing a motorbike. No fatalities reported."
    assert [c for c in find_counts(text, "en") if c.kind == "killed"] == []
