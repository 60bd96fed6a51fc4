"""A named militia hit with a state force in an attack told one way is the force's ally also when each is counted
("the attack killed four soldiers and two VDP volunteers", "la mort de six militaires et de trois VDP"): the count
before the second is no word between the two sides. Synthetic reports written for these tests; real spaCy and actor
knowledge base.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract

from sitrep.models import EventMention

VDP = "VDP: Volunteers for the Defense of the Homeland"


def _main(text: str) -> EventMention:
    events = extract(text, "en", dt.date(2024, 6, 5)).events
    assert events, f"no event read from {text!r}"
    return max(events, key=lambda m: m.salience)


def _sides(text: str) -> tuple[str | None, str | None, list[str]]:
    event = _main(text)
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None,
            [a.name for a in event.assoc_actor_2])


def test_a_counted_militia_hit_with_the_army_is_its_ally() -> None:
    text = ("Gunmen ambushed an army patrol near Djibo in northern Burkina Faso on Tuesday, security sources said.\n\n"
            "The attack killed four soldiers and two VDP volunteers, the army said.")
    assert _sides(text) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso", [VDP])


def test_the_two_sides_killed_in_clashes_stay_two() -> None:  # guard
    text = "Ten soldiers and 46 JNIM fighters were killed in clashes near Djibo in northern Burkina Faso on Tuesday."
    assert set(_sides(text)[:2]) == {"Military Forces of Burkina Faso", "JNIM: Group for Support of Islam and Muslims"}
