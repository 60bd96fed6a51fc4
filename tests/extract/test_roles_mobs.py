"""The other side of a mob's violence as ACLED codes it: rioters for two crowds that clashed, the force that fought
the mob, civilians for the people it hurt. Synthetic reports written for these tests; real spaCy, geocoder and
actor knowledge base."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supporters of two rival candidates clashed at a rally in Kabarnet on Saturday, hurling stones at each other.",
         ("Rioters (Kenya)", "Rioters (Kenya)")),
        ("Jubilee and ODM supporters clashed during a rally in Kabarnet on Saturday.",
         ("Rioters (Kenya)", "Rioters (Kenya)")),
        ("A man was attacked by a mob at a market near Maua on Monday.", ("Rioters (Kenya)", "Civilians (Kenya)")),
        ("Residents set a suspected thief alight in Kayole on Sunday.", ("Rioters (Kenya)", "Civilians (Kenya)")),
        # the mob's riot words do not make the people it set upon rioters
        ("Two suspected members of a criminal gang were lynched by a mob of residents in Likoni on Monday.",
         ("Rioters (Kenya)", "Civilians (Kenya)")),
    ],
)
def test_the_other_side_of_mob_violence(text: str, expected: tuple[str, str]) -> None:
    event = main_event(text, "en", "KE")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert names(event) == expected


def test_a_force_that_fought_the_mob_is_its_other_side() -> None:
    event = main_event("Police clashed with a mob that was looting shops in Kisumu on Monday.", "en", "KE")
    assert names(event) == ("Rioters (Kenya)", "Police Forces of Kenya")
