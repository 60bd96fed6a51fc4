"""An explosion's second side when no words name it (ACLED: the civilians it hit): people hurt and no side named
-> Civilians of the country; nobody hurt, or only property damaged -> none. Real spaCy and actor KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("A grenade attack on a bar in Garissa wounded four on Friday.", "Civilians (Kenya)"),
        ("A roadside bomb went off in Mandera on Sunday, killing two.", "Civilians (Kenya)"),
        ("A bomb exploded outside a bank in Eldoret on Monday. No one was injured.", None),
        ("Unknown attackers blew up an electricity pylon near Lamu, cutting power to the town.", None),
    ],
)
def test_explosion_victims(text: str, actor2: str | None) -> None:
    event = main_event(text, country="KE")
    assert event.event_type == "Explosions/Remote violence"
    assert names(event)[1] == actor2
    if actor2 is not None:
        assert event.actor2 is not None and event.actor2.evidence is not None
        assert event.actor2.evidence.rule == "actor2:default:people-hurt"
