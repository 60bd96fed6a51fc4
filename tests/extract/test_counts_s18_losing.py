"""A side's own dead told as "killing N of the enemy and losing M soldiers" are the event's toll too, as "it lost M
men" is; losing things that are not people counts no one."""

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("The army said its troops clashed with rebels near Morobo on Friday, killing 9 rebels and losing three "
         "soldiers.", 12),
        ("Troops fought insurgents near Tillia on Friday, killing 9 militants while losing two of their men.", 11),
        # not people
        ("The army said its troops repulsed an attack near Tillia on Friday, killing 9 militants and losing 3 "
         "vehicles.", 9),
    ],
)
def test_a_side_losing_its_men_beside_its_kills(text: str, toll: int) -> None:
    assert fatalities(text) == toll
