"""Session-18: a march told by its cause or its end is a demonstration; "a gang of assailants" is no organised gang.

A march "against" something, or one that "turned into" clashes, is a protest march: its running battles with the
security forces are a violent demonstration (rioters against the force), not an armed clash of an unidentified armed
group. Property torched by "a gang of assailants", attackers the report does not name, is mob violence as it is for
"unidentified assailants"; a gang named alone, or armed robbers, stays an organised group's property destruction.
"""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("A student was shot dead in the capital on Monday when an opposition march against the vote count turned "
         "into running battles with security forces, doctors said.", "GN",
         ("Riots", "Violent demonstration", "Rioters (Guinea)")),
        ("A march against fuel prices turned into running battles with soldiers in the capital on Friday.", "GN",
         ("Riots", "Violent demonstration", "Rioters (Guinea)")),
        ("Two people died on Monday when police opened fire on a march by opposition supporters in the capital, a "
         "police spokesman said.", "MZ", ("Protests", "Excessive force against protesters", "Protesters (Mozambique)")),
        ("In the capital, a gang of assailants torched a bus near the market on Tuesday evening.", "BD",
         ("Riots", "Mob violence", "Rioters (Bangladesh)")),
        ("Another gang of assailants set fire to a truck near the bridge on Tuesday morning.", "BD",
         ("Riots", "Mob violence", "Rioters (Bangladesh)")),
    ],
)
def test_crowd_reads(text: str, country: str, expected: tuple[str, str, str]) -> None:
    event = main_event(text, country=country)
    assert (event.event_type, event.sub_event_type, event.actor1.name) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # Armed sides in running battles stay a battle; the army's march is no protest.
        ("Militants fought running battles with security forces near the border town on Monday.", "GN",
         ("Battles", "Armed clash")),
        ("A march by government troops into the northern district began on Monday, killing two rebels.", "MZ",
         ("Battles", "Armed clash")),
        # A gang named alone, or armed robbers, are an organised group: their arson stays property destruction.
        ("A gang torched a bus near the market on Tuesday evening.", "BD",
         ("Strategic developments", "Looting/property destruction")),
        ("A gang of armed robbers torched a bus near the market on Tuesday evening.", "BD",
         ("Strategic developments", "Looting/property destruction")),
    ],
)
def test_organised_sides_stay(text: str, country: str, expected: tuple[str, str]) -> None:
    event = main_event(text, country=country)
    assert (event.event_type, event.sub_event_type) == expected
