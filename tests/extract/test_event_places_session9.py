"""Session 9 event-place rules: an outlet's desk, the unnamed capital, a company named after a place, where the
people who speak are, a 'when, where:' header."""

from __future__ import annotations

import sitrep


def test_an_outlet_desk_is_not_the_event_place() -> None:
    events = sitrep.extract_text("By the Great Lakes Wire desk\nGunmen killed three villagers on Monday in an "
                                 "attack, a local official said.", published="2024-03-05", language="en")
    assert events and all(e.location is None or "Lakes" not in e.location for e in events)


def test_a_village_under_a_dateline_is_not_placed_in_another_country() -> None:
    events = sitrep.extract_text("KIDAL, 3 March - Gunmen attacked Tin Adrar Kel on Sunday, killing four "
                                 "civilians, local officials said.", published="2024-03-04", language="en")
    assert events and all(e.country in (None, "Mali") for e in events)


def test_the_capital_of_the_reports_country_is_the_event_place() -> None:
    events = sitrep.extract_text("Protesters clashed with police in the capital on Friday, leaving two people "
                                 "dead, witnesses said.", published="2024-03-04", language="en", country="ML")
    assert events and (events[0].location, events[0].admin1) == ("Bamako", "Bamako")
    events = sitrep.extract_text("Des manifestants ont affronté la police vendredi dans la capitale, faisant deux "
                                 "morts, selon des témoins.", published="2024-03-04", language="fr", country="BF")
    assert events and events[0].location == "Ouagadougou"


def test_a_company_named_after_a_city_is_not_where_the_speakers_protested() -> None:
    text = ("The electricity workers' union held protests across the country over privatisation plans. In "
            "Faisalabad they also stated that the sale of the Karachi Electric Supply Company had failed.")
    events = sitrep.extract_text(text, language="en", country="PK")
    assert events and events[0].location == "Faisalabad"


def test_a_date_and_place_header_is_not_a_dateline() -> None:
    events = sitrep.extract_text("15/02, PM Wajir: Al Shabaab attack a school killing 3 teachers.", language="en",
                                 country="KE")
    assert events and events[0].admin1 == "Wajir"
