"""Whoever was doing something when the event struck ("the rangers were travelling to a clinic when the bomb went
off", "police officers were on patrol when their vehicle struck a landmine", "les gendarmes patrouillaient lorsque
l'engin a explosé") was caught by it, not its doer: the subject of a verb of no violence above a clause of the moment
(roles.yaml while_marks) is the side hit in armed violence. A violent verb above such a clause keeps its subject the
doer, and a crowd acts whatever befell it. Synthetic reports written for these tests; real spaCy and actor knowledge
base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names


def _sides(text: str, language: str = "en") -> tuple[str | None, str | None]:
    events = extract(text, language, dt.date(2024, 6, 5)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Three rangers were wounded on Monday when a roadside bomb hit their truck in Raman district of Yala province, "
     "police said.\n\nThe rangers were travelling to provide security for nurses at a clinic in the district when "
     "the bomb, buried under the road, went off at about 8am, the district police chief said.", "en",
     ("Southern Muslim Separatists (Thailand)", "Military Forces of Thailand")),
    ("Police officers were on patrol near Garissa on Tuesday when their vehicle struck a landmine, killing two of "
     "them.", "en", ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya")),
    ("Trois gendarmes ont été blessés lundi quand un engin explosif a touché leur véhicule près de Djibo, selon une "
     "source sécuritaire.\n\nLes gendarmes patrouillaient sur la route de Namsiguia lorsque l'engin a explosé vers "
     "8 heures, a précisé la source.", "fr",
     ("Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso")),
])
def test_those_caught_by_the_event_were_hit(text: str, language: str, expected: tuple[str, str]) -> None:
    assert _sides(text, language) == expected


def test_a_violent_verb_above_the_moment_keeps_its_doer() -> None:  # guard
    text = ("Al Shabaab militants stormed a police camp near Mandera on Sunday night while the officers were asleep, "
            "killing two of them.")
    assert _sides(text) == ("Al Shabaab", "Police Forces of Kenya")


def test_a_crowd_caught_by_the_police_still_acts() -> None:  # guard
    text = "Traders were marching to the county offices in Nakuru on Monday when police fired tear gas at them."
    assert _sides(text) == ("Protesters (Kenya)", "Police Forces of Kenya")
