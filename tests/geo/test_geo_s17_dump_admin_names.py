"""Admin code files added over an index that already names the areas (`sitrep gazetteer add` of a GeoNames folder,
whose admin1CodesASCII.txt / admin2Codes.txt cover every country): the index's names stay, so the ACLED names
the default carries ("North Darfur", Uganda's district "Arua") survive; and a dump that names a region after
its kind ("Tombouctou Region") still shares the spellings of the town it is named after (Timbuktu). Written on
a tiny GeoNames-format gazetteer made here."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.geo import Geocoder
from sitrep.geo.build import add_sources, build_default
from sitrep.geo.index import GazetteerIndex

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, a1, population
_ROWS = [
    (1, "Mali", "Mali", "", 17.0, -4.0, "A", "PCLI", "ML", "00", 20000000),
    (10, "Tombouctou Region", "Tombouctou Region", "Region de Tombouctou", 19.7, -3.6, "A", "ADM1", "ML", "08",
     680000),
    (11, "Tombouctou", "Tombouctou", "Timbuktu,Timbuctoo", 16.77, -3.0, "P", "PPLA", "ML", "08", 35000),
    (12, "Gao Region", "Gao Region", "", 16.9, 0.5, "A", "ADM1", "ML", "07", 540000),
    (13, "Gao", "Gao", "", 16.27, -0.04, "P", "PPLA", "ML", "07", 87000),
    (14, "Bourem", "Bourem", "", 16.95, -0.35, "P", "PPL", "ML", "07", 27000),
]
_CODES_BEFORE = ["SD.55\tNorth Darfur\tNorth Darfur\t408666", "UG.C\tCentral\tCentral\t234594"]
_ADMIN2_BEFORE = ["UG.C.999\tArua\tArua\t9999"]
_CODES_AFTER = ["SD.55\tNorthern Darfur\tNorthern Darfur\t408666", "UG.C\tCentral Region\tCentral Region\t234594",
                "ML.08\tTombouctou\tTombouctou\t10", "ML.07\tGao\tGao\t12"]
_ADMIN2_AFTER = ["UG.C.999\tArua District\tArua District\t9999", "UG.C.998\tKoboko District\tKoboko District\t9998"]


def _dump(folder: Path) -> Path:
    dump = folder / "ML.txt"
    dump.write_text("".join(
        f"{gid}\t{name}\t{ascii_name}\t{alternates}\t{lat}\t{lon}\t{fclass}\t{fcode}\t{cc}\t\t{a1}\t\t\t\t{pop}"
        "\t\t\tAfrica/Bamako\t2024-01-01\n"
        for gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, a1, pop in _ROWS), encoding="utf-8")
    return dump


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    folder = tmp_path_factory.mktemp("dump-admin-names")
    before, after = folder / "before", folder / "after"
    before.mkdir()
    after.mkdir()
    (before / "admin1CodesASCII.txt").write_text("\n".join(_CODES_BEFORE) + "\n", encoding="utf-8")
    (before / "admin2Codes.txt").write_text("\n".join(_ADMIN2_BEFORE) + "\n", encoding="utf-8")
    (after / "admin1CodesASCII.txt").write_text("\n".join(_CODES_AFTER) + "\n", encoding="utf-8")
    (after / "admin2Codes.txt").write_text("\n".join(_ADMIN2_AFTER) + "\n", encoding="utf-8")
    (folder / "overrides.yaml").write_text("places: []\n", encoding="utf-8")
    data_dir = folder / "data"
    path = build_default(data_dir, embedded=False)
    overrides = folder / "overrides.yaml"
    add_sources(data_dir, [before / "admin1CodesASCII.txt", before / "admin2Codes.txt"], overrides=overrides)
    add_sources(data_dir, [_dump(after)], overrides=overrides)  # the dump with its folder's admin code files
    return Geocoder(GazetteerIndex(path))


@pytest.mark.parametrize(("code", "name"), [
    ("SD.55", "North Darfur"),  # not GeoNames' "Northern Darfur": data/former_admin1.yaml lists "North Darfur"
    ("UG.C", "Central"),
    ("UG.C.999", "Arua"),  # Uganda's exports name the district as the first-level area: "Arua", not "Arua District"
])
def test_an_added_code_file_keeps_the_names_the_index_has(geocoder: Geocoder, code: str, name: str) -> None:
    assert geocoder.index.admins[code] == name


@pytest.mark.parametrize(("code", "name"), [
    ("ML.08", "Tombouctou"),  # guard: areas the index did not name take the file's names
    ("UG.C.998", "Koboko District"),
])
def test_an_added_code_file_names_the_areas_the_index_lacked(geocoder: Geocoder, code: str, name: str) -> None:
    assert geocoder.index.admins[code] == name


def test_a_region_named_with_its_kind_word_shares_its_towns_spellings(geocoder: Geocoder) -> None:
    # ACLED's "Timbuktu" for the region the dump calls "Tombouctou Region"
    assert geocoder.same_admin1("ML", "Timbuktu", "Tombouctou")
    assert geocoder.same_admin1("ML", "Tombouctou", "Timbuktu")


def test_a_region_is_not_named_after_a_town_of_another_name(geocoder: Geocoder) -> None:
    assert not geocoder.same_admin1("ML", "Bourem", "Gao")  # guard: Bourem lies in Gao region, not named after it
    assert not geocoder.same_admin1("ML", "Timbuktu", "Gao")
