"""Normalisation, ranking and overrides on a tiny hand-written GeoNames-format gazetteer (tests/fixtures/geo)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitrep.geo import GazetteerError, Geocoder, geo_precision
from sitrep.geo.build import add_sources, build_default
from sitrep.geo.index import GazetteerIndex

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "geo"


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    data_dir = tmp_path_factory.mktemp("fixture-gazetteer")
    path = build_default(data_dir, embedded=False)
    add_sources(data_dir, [FIXTURES / "ML.txt"], overrides=FIXTURES / "overrides.yaml")
    return Geocoder(GazetteerIndex(path))


def test_tamasheq_prefix_and_transliteration_match(geocoder: Geocoder) -> None:
    for spelling in ("Indelimane", "I-n-Déliman", "In Deliman", "INDELIMANE"):
        places = geocoder.search(spelling)
        assert [p.geonameid for p in places] == [2456415], spelling


def test_overrides_fix_sign_and_region(geocoder: Geocoder) -> None:
    bourem = geocoder.search("Bourem")[0]
    assert bourem.longitude == pytest.approx(-0.34861)
    menaka = geocoder.search("Ménaka", country_code="ML")
    town = next(p for p in menaka if p.feature_class == "P")
    assert town.admin1 == "Ménaka"
    assert geocoder.search("Indelimane")[0].admin1 == "Ménaka"


def test_admin_names_come_from_the_codes_file_beside_the_dump(geocoder: Geocoder) -> None:
    lere = {p.geonameid: p.admin1 for p in geocoder.search("Léré")}
    assert lere == {2454104: "Tombouctou", 6866964: "Ségou"}


def test_unwanted_feature_classes_are_dropped(geocoder: Geocoder) -> None:
    assert geocoder.search("Tin Akof Forest") == []


def test_town_ranks_before_namesake_region_and_smaller_namesakes(geocoder: Geocoder) -> None:
    ranked = [p.geonameid for p in geocoder.search("Gao")]
    assert ranked[0] == 2457163
    assert geocoder.search("Gao", admin1="Kayes")[0].geonameid == 2457164


def test_country_and_admin1(geocoder: Geocoder) -> None:
    mali = geocoder.country("Mali")
    assert mali is not None and mali.feature_code == "PCLI" and mali.country_code == "ML"
    region = geocoder.admin1("ML", "Menaka")
    assert region is not None and region.geonameid == 12070577
    assert geocoder.admin1("ML", "Bourem") is None


def test_context_picks_the_namesake_in_the_mentioned_region(geocoder: Geocoder) -> None:
    text = "Gunmen attacked a market near Léré, in the Tombouctou region, on Tuesday."
    spans = [(text.index("Léré"), text.index("Léré") + 4), (text.index("Tombouctou"), text.index("Tombouctou") + 10)]
    lere, region = geocoder.resolve_spans(text, spans)
    assert lere.place is not None and lere.place.geonameid == 2454104
    assert lere.rule == "near" and geo_precision(lere) == 2
    assert region.rule == "region-of" and region.place is not None and region.place.feature_code == "ADM1"
    assert geo_precision(region) == 3


def test_region_pattern_prefers_the_admin_area(geocoder: Geocoder) -> None:
    text = "Troops were sent to the Gao region."
    (gao,) = geocoder.resolve_spans(text, [(text.index("Gao"), text.index("Gao") + 3)])
    assert gao.place is not None and gao.place.feature_code == "ADM1"
    text = "Troops were sent to Gao."
    (gao,) = geocoder.resolve_spans(text, [(text.index("Gao"), text.index("Gao") + 3)])
    assert gao.place is not None and gao.place.geonameid == 2457163 and geo_precision(gao) == 1


def test_spans_outside_the_text_are_refused(geocoder: Geocoder) -> None:
    with pytest.raises(ValueError, match="outside the text"):
        geocoder.resolve_spans("Gao", [(0, 10)])


def test_bad_dump_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "XX.txt"
    bad.write_text("1\tOnly\tfive\tcolumns\there\n", encoding="utf-8")
    build_default(tmp_path, embedded=False)
    with pytest.raises(GazetteerError, match=r"XX\.txt:1: expected the 19 tab-separated GeoNames columns"):
        add_sources(tmp_path, [bad])


def test_adding_is_idempotent(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "ML.txt", tmp_path / "ML.txt")
    build_default(tmp_path, embedded=False)
    add_sources(tmp_path, [tmp_path / "ML.txt"], overrides=FIXTURES / "overrides.yaml")
    first = GazetteerIndex(tmp_path / "gazetteer.sqlite").stats()
    add_sources(tmp_path, [tmp_path / "ML.txt"], overrides=FIXTURES / "overrides.yaml")
    assert GazetteerIndex(tmp_path / "gazetteer.sqlite").stats() == first


def test_region_named_after_its_town(tmp_path: Path) -> None:
    build_default(tmp_path, embedded=False)
    rows = [line for line in (FIXTURES / "ML.txt").read_text(encoding="utf-8").splitlines()
            if not line.startswith(("2457161\t", "2449066\t"))]  # no Gao or Tombouctou region rows
    rows.append("\t".join(["2449067", "Tombouctou", "Tombouctou", "Timbuktu", "16.77348", "-3.00742", "P", "PPLA",
                           "ML", "", "08", "", "", "", "35000", "", "", "Africa/Bamako", "2024-01-01"]))
    rows.append("\t".join(["2449066", "Tombouctou Region", "Tombouctou Region", "", "20.0", "-2.0", "A", "ADM1",
                           "ML", "", "08", "", "", "", "0", "", "", "Africa/Bamako", "2024-01-01"]))
    (tmp_path / "ML.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    shutil.copy(FIXTURES / "admin1CodesASCII.txt", tmp_path / "admin1CodesASCII.txt")
    add_sources(tmp_path, [tmp_path / "ML.txt"], overrides=FIXTURES / "overrides.yaml")
    geocoder = Geocoder(GazetteerIndex(tmp_path / "gazetteer.sqlite"))
    text = "Clashes were reported in the Timbuktu region."
    start = text.index("Timbuktu")
    (region,) = geocoder.resolve_spans(text, [(start, start + 8)])
    assert region.place is not None and region.place.geonameid == 2449066 and geo_precision(region) == 3


def test_osm_points_get_country_and_admin_from_geonames(tmp_path: Path) -> None:
    import sqlite3

    osm = tmp_path / "mali.sqlite"
    with sqlite3.connect(osm) as conn:
        conn.execute("CREATE TABLE NODE (ID INTEGER PRIMARY KEY, LAT DOUBLE, LON DOUBLE, NAME TEXT, NAME_EN TEXT, "
                     "NAME_DE TEXT, TAG TEXT, VALUE TEXT, POPULATION INTEGER, ELEVATION INTEGER)")
        conn.executemany("INSERT INTO NODE VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, NULL, NULL)", [
            (1, 16.30, -0.02, "Kadji", "place", "village"),  # a village near Gao town
            (2, 16.2717, -0.0447, "Gao", "place", "city"),  # GeoNames has it: dropped
            (3, 16.30, -0.02, "Clinic", "amenity", "clinic"),  # not a place
        ])
    build_default(tmp_path, embedded=False)
    added = add_sources(tmp_path, [FIXTURES / "ML.txt", osm], overrides=FIXTURES / "overrides.yaml")
    assert added[str(osm)] == 1
    geocoder = Geocoder(GazetteerIndex(tmp_path / "gazetteer.sqlite"))
    (kadji,) = geocoder.search("Kadji")
    assert (kadji.country_code, kadji.admin1, kadji.geonameid) == ("ML", "Gao", None)


def test_schema_upgrade_keeps_added_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from sitrep.geo import build

    shutil.copy(FIXTURES / "ML.txt", tmp_path / "ML.txt")
    data_dir = tmp_path / "data"
    build_default(data_dir, embedded=False)
    add_sources(data_dir, [tmp_path / "ML.txt"])
    with sqlite3.connect(data_dir / "gazetteer.sqlite") as conn:
        conn.execute("UPDATE meta SET v = 'old' WHERE k = 'schema'")
    monkeypatch.setattr(build, "_load_default", lambda conn: None)  # the embedded default is not under test
    build.ensure_index(data_dir)
    assert GazetteerIndex(data_dir / "gazetteer.sqlite").candidates("Bourem")


def test_district_pattern_finds_the_admin_spelling(tmp_path: Path) -> None:
    rows = (FIXTURES / "ML.txt").read_text(encoding="utf-8")
    rows += "\t".join(["7670549", "Douentza Cercle", "Douentza Cercle", "", "15.0", "-2.5", "A", "ADM2", "ML", "",
                       "04", "7670549", "", "", "0", "", "", "Africa/Bamako", "2024-01-01"]) + "\n"
    rows += "\t".join(["2458334", "Douentza", "Douentza", "", "15.00155", "-2.94978", "P", "PPLA2", "ML", "",
                       "04", "", "", "", "8054", "", "", "Africa/Bamako", "2024-01-01"]) + "\n"
    (tmp_path / "ML.txt").write_text(rows, encoding="utf-8")
    build_default(tmp_path, embedded=False)
    add_sources(tmp_path, [tmp_path / "ML.txt"], overrides=FIXTURES / "overrides.yaml")
    geocoder = Geocoder(GazetteerIndex(tmp_path / "gazetteer.sqlite"))
    for text in ("Fighting in the Douentza cercle.", "Des combats dans le cercle de Douentza."):
        start = text.index("Douentza")
        (cercle,) = geocoder.resolve_spans(text, [(start, start + 8)], language="en" if "Fighting" in text else "fr")
        assert cercle.place is not None and cercle.place.geonameid == 7670549, text
        assert geo_precision(cercle) == 2
    text = "Shots were fired in Douentza."
    start = text.index("Douentza")
    (town,) = geocoder.resolve_spans(text, [(start, start + 8)])
    assert town.place is not None and town.place.geonameid == 2458334


def test_adding_a_folder_takes_its_dumps_and_admin_codes_and_skips_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "geonames"
    folder.mkdir()
    shutil.copy(FIXTURES / "ML.txt", folder / "ML.txt")
    shutil.copy(FIXTURES / "admin1CodesASCII.txt", folder / "admin1CodesASCII.txt")
    (folder / "readme.txt").write_text("GeoNames country dumps, one file per country.\n", encoding="utf-8")
    build_default(tmp_path, embedded=False)
    added = add_sources(tmp_path, [folder], overrides=FIXTURES / "overrides.yaml")
    assert set(added) == {str(folder / "ML.txt"), str(folder / "admin1CodesASCII.txt")}
    geocoder = Geocoder(GazetteerIndex(tmp_path / "gazetteer.sqlite"))
    assert geocoder.search("Indelimane")[0].admin1 == "Ménaka"


def test_adding_a_folder_without_gazetteer_files_names_it(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "readme.txt").write_text("nothing here\n", encoding="utf-8")
    build_default(tmp_path, embedded=False)
    with pytest.raises(GazetteerError, match=r"downloads: folder holds no gazetteer files"):
        add_sources(tmp_path, [folder])
