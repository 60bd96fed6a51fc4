"""Session 20: "in Garba Tula, Borana and Somalis clashed": names joined after a place that are the subject of the
verb are who fought (a people, or a place standing for its people), no further places of the event; ACLED codes one
clash, not one per name. Places joined as what was attacked still make one event each."""

from __future__ import annotations

import datetime as dt

from report_events import extract, kinds

THURSDAY = dt.date(2026, 3, 5)
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


def test_names_that_clash_after_a_place_are_no_places() -> None:
    text = ("On 3 March 2026, in Garba Tula, Borana and Somalis clashed. Armed Borana allegedly descended on their "
            "Somali neighbours, killing three herders. In a revenge attack, a Borana elder was killed.")
    assert kinds(extract(text, "en", THURSDAY)) == [CLASH]


def test_villages_raided_in_two_attacks_are_two_events() -> None:
    text = "Gunmen raided the villages of Ogossagou and Welingara on Tuesday in two attacks, killing 12 people."
    assert kinds(extract(text, "en", THURSDAY)) == [ATTACK, ATTACK]
