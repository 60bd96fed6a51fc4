"""An old ACLED note lists how its dead died, parted by slashes ("6 burned to death in their houses/ 6 killed by
machete/ 3 shot dead"): the parts add up. A slash inside a date parts nothing."""

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("6 burned to death in their houses/ 6 killed by machete/ 3 shot dead - during a raid by suspected "
         "gunmen.", 15),
        ("Five villagers burned to death in their homes/ four hacked to death by machete - during a night raid on "
         "Kaptama by gunmen.", 9),
        # guard: dates, not a list
        ("Gunmen killed 4 people on 15/02 and 3 people died in hospital on 16/02 in Kaptama.", 3),
    ],
)
def test_a_slash_list_of_the_dead_adds_up(text: str, toll: int) -> None:
    assert fatalities(text) == toll
