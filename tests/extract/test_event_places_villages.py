"""A village the gazetteer lacks keeps its name beside the area the event is placed at (PlaceClaim.reported_name,
Event.location_reported): two camps attacked the same night in one region stay told apart. Synthetic reports;
the village names are not in the embedded gazetteer."""

from __future__ import annotations

import pytest

import sitrep
from sitrep import geo


def _events(text: str, language: str, country: str | None = None) -> list[sitrep.Event]:
    return sitrep.extract_text(text, published="2021-03-04", language=language, country=country)


def test_the_fixture_villages_are_unknown_to_the_gazetteer() -> None:
    assert not geo.get_geocoder().search("Kassabéré") and not geo.get_geocoder().search("Wanoumba")


def test_two_unknown_camps_in_one_region_keep_their_names() -> None:
    text = ("Dans la nuit du 2 au 3 mars 2021, des jihadistes ont attaqué les camps militaires de Kassabéré et de "
            "Wanoumba, dans la région de Mopti. Douze soldats ont été tués dans ces deux attaques, selon l'armée. "
            "A Wanoumba, les assaillants ont incendié des véhicules.")
    events = _events(text, "fr", "ML")
    assert [(e.admin1, e.geo_precision) for e in events] == [("Mopti", 3)] * 2
    assert [e.location_reported for e in events] == ["Kassabéré", "Wanoumba"]


@pytest.mark.parametrize(("text", "language", "area", "village"), [
    ("Gunmen attacked the village of Wanoumba in the Mopti region on Sunday, killing eleven civilians, a local "
     "official said.", "en", "Mopti", "Wanoumba"),
    # the landmark "près de la ville de Wanoumba" is not where the killings were
    ("Des hommes armés ont tué au moins 30 personnes dans le village de Kassabéré, près de la ville de Wanoumba, "
     "dans le cercle de Bandiagara, dimanche.", "fr", "Bandiagara", "Kassabéré"),
])
def test_an_unknown_village_is_named_beside_its_area(text: str, language: str, area: str, village: str) -> None:
    (event, *_) = _events(text, language)
    assert (event.location, event.location_reported) == (area, village)
    assert event.geo_precision in (2, 3)


@pytest.mark.parametrize("text", [
    # where an official serves is not the event's place
    "Le maire de la commune de Kassabéré a dit que des hommes armés ont tué au moins 30 personnes dimanche dans "
    "la région de Mopti.",
    # a people is no place
    "Des hommes armés ont tué au moins 30 Maliens dimanche dans la région de Mopti.",
])
def test_no_name_is_reported_without_place_evidence(text: str) -> None:
    (event, *_) = _events(text, "fr")
    assert event.admin1 == "Mopti" and event.location_reported is None


def test_a_town_the_gazetteer_knows_reports_no_other_name() -> None:
    (event, *_) = _events("Gunmen killed five civilians in Bankass on Sunday, a local official said.", "en")
    assert event.location == "Bankass" and event.geo_precision == 1 and event.location_reported is None


def test_an_event_on_a_route_is_placed_at_its_first_end() -> None:
    (event, *_) = sitrep.extract_text("Demonstrators blocked the Eldoret-Kitale road on Monday to protest the "
                                      "death of a student.", published="2019-10-02", language="en", country="KE")
    assert (event.location, event.admin1) == ("Eldoret", "Uasin Gishu")


def test_a_destination_joined_to_a_vehicle_is_not_the_place() -> None:
    (event, *_) = sitrep.extract_text("Gunmen attacked a Nairobi-bound bus near Mandera town on Monday, killing "
                                      "two passengers.", published="2019-10-02", language="en", country="KE")
    assert event.admin1 == "Mandera"
