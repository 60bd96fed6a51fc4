"""Others listed after a killed figure take the verb told after their breakdown: "X was killed and 12 others,
including two with gunshot wounds, were injured" counts one dead, not 13."""

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A party official of the ruling league (RL) was killed and 12 others, including two with gunshot wounds, were "
         "injured in a clash between two factions in Kanyar on Monday.", 1),
        # guard: the others' verb is a killing one
        ("A party official of the ruling league (RL) was killed and two others, including his driver, were killed too "
         "in a clash between two factions in Kanyar on Monday.", 3),
    ],
)
def test_others_after_a_breakdown_take_their_own_verb(text: str, toll: int) -> None:
    assert fatalities(text) == toll
