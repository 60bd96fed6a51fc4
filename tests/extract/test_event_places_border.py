"""A country named as the far side of a border ("près de la frontière avec le Burkina Faso") is a neighbour of
the event's country, not the report's home country."""

from __future__ import annotations

import sitrep


def test_a_country_across_the_border_is_not_the_home_country() -> None:
    text = ("Des hommes armés ont attaqué lundi un poste militaire dans la région de Mopti, près de la frontière "
            "avec le Burkina Faso, tuant quinze soldats. Les assaillants ont ensuite fui vers la frontière du "
            "Burkina.")
    events = sitrep.extract_text(text, published="2024-03-15", language="fr")
    assert events and all(e.country == "Mali" and e.admin1 == "Mopti" for e in events)


def test_the_border_with_a_neighbour_in_english() -> None:
    text = ("Gunmen killed six herders on Tuesday in Mandera, close to the border with Somalia. The attackers "
            "escaped across the border into Somalia.")
    events = sitrep.extract_text(text, published="2024-03-15", language="en")
    assert events and all(e.country == "Kenya" for e in events)
