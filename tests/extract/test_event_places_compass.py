"""A compass word followed by the country it is a part of ("au Centre du pays") is not the region of that name
(Burkina Faso's Centre) unless that region's own country is the one named."""

from __future__ import annotations

import sitrep


def test_the_centre_of_the_country_is_not_burkina_fasos_centre_region() -> None:
    (event,) = sitrep.extract_text("Des hommes armés ont tué douze civils lundi au Centre du pays.",
                                   published="2024-03-15", language="fr")
    assert event.admin1 != "Centre" and event.country != "Burkina Faso"


def test_the_centre_of_burkina_faso_is_its_centre_region() -> None:
    (event,) = sitrep.extract_text("Des hommes armés ont tué douze civils lundi dans le Centre du Burkina Faso.",
                                   published="2024-03-15", language="fr")
    assert (event.country, event.admin1, event.geo_precision) == ("Burkina Faso", "Centre", 3)
