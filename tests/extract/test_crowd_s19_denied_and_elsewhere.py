"""Session-19: a death the report denies makes no excessive force; a force that met another crowd is no side.

ACLED's Protest with intervention is a protest dispersed or stopped with no serious or lethal injury reported: "No
one was reported killed" denies the killing, and the dispersal stays an intervention. A march told after a riot
elsewhere is not met by the police that dispersed the rioters: those police are the riot's side only.
"""

from __future__ import annotations

import pytest
from report_events import extract, main_event


@pytest.mark.parametrize(
    "text",
    [
        "About 40 women gathered outside the ministry on Saturday to demand the reopening of schools. Militiamen "
        "fired into the air and struck several of them with rifle butts before dispersing the gathering. No one was "
        "reported killed.",
        "Police dispersed a sit-in by nurses outside the ministry with tear gas on Friday. Nobody was hurt or killed.",
        "Police broke up a march by teachers in the capital on Tuesday; no protester was killed, witnesses said.",
    ],
)
def test_a_denied_death_leaves_an_intervention(text: str) -> None:
    event = main_event(text, country="ZM")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    "text",
    [
        # a killing told, with the denial about someone else
        "Police shot dead two protesters at a march in the capital on Tuesday; no officer was hurt.",
        "Police fired on a march by teachers in the capital on Tuesday, killing one; no one else was hurt.",
    ],
)
def test_a_killing_told_stays_excessive_force(text: str) -> None:
    event = main_event(text, country="ZM")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")


def test_a_peaceful_march_after_a_riot_elsewhere_has_no_police() -> None:
    text = ("Taxi drivers protesting against new licence fees blocked the main highway at Mbeya town on Monday, "
            "burning tyres and stoning cars, before police dispersed them with tear gas.\n\nIn Dodoma, hundreds of "
            "farmers marched peacefully to the regional offices on the same day to protest against low crop prices.")
    events = extract(text, "en", None).events
    found = {(e.sub_event_type, e.actor2.name if e.actor2 else None) for e in events}
    assert ("Peaceful protest", None) in found
    assert ("Violent demonstration", "Police Forces of Tanzania") in {
        (s, a.replace(" (1961-)", "") if a else a) for s, a in found}


def test_police_who_dispersed_the_march_in_a_sentence_of_their_own_stay_its_side() -> None:
    event = main_event("Hundreds of farmers marched in the regional capital on Monday to protest against low crop "
                       "prices. Police later dispersed them with tear gas.", country="TZ")
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Tanzania")
