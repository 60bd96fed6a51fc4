"""One more person killed, told in a later sentence: "another one died", "another six were killed", or one person
brought in with "a"/"an" and named otherwise than the one person killed before ("A herder was shot dead ... A boy
was also killed"). Such a figure adds to the toll; a person told again ("the victim, a trader", "John Doe, a known
campaigner"), one of a larger or generic figure ("Four people were killed ... A girl was shot dead"), the same noun
again, or one killed in a reprisal (another act) stays apart. Synthetic sentences, real spaCy."""

from __future__ import annotations

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A herder was shot dead by raiders at Kora on Monday. A boy was also killed as he tried to flee.", 2),
        ("A man was hacked to death at Kora on Monday. A woman was also killed in the attack.", 2),
        ("Three villagers died in the arson attack at Kora on Saturday night. Another one died on Sunday morning.", 4),
    ],
)
def test_one_more_person_killed_adds_to_the_toll(text: str, toll: int) -> None:
    assert fatalities(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("One person was killed by raiders at Kora on Monday. The victim, a trader, was shot in the head.", 1),
        ("A herder was killed by raiders at Kora on Monday. A herder, 30, was shot dead as he grazed his cattle.", 1),
        ("Four people were killed by raiders at Kora on Monday. A girl was shot dead as she fetched water.", 4),
        ("One person was killed by raiders at Kora on Monday. A trader died on the spot.", 1),
        # a name told again with its apposition
        ("Gunmen shot dead a trader at Kora on Monday. John Doe, a known campaigner, was shot dead at his shop.", 1),
        # a reprisal is another act, which ACLED codes apart
        ("Raiders shot dead a herder at Kora on Monday. In revenge, villagers hacked to death a raider.", 1),
    ],
)
def test_guard_the_same_victims_told_again_are_no_more(text: str, toll: int) -> None:
    assert fatalities(text) == toll
