"""A reporting verb that reports only with an object ("posted a statement", "paid tribute") says nothing of where
the event happened when it has none: "officials posted at the court in X" were attacked in X."""

from __future__ import annotations

import sitrep


def test_officials_posted_at_a_place_were_attacked_there() -> None:
    text = ("A police official was killed and two others were injured when gunmen opened fire at security officials "
            "posted at the district court in Peshawar.")
    (event,) = sitrep.extract_text(text, published="2024-03-15", language="en", country="PK")
    assert (event.location, event.admin1) == ("Peshawar", "Khyber Pakhtunkhwa")


def test_photos_posted_in_a_place_are_still_where_someone_spoke() -> None:
    text = "Gunmen killed three traders on Monday. Relatives posted photos of the victims in Lahore."
    events = sitrep.extract_text(text, published="2024-03-15", language="en", country="PK")
    assert events and events[0].location != "Lahore"
