"""Session 21: a force named only in what a crowd protests ("to protest the shooting of a hawker by police officers",
"in protest of police harassment", "demanding justice for a hawker they said was shot dead by police") is its
grievance, no side of the demonstration, even when the words hang off a verb a force could handle a crowd with
("blocked roads in protest of ..."). A crowd whose only mob word is its mood ("angry youths") and that presses a
demand demonstrates (ACLED: a mob acts without a demonstrative aim). Reports are synthetic, written for these
tests; real spaCy and actor knowledge base."""

from __future__ import annotations

import pytest
from report_events import main_event, names

POLICE = "Police Forces of Kenya"


def _coded(text: str) -> tuple[str, str | None, str | None]:
    event = main_event(text, country="KE")
    return (event.sub_event_type, *names(event))


@pytest.mark.parametrize("text", [
    "Residents of Kibos burned tyres and blocked roads on Friday to protest the shooting of a hawker by police.",
    "Traders burned tyres and blocked roads in Kibos in protest of police harassment.",
    "Angry youths lit bonfires in Kibos on Friday, demanding justice for a hawker they said was shot dead by police.",
])
def test_the_police_in_the_grievance_are_no_side(text: str) -> None:
    assert _coded(text) == ("Violent demonstration", "Rioters (Kenya)", None)


def test_police_the_crowd_stoned_stay_its_side() -> None:
    text = ("Residents protesting the arrest of a chief blocked the road in Kibos and threw stones at police "
            "officers.")
    assert _coded(text) == ("Violent demonstration", "Rioters (Kenya)", POLICE)


def test_a_protest_at_a_police_station_keeps_the_police_it_fought() -> None:
    text = "Candidates protested at the police station in Kibos. A riot broke out and the police fired tear gas."
    assert _coded(text)[2] == POLICE


def test_police_who_dispersed_the_protest_stay_its_side() -> None:
    text = "Protesters demonstrated against the governor in Kibos before being dispersed by police."
    assert _coded(text) == ("Protest with intervention", "Protesters (Kenya)", POLICE)


def test_angry_residents_pressing_a_demand_protest() -> None:
    text = "Angry residents stormed the hospital in Kibos to protest alleged negligence by the staff."
    assert _coded(text)[:2] == ("Peaceful protest", "Protesters (Kenya)")


def test_angry_villagers_burning_a_suspect_s_house_are_a_mob() -> None:
    text = "Angry villagers burned the house of a suspected thief in Kibos on Sunday."
    assert _coded(text) == ("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")
