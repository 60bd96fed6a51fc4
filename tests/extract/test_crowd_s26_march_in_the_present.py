"""Session 26: a march told in the present or as held ("teachers march through Nakuru", "residents hold a march", "an
anti-graft march was held") is a protest; before, only "marched", "marching" and named kinds of march were read, so
such reports gave no event. Lower case only: "March" is the month. Reports are synthetic, written for these tests;
real spaCy."""

from __future__ import annotations

import pytest
from report_events import extract, main_type


@pytest.mark.parametrize(
    "text",
    [
        "Teachers march through Nakuru town demanding higher pay.",
        "Traders march to the county offices in Embu over new levies.",
        "Residents hold a march in Kitale against insecurity.",
        "On April 30th, an anti-graft march was held in Nairobi.",
        "Hundreds march in Eldoret against the closure of the hospital.",
    ],
)
def test_a_march_in_the_present_or_held_is_a_protest(text: str) -> None:
    assert main_type(text) == ("Protests", "Peaceful protest")


def test_the_month_march_is_no_march() -> None:
    text = "Residents of Embu welcomed the new governor on 12 March with a prayer meeting."
    assert extract(text, "en", None).events == []
