"""Police who told of an attack are not a side of it: "..., police said" at the end of a clause names the source,
so an attack on a bar's patrons stays violence against civilians, as it is without those words."""

import pytest

from tests.extract.report_events import main_event, main_type, names

BAR = "A gang of about ten armed men attacked a bar in Mombasa's Kisauni area on Monday night, slashing three patrons"


@pytest.mark.parametrize("ending", [" with machetes.", " with machetes, police said.",
                                    " with machetes, police officers said on Tuesday."])
def test_reporting_police_are_no_side(ending):
    assert main_type(BAR + ending) == ("Violence against civilians", "Attack")


def test_attacked_police_are_still_a_side():
    text = "A gang of armed men attacked police officers in Mombasa's Kisauni area on Monday night, police said."
    assert main_type(text) == ("Battles", "Armed clash")
    assert names(main_event(text))[1] == "Police Forces of Kenya"
