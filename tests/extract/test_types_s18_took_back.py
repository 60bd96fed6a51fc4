"""'took back' a named place is a retaking, as 'retook' is (ACLED: government forces regain control of a location);
'took back' anything else is not."""

from __future__ import annotations

from report_events import main_event


def test_troops_that_took_back_a_named_town_regain_territory() -> None:
    event = main_event("Somali government forces on Thursday took back Dhagaxley after a short gunfight with al "
                       "Shabaab fighters in which two militants died, officials said.")
    assert event.sub_event_type == "Government regains territory"


def test_taking_back_stolen_cattle_is_no_retaking() -> None:
    event = main_event("Police on Thursday took back 200 stolen cattle after a gunfight with bandits in which two "
                       "raiders died, officials said.")
    assert event.sub_event_type != "Government regains territory"
