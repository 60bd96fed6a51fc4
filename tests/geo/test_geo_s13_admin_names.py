"""Exports name first-level areas as ACLED does where GeoNames writes another form (overrides.yaml `admin_name`),
and either spelling still denotes the area."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.geo import get_geocoder
from sitrep.geo.build import apply_overrides


@pytest.mark.parametrize(
    ("text", "country", "name", "admin1"),
    [
        ("Gunmen attacked a checkpoint in Jowhar on Monday.", "SO", "Jowhar", "Middle Shabelle"),
        ("A bomb went off in Mogadishu on Monday.", "SO", "Mogadishu", "Banadir"),
        ("Fighting was reported near Kismayo on Monday.", "SO", "Kismayo", "Lower Juba"),
        ("Militias clashed in Gondar on Monday.", "ET", "Gondar", "Amhara"),
        ("Protesters marched in Mekele on Monday.", "ET", "Mekele", "Tigray"),
        ("Students protested in Colombo on Monday.", "LK", "Colombo", "Western"),
        ("Two men died in clashes in Cox's Bazar on Friday.", "BD", "Cox's Bazar", "Chittagong"),
    ],
)
def test_a_town_is_exported_in_its_area_named_as_acled_names_it(text: str, country: str, name: str,
                                                                  admin1: str) -> None:
    placed = {t.text: t.place.admin1 for t in get_geocoder().find_toponyms(text, country=country) if t.place}
    assert placed[name] == admin1


@pytest.mark.parametrize(
    ("country", "acled", "geonames"),
    [("SO", "Lower Juba", "Jubbada Hoose"), ("ET", "Amhara", "Amara"), ("ET", "Benshangul/Gumuz", "Benshangul-Gumaz"),
     ("LK", "Western", "Western Province"), ("KH", "Mondulkiri", "Mondol Kiri"), ("EG", "Menoufia", "Monufia")],
)
def test_the_gazetteer_name_still_denotes_the_area(country: str, acled: str, geonames: str) -> None:
    assert get_geocoder().same_admin1(country, acled, geonames)


def test_admin_name_renames_the_area_and_leaves_other_areas(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, a1 TEXT,"
                       " a2 TEXT, fclass TEXT, fcode TEXT, pop INTEGER, nalt INTEGER, src TEXT);"
                       "CREATE TABLE names (key TEXT, loose TEXT, id INTEGER, kind INTEGER, PRIMARY KEY (key, id));"
                       "CREATE TABLE admins (code TEXT PRIMARY KEY, name TEXT NOT NULL, id INTEGER);")
    conn.executemany("INSERT INTO places VALUES (?, ?, 0, 0, 'SO', ?, '', 'A', 'ADM1', 0, 0, 'test')",
                     [(1, "Shabeellaha Dhexe", "13"), (2, "Bay", "04")])
    conn.executemany("INSERT INTO admins VALUES (?, ?, ?)", [("SO.13", "Shabeellaha Dhexe", 1), ("SO.04", "Bay", 2)])
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text("places:\n  - {geonameid: 1, admin_name: Middle Shabelle}\n", encoding="utf-8")
    apply_overrides(conn, overrides)
    assert dict(conn.execute("SELECT code, name FROM admins")) == {"SO.13": "Middle Shabelle", "SO.04": "Bay"}
    assert dict(conn.execute("SELECT id, name FROM places")) == {1: "Middle Shabelle", 2: "Bay"}


def test_an_area_is_found_by_its_exported_name() -> None:
    area = get_geocoder().admin1("LK", "Western")  # no text calls it so alone: only its exports
    assert area is not None and (area.feature_code, area.admin1) == ("ADM1", "Western")
