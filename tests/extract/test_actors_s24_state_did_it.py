"""A blame told outside the event's own words does not undo its parse: when the event's sentences make a state force
the subject of the violence ("an army jet bombed a market"), a group blamed elsewhere in the report ("the RSF, whose
fighters were accused of looting shops") is not its attacker. Where the state force was hit, the blamed group still
is. Synthetic reports written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract, names


def _sides(text: str) -> tuple[str | None, str | None]:
    events = extract(text, "en", dt.date(2024, 6, 5)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


def test_the_army_jet_that_bombed_is_the_attacker() -> None:
    text = ("An army jet bombed a market in Kutum on Saturday, killing seven civilians, residents said.\n\nThe town is "
            "held by the RSF, whose fighters were accused of looting shops last month.")
    assert _sides(text) == ("Military Forces of Sudan", "Civilians (Sudan)")


def test_police_that_were_hit_leave_the_blamed_group_first() -> None:  # guard
    text = ("Two police officers were shot dead at a checkpoint near Mandera on Monday.\n\nResidents blamed Al Shabaab "
            "militants for the killings.")
    assert _sides(text) == ("Al Shabaab", "Police Forces of Kenya")
