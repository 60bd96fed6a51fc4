"""A side's own kills reported in the pluperfect after a second "that" of the same reporting verb are the event's
("the ministry said, adding that 20 soldiers were wounded and that the army had killed dozens of attackers": 34 + 12),
as after the first; a killer's earlier deed stays no toll of the event."""

from tests.extract.report_events import fatalities


def test_the_armys_kills_after_a_second_that_count():
    text = ("Suspected Islamist militants killed at least 34 soldiers in an attack on an army post in the Tillaberi "
            "region on Friday, the defence ministry said, adding that 20 soldiers were wounded and that the army had "
            "killed dozens of attackers.")
    assert fatalities(text) == 46


def test_a_killers_earlier_deed_is_still_no_toll():
    text = ("Police shot dead a suspect in Garissa on Friday, officials said, adding that the man had killed two "
            "people in a robbery last month.")
    assert fatalities(text) == 1
