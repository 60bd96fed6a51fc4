"""A figure "on each side" is one side's dead (twice the figure in all); a figure "on both sides" is the dead of
the two sides together."""

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Militants stormed an army base near Kalima on Wednesday and dozens of fighters were killed on both sides, "
         "residents said.", 12),
        ("Some 21 people were killed from both sides in clashes between police and herders near Kalima on Monday.", 21),
    ],
)
def test_a_figure_on_both_sides_is_the_two_sides_together(text, toll):
    assert fatalities(text) == toll


def test_a_figure_on_each_side_is_counted_twice():
    text = "Two fighters on each side died when militants and soldiers clashed near Kalima on Monday, police said."
    assert fatalities(text) == 4
