"""One or two dead told without a digit: a pronoun, a named person, "both", a second verb; and words that look like
a toll but are none (an intent to kill, "both ... and", a gapped "and a second wounded"). Synthetic sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def killed(text: str) -> list[tuple[int, str]]:
    """The killed figures that count for the event, with the rule that read each."""
    return [(c.low, c.rule.split(":")[-1]) for c in find_counts(text, "en")
            if c.kind == "killed" and not (c.grievance or c.included or c.superseded)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after a comma or "and", whatever the verb's form
        ("A crowd cornered a trader, killed him and burnt down his stall in Kamsa.", [(1, "one-died")]),
        ("Raiders ambushed a ranger and kill him near the gate.", [(1, "one-died")]),
        ("A crowd chased the warden, lynching him.", [(1, "one-died")]),
        # a named person: found dead, a bracketed alias, present tense, burnt to death
        ("In Tala town, the local chief, Peter Omondi was found dead at a lodge.", [(1, "one-died")]),
        ("Samuel Kiprono Rotich (alias Kip), was shot dead at night by a lone gunman.", [(1, "one-died")]),
        ("Villagers burnt 30-year-old Joseph Mwangi to death for theft.", [(1, "one-died")]),
        # a headline's victim who dies; an injured victim dying "from the injuries"
        ("Ranger dies when poachers shoot him during a patrol", [(1, "victim")]),
        ("Boat driver was caught in the crossfire and died from the injuries", [(1, "one-died")]),
        # "both" is two with victims after it, nothing more after a killed figure of two
        ("A mob beat two hawkers in Mtwapa. Both men (who were brothers) were killed in the attack.",
         [(2, "after")]),
        ("Gunmen killed two herders at the well. Both men were killed at close range.", [(2, "before")]),
        # a second killing verb joins the first
        ("A mob lynches and burns a suspected thief in Kiambu.", [(1, "bare")]),
        ("A vigilante group lynches two on suspicion of theft.", [(2, "before")]),
    ],
)
def test_deaths_told_without_a_digit(text: str, expected: list[tuple[int, str]]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an intent to kill is no killing
        "Police said the raiders were believed to have been seeking to kill a local administrator.",
        "The gang had vowed to kill a rival trader.",
        # "both" of a pair, or of the sides, counts no one
        "In such raids both local and foreign fighters were killed.",
        "Fighters from both sides were killed in the clash.",
        # "is dead" gapped into "a second wounded": the second is wounded, not dead
        "One raider is dead and a second wounded after a gunfight with police.",
        # a second verb of another kind does not make the victim dead
        "A mob kills and injures a man in Kisii.",
    ],
)
def test_words_that_count_no_more_dead(text: str) -> None:
    assert sum(n for n, _ in killed(text)) == (1 if "is dead" in text else 0)
