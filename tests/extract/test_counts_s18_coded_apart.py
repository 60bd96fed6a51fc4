"""A whole toll told before a share an ACLED note says is coded apart ("(one fatality coded elsewhere)", "(coded in
another event)") holds that share: this event's toll is the rest. A figure of one side beside the share holds none of
it, and a share with no whole toll before it is simply not this event's."""

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A total of three people were killed in clashes in Kitui town on Monday (one fatality coded elsewhere).", 2),
        ("At least seven people were killed in raids on two villages in Marsabit County on Sunday. In the second "
         "village, raiders shot dead three herders (coded in another event).", 4),
    ],
)
def test_a_share_coded_apart_is_taken_from_the_whole_toll(text: str, toll: int) -> None:
    assert fatalities(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # one side's figure holds no other side's dead coded apart
        ("4 civilians killed (and 2 police - coded separately) by raiders in Wajir County.", 4),
        # no whole toll before the share
        ("Two herders killed by raiders in Isiolo County (coded separately). Police intervened, killing 3 raiders.", 3),
    ],
)
def test_a_toll_beside_a_share_coded_apart_stays(text: str, toll: int) -> None:
    assert fatalities(text) == toll
