"""First-level areas that go by several names (Geocoder.same_admin1), areas of earlier region tables
(geo/former.py), and the ACLED scorer that uses both; names on a tiny GeoNames-format gazetteer written here."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.evaluate.acled import AcledRow, admin1_matches
from sitrep.geo import Geocoder
from sitrep.geo.build import add_sources, build_default
from sitrep.geo.former import in_former_admin1
from sitrep.geo.index import GazetteerIndex

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, a1, population
_ROWS = [
    (1, "Bangladesh", "Bangladesh", "", 24.0, 90.0, "A", "PCLI", "BD", "00", 160000000),
    (10, "Chattogram", "Chattogram", "Chittagong,Chottogram", 22.5, 91.8, "A", "ADM1", "BD", "84", 28000000),
    (11, "Barishal", "Barishal", "Barisal Division", 22.5, 90.3, "A", "ADM1", "BD", "85", 8000000),
    (12, "Dhaka", "Dhaka", "Dhaka Division", 23.8, 90.3, "A", "ADM1", "BD", "81", 36000000),
    (13, "Barisal", "Barisal", "Barishal", 22.7, 90.37, "P", "PPLA", "BD", "85", 200000),
    (2, "Egypt", "Egypt", "", 27.0, 30.0, "A", "PCLI", "EG", "00", 100000000),
    (20, "Asyut", "Asyut", "Asyut Governorate", 27.2, 31.1, "A", "ADM1", "EG", "17", 4000000),
    (21, "Assiut", "Assiut", "Asyut,Asyout", 27.18, 31.18, "P", "PPLA", "EG", "17", 400000),
    (22, "Suhaj", "Suhaj", "Sohag Governorate", 26.5, 31.7, "A", "ADM1", "EG", "24", 5000000),
    (23, "Minya", "Minya", "", 28.1, 30.75, "P", "PPLA", "EG", "24", 200000),  # a town outside its namesake area
    (24, "Minya", "Minya", "Al Minya Governorate", 28.0, 30.7, "A", "ADM1", "EG", "10", 5000000),
    (3, "Nepal", "Nepal", "", 28.0, 84.0, "A", "PCLI", "NP", "00", 30000000),
]
_CODES = ["BD.84\tChattogram\tChattogram\t10", "BD.85\tBarishal\tBarishal\t11", "BD.81\tDhaka\tDhaka\t12",
          "EG.17\tAsyut\tAsyut\t20", "EG.24\tSuhaj\tSuhaj\t22", "EG.10\tMinya\tMinya\t24"]


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    folder = tmp_path_factory.mktemp("admin1-names")
    dump = folder / "XX.txt"
    dump.write_text("".join(
        f"{gid}\t{name}\t{ascii_name}\t{alternates}\t{lat}\t{lon}\t{fclass}\t{fcode}\t{cc}\t\t{a1}\t\t\t\t{pop}"
        "\t\t\tAfrica/Cairo\t2024-01-01\n"
        for gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, a1, pop in _ROWS), encoding="utf-8")
    (folder / "admin1CodesASCII.txt").write_text("\n".join(_CODES) + "\n", encoding="utf-8")
    (folder / "overrides.yaml").write_text("places: []\n", encoding="utf-8")
    data_dir = folder / "data"
    path = build_default(data_dir, embedded=False)
    add_sources(data_dir, [dump], overrides=folder / "overrides.yaml")
    return Geocoder(GazetteerIndex(path))


@pytest.mark.parametrize(("country", "first", "second"), [
    ("BD", "Chittagong", "Chattogram"),  # an alternate name of the area
    ("BD", "Barisal", "Barishal"),  # "Barisal Division" without the word naming the kind of area
    ("EG", "Assiut", "Asyut"),  # a spelling of the town the governorate is named after
    ("EG", "Sohag", "Suhaj"),  # "Sohag Governorate"
    ("EG", "Minya", "Al Minya Governorate"),
    ("BD", "Dhaka", "DHAKA"),  # case and accents aside, the same name needs no gazetteer
])
def test_names_of_one_area_are_the_same_admin1(geocoder: Geocoder, country: str, first: str, second: str) -> None:
    assert geocoder.same_admin1(country, first, second)
    assert geocoder.same_admin1(country, second, first)


@pytest.mark.parametrize(("country", "first", "second"), [
    ("BD", "Chittagong", "Barishal"),  # two areas
    ("BD", "Chittagong", "Dhaka"),
    ("EG", "Minya", "Suhaj"),  # the town of Minya stands in Suhaj here, but the area is not named after it
    ("EG", "Chittagong", "Chattogram"),  # names of an area of another country
    (None, "Chittagong", "Chattogram"),  # without a country nothing but the same name matches
    ("BD", "Chattogram", None),
])
def test_other_areas_and_other_countries_are_not(geocoder: Geocoder, country: str | None, first: str,
                                                 second: str | None) -> None:
    assert not geocoder.same_admin1(country, first, second)


@pytest.fixture
def scorer_geocoder(monkeypatch: pytest.MonkeyPatch, geocoder: Geocoder) -> None:
    """The ACLED scorer reads areas with the tiny gazetteer written here."""
    monkeypatch.setattr("sitrep.geo.get_geocoder", lambda: geocoder)


def _acled_row(row_id: str, day: dt.date, event_type: str, admin1: str, notes: str, country: str) -> AcledRow:
    """A row whose admin1 the scorer compares a prediction with (its other fields do not matter here)."""
    return AcledRow(row_id=row_id, event_date=day, event_types={event_type}, sub_event_type="", actor1="",
                    actor2="", fatalities=0, admin1=admin1, latitude=None, longitude=None, notes=notes,
                    country=country)


@pytest.mark.usefixtures("scorer_geocoder")
def test_acled_scorer_counts_a_variant_admin1_as_a_match() -> None:
    row = _acled_row("1", dt.date(2015, 1, 5), "Riots", "Chittagong", "Rioters torched a bus in Chittagong.",
                     "Bangladesh")
    assert admin1_matches("Chattogram", row)
    assert admin1_matches("chittagong", row)
    assert not admin1_matches("Dhaka", row)
    assert not admin1_matches(None, row)


def test_a_district_lies_in_the_former_region_that_held_it() -> None:
    assert in_former_admin1("NP", "Central", "Kathmandu")
    assert in_former_admin1("np", "Eastern Development Region", "Jhapa")
    assert in_former_admin1("NP", "Mid-West", "Surkhet")
    assert not in_former_admin1("NP", "East", "Kathmandu")
    assert not in_former_admin1("NP", "Bagmati", "Kathmandu")  # a province of today's table is not a former area
    assert not in_former_admin1("IN", "Central", "Kathmandu")
    assert not in_former_admin1("NP", "Central", None)
    assert in_former_admin1("PK", "Federally Administered Tribal Areas", "Bājaur Agency")
    assert not in_former_admin1("PK", "Federally Administered Tribal Areas", "Peshawar District")
    assert in_former_admin1("BD", "Dhaka", "Jamalpur")  # in Dhaka division until Mymensingh division was formed
    assert not in_former_admin1("BD", "Dhaka", "Sylhet")


@pytest.mark.usefixtures("scorer_geocoder")
def test_acled_scorer_counts_a_district_of_an_older_region_table() -> None:
    row = _acled_row("2", dt.date(2015, 8, 10), "Protests", "Central", "Protesters marched in Kathmandu.", "Nepal")
    assert admin1_matches("Bagmati", row, "Kathmandu")
    assert not admin1_matches("Koshi", row, "Jhapa")
    assert admin1_matches("Bagmati", row)  # the province lies wholly in the Central region
    assert not admin1_matches("Madhesh", row)  # it took districts of the East too
