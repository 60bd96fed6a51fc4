"""Session-19: a riot the report dates in its own words ("On Thursday, hundreds of angry youths took to the streets")
after a killing it gives no day is news beside that killing, not context; its other side is the police it fought,
not the soldier of the killing told in a sentence of its own. A protest told with no day of its own stays context.
"""

from __future__ import annotations

from pathlib import Path

from report_events import extract, file_events, main_event

KILLING = ("Youths riot in Garissa after roadblock shooting\n\nGARISSA, March 7, 2025 (Wire) - A soldier at a "
           "roadblock in Garissa shot dead a boda boda rider who refused to pay a bribe, witnesses said.\n\n")


def test_a_riot_on_a_day_of_its_own_after_an_undated_killing(tmp_path: Path) -> None:
    text = KILLING + ("On Thursday, hundreds of angry youths took to the streets of the town, burning tyres and "
                      "throwing stones at police. Officers fired live rounds to disperse them, killing one protester, "
                      "a local chief said.\n")
    riots = [e for e in file_events(tmp_path, text) if e.event_type == "Riots"]
    assert [(str(e.event_date), e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in riots] == [
        ("2025-03-06", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", 1)]


def test_a_protest_with_no_day_of_its_own_stays_context(tmp_path: Path) -> None:
    text = KILLING + "Residents have often protested against the roadblocks, a local chief said.\n"
    assert [e.event_type for e in file_events(tmp_path, text)] == ["Violence against civilians"]


def test_police_a_later_sentence_fought_stay_the_riots_side() -> None:
    event = main_event("A college near the lake was closed on Friday after students rioted over disputed union "
                       "elections. The students blocked the main road, engaging police in running battles for two "
                       "days.", country="KE")
    assert (event.sub_event_type, event.actor2.name if event.actor2 else None) == (
        "Violent demonstration", "Police Forces of Kenya")


def test_a_crowd_in_the_undated_clash_s_own_sentence_stays_with_it() -> None:
    events = extract("Unrest\n\nTwo clans clashed and burned houses in a village near the border on Sunday.", "en",
                     None).events
    assert len(events) == 1
