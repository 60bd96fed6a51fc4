"""The dead of an earlier raid a victim is blamed for are no toll of his killing, and he is one dead ("a student
suspected of joining a raid that killed six was stoned to death": 1, not 6); a corpse is a death ("shot with arrows,
and his corpse beheaded"). Synthetic sentences, real spaCy."""

from __future__ import annotations

from sitrep.extract.counts import find_counts


def test_the_dead_of_the_raid_a_victim_is_suspected_of_are_a_grievance() -> None:
    text = ("On Monday, a student suspected of joining an armed raid that killed six at a school in Rampur was "
            "stoned to death by a mob.")
    assert ("killed", 6, True) in [(c.kind, c.low, c.grievance) for c in find_counts(text, "en")]


def test_a_raid_that_killed_told_without_blame_keeps_its_dead() -> None:
    """Guard: no one is suspected of it; it is the event told."""
    text = "Gunmen raided a school in Rampur on Monday in an attack that killed six."
    assert [(c.kind, c.low, c.grievance) for c in find_counts(text, "en")] == [("killed", 6, False)]


def test_a_victims_corpse_is_one_dead() -> None:
    text = "On Monday, a young man was shot with arrows, and his corpse beheaded, by a militia near Rampur."
    assert [(c.kind, c.low) for c in find_counts(text, "en")] == [("killed", 1)]


def test_the_victim_blamed_for_a_raids_dead_is_one_dead() -> None:
    text = ("On Monday, a student suspected of joining an armed raid that killed six at a school in Rampur was "
            "stoned to death by a mob.")
    assert [(c.kind, c.low) for c in find_counts(text, "en") if not c.grievance] == [("killed", 1)]


def test_a_man_accused_of_killing_two_then_lynched_is_one_dead() -> None:
    text = "A man accused of killing two women was lynched by a mob in Rampur on Monday."
    assert [(c.kind, c.low, c.grievance) for c in find_counts(text, "en")] == [("killed", 1, False),
                                                                               ("killed", 2, True)]


def test_men_suspected_of_a_killing_then_arrested_are_no_dead() -> None:
    """Guard: the figure after the blame is the earlier killing's; the men are arrested."""
    text = "Three men suspected of killing a farmer were arrested in Rampur on Monday."
    assert [(c.kind, c.low, c.grievance) for c in find_counts(text, "en")] == [("arrested", 3, False),
                                                                               ("killed", 1, True)]
