"""Recognition and resolution rules of session 2, on the embedded default with the real spaCy model."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.evaluate.acled import AcledRow, names_place
from sitrep.geo import Geocoder, get_geocoder
from sitrep.geo.build import _admin_display_name
from sitrep.nlp import load_pipeline


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _toponyms(geocoder: Geocoder, text: str, country: str | None = None) -> dict[str, str | None]:
    doc = load_pipeline("en")(text)
    return {t.text: (t.place.name if t.place else None) for t in geocoder.find_toponyms(text, doc, "en", country)}


def test_a_place_in_an_institutions_name_is_the_place(geocoder: Geocoder) -> None:
    found = _toponyms(geocoder, "Staff at the University of Nairobi protested over unpaid allowances.", "KE")
    assert found == {"Nairobi": "Nairobi"}


def test_a_name_may_start_with_a_capitalised_connector(geocoder: Geocoder) -> None:
    found = _toponyms(geocoder, "Militants fired mortars at a military base in El Wak on Sunday.", "KE")
    assert found == {"El Wak": "El Wak"}


def test_an_entity_cut_across_a_bracket_does_not_hide_the_region(geocoder: Geocoder) -> None:
    text = "On Monday, residents of Kapkwen (Bomet) protested after a pedestrian was killed."
    toponyms = geocoder.find_toponyms(text, load_pipeline("en")(text), "en", "KE")
    assert [t.place.admin1 for t in toponyms if t.text == "Bomet" and t.place] == ["Bomet"]


def test_a_country_beats_a_city_that_also_goes_by_its_name(geocoder: Geocoder) -> None:
    (mexico,) = geocoder.resolve_spans("Officials in Mexico said so.", [(13, 19)])
    assert mexico.place is not None and mexico.place.feature_code == "PCLI" and mexico.place.country_code == "MX"


def test_oceans_and_regions_spanning_countries_beat_small_namesakes(geocoder: Geocoder) -> None:
    text = "Storms formed over the Atlantic while talks on the Middle East stalled."
    atlantic, middle_east = geocoder.resolve_spans(text, [(23, 31), (51, 62)])
    assert atlantic.place is not None and atlantic.place.name == "Atlantic Ocean" and atlantic.place.country is None
    assert middle_east.place is not None and middle_east.place.name == "Middle East"


def test_admin1_written_by_the_stem_its_names_share(geocoder: Geocoder) -> None:
    assert _admin_display_name("Nairobi City", ["Kaunti ya Nairobi", "Nairobi County"]) == "Nairobi"
    assert _admin_display_name("Bomet", ["Bomet County"]) == "Bomet"
    assert _admin_display_name("Far North", ["Extrême-Nord", "Far North Region"]) == "Far North"
    # a romanisation with marks beyond Latin-1 goes by the English name the aliases give with a kind word
    assert _admin_display_name("Shamāl Sīnā'", ["North Sinai", "North Sinai Governorate"]) == "North Sinai"
    assert _admin_display_name("Tombouctou", ["Timbuktu", "Tombouctou Region"]) == "Tombouctou"
    assert _admin_display_name("Hà Nội", ["Hanoi"]) == "Hà Nội"
    assert geocoder.search("Nairobi", "KE")[0].admin1 == "Nairobi"


def test_country_points_are_geonames_points(geocoder: Geocoder) -> None:
    india = geocoder.country("India")
    assert india is not None and (india.latitude, india.longitude) == (22, 79)


def _row(notes: str, admin1: str, *names: str) -> AcledRow:
    return AcledRow(row_id="1", notes=notes, event_date=dt.date(2019, 1, 1), event_types={"Riots"},
                    sub_event_type=None, actor1="", actor2="", country="Kenya", admin1=admin1, latitude=None,
                    longitude=None, fatalities=0, place_names=names)


def test_acled_note_names_its_place_as_a_whole_word() -> None:
    assert names_place(_row("Traders protested in Watamu on Monday.", "Kilifi", "Watamu", "Dabaso"))
    assert names_place(_row("Protest in Kilifi town.", "Kilifi", "Watamu"))
    assert not names_place(_row("Traders protested over fees.", "Kilifi", "Watamu"))
    assert not names_place(_row("Protest in Watamuville.", "Kilifi", "Watamu"))
