"""The sentence after an explosion tells the fighting it set off (one battle, `targets.explosion_fought_after`) unless
it moves to another incident or another time: it reads event_types.yaml's `new_event` and `elsewhere` lists (the
ones `vocabulary.opens_another_incident` reads) and `another_time` ("Earlier, ...", "In the meantime, ...",
"Entre-temps, ..."), no list of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

MONDAY = dt.date(2024, 3, 4)
BLAST = "A roadside bomb hit an army convoy near Garissa on Monday, killing two soldiers. "


def _first_type(text: str) -> str:
    return extract(text, "en", MONDAY).events[0].sub_event_type


def test_fighting_told_in_the_meantime_is_not_the_blasts() -> None:
    assert _first_type(BLAST + "In the meantime, troops clashed with militants near Dadaab.") == (
        "Remote explosive/landmine/IED")


@pytest.mark.parametrize("after", ["Earlier, troops clashed with militants near Dadaab.",
                                   "In a separate incident, troops clashed with militants near Dadaab.",
                                   "Separately, troops clashed with militants near Dadaab."])
def test_fighting_at_another_time_or_incident_is_not_the_blasts(after: str) -> None:
    assert _first_type(BLAST + after) == "Remote explosive/landmine/IED"


def test_fighting_after_the_blast_makes_one_battle() -> None:
    assert _first_type(BLAST + "The troops clashed with the militants shortly after the blast.") == "Armed clash"
