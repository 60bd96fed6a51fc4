"""Reading the files `sitrep gazetteer add` takes into gazetteer rows: full GeoNames dumps (19-column files,
with admin1CodesASCII.txt / admin2Codes.txt beside them) and OpenStreetMap place points (the `NODE` table of the
zipped SQLite extracts). `build` writes what these yield into the index."""

from __future__ import annotations

import io
import math
import os
import re
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from sitrep import countries as country_table
from sitrep.geo.index import Entry, GazetteerError
from sitrep.geo.normalise import name_key

# What `add` takes from a folder: GeoNames country/all/cities dumps, admin code files, OSM place extracts (not the
# readme, countryInfo, featureCodes... files a GeoNames mirror also holds).
GAZETTEER_FILE = re.compile(r"^(?:[A-Z]{2}|allCountries|cities\d+)\.(?:txt|zip)$|^admin[12]Codes(?:ASCII)?\.txt$"
                            r"|\.sqlite(?:\.zip)?$")

# Feature classes/codes conflict reports name, beyond populated places (P) and admin areas (A).
KEEP_CODES = {
    "H": {"WLL", "WLLS", "WLLQ", "OAS", "SPNG", "WAD", "LK", "STM"},
    "L": {"LCTY", "OAS", "RGN", "AREA", "RESF", "PRK", "CMPRF"},
    "S": {"CMP", "CMPRF", "CMPMN", "MILB", "INSM", "AIRB", "AIRF", "AIRP", "MKT", "PS", "BDG", "FT", "CSTL",
          "RSTN", "DAM", "MNMT", "UNIV", "HSP", "SCH", "STDM", "PRN", "RUIN", "CH", "MSQE"},
    "T": {"MT", "MTS", "ISL", "PASS", "VAL", "DSRT"},
    "V": {"FRST"},
    "R": set(),
}


def gazetteer_files(path: Path) -> list[Path]:
    """A file as given; a folder (a GeoNames or OSM download folder) as the gazetteer files inside it."""
    if not path.is_dir():
        return [path]
    found = sorted(f for f in path.iterdir() if f.is_file() and GAZETTEER_FILE.search(f.name))
    if not found:
        raise GazetteerError(f"{path}: folder holds no gazetteer files (GeoNames *.txt/*.zip, OSM *.sqlite[.zip])")
    return found


def is_admin_codes(path: Path) -> bool:
    return path.name.lower().startswith(("admin1codes", "admin2codes"))


def is_osm(path: Path) -> bool:
    return path.name.endswith((".sqlite", ".sqlite.zip"))


def admin_siblings(path: Path, given: list[Path]) -> list[Path]:
    """admin1CodesASCII.txt / admin2Codes.txt beside a dump, unless they were given explicitly."""
    if is_admin_codes(path) or is_osm(path):
        return []
    given_names = {p.name for p in given}
    return [p for name in ("admin1CodesASCII.txt", "admin2Codes.txt")
            if (p := path.parent / name).exists() and name not in given_names]


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".zip":
        archive = zipfile.ZipFile(path)
        members = [n for n in archive.namelist() if n.endswith(".txt") and not n.startswith("readme")]
        if len(members) != 1:
            raise GazetteerError(f"{path}: expected one GeoNames .txt file in the archive, found {members}")
        return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8")
    return path.open(encoding="utf-8")


def geonames_rows(path: Path) -> Iterator[Entry]:
    with _open_text(path) as fh:
        for number, line in enumerate(fh, start=1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 19:
                raise GazetteerError(
                    f"{path}:{number}: expected the 19 tab-separated GeoNames columns, found {len(fields)}")
            fclass, fcode = fields[6], fields[7]
            if fclass not in ("P", "A") and fcode not in KEEP_CODES.get(fclass, ()):
                continue
            try:
                gid, lat, lon, pop = int(fields[0]), float(fields[4]), float(fields[5]), int(fields[14] or 0)
            except ValueError as exc:
                raise GazetteerError(f"{path}:{number}: bad number ({exc})") from exc
            alternates = tuple(a for a in fields[3].split(",") if a) + (fields[2],)
            yield Entry(gid, fields[1], lat, lon, fields[8], fields[10], fields[11], fclass, fcode, pop,
                      path.name, alternates)


def merge_known(conn: sqlite3.Connection, rows: Iterable[Entry]) -> Iterator[Entry]:
    """Dump rows replace the default's, except countries (the default's carry ACLED names, French names and
    demonyms); a population the dump lacks (0) keeps the default's figure."""
    for row in rows:
        known = conn.execute("SELECT fcode, pop FROM places WHERE id = ?", (row.id,)).fetchone()
        if known is None:
            yield row
        elif not known[0].startswith("PCL"):
            yield replace(row, pop=max(row.pop, known[1] or 0))


def add_dump_countries(conn: sqlite3.Connection) -> None:
    """Countries a dump brings that the index lacks (an index built without the embedded default)."""
    rows = conn.execute("SELECT cc, name, id FROM places WHERE fcode = 'PCLI' AND cc NOT IN "
                        "(SELECT cc FROM countries)").fetchall()
    conn.executemany("INSERT INTO countries VALUES (?, ?, NULL, NULL, ?)",
                     ((cc, country_table.acled_name(cc) or name, gid) for cc, name, gid in rows))


# -- OpenStreetMap place points -------------------------------------------------------------------------------

_OSM_CODES = {"city": "PPLA", "town": "PPL", "village": "PPL", "hamlet": "PPL", "isolated_dwelling": "PPL",
              "locality": "LCTY", "suburb": "PPLX", "neighbourhood": "PPLX", "quarter": "PPLX", "water_well": "WLL"}


def osm_rows(path: Path) -> Iterator[Entry]:
    """OSM place nodes, as extra populated places; ids are negative so they never collide with GeoNames."""
    data_file = path
    if path.suffix == ".zip":
        extract_dir = path.parent if os.access(path.parent, os.W_OK) else Path(os.environ.get("TMPDIR", "/tmp"))
        with zipfile.ZipFile(path) as archive:
            inner = [n for n in archive.namelist() if n.endswith(".sqlite")]
            if len(inner) != 1:
                raise GazetteerError(f"{path}: expected one .sqlite file in the archive")
            data_file = Path(archive.extract(inner[0], extract_dir / f"sitrep-osm-{os.getpid()}"))
    try:
        conn = sqlite3.connect(f"file:{data_file}?mode=ro", uri=True)
        try:
            records = conn.execute("SELECT ID, LAT, LON, NAME, NAME_EN, VALUE, POPULATION FROM NODE WHERE "
                                   "(TAG = 'place' OR VALUE = 'water_well') AND NAME IS NOT NULL").fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: not an OSM place-point extract with a NODE table ({exc})") from exc
        finally:
            conn.close()
    finally:
        if data_file != path:
            data_file.unlink(missing_ok=True)
            data_file.parent.rmdir()
    for osm_id, lat, lon, name, name_en, value, pop in records:
        if value in _OSM_CODES:
            fclass = {"LCTY": "L", "WLL": "H"}.get(_OSM_CODES[value], "P")
            yield Entry(-int(osm_id), name, lat, lon, "", "", "", fclass, _OSM_CODES[value], int(pop or 0),
                      path.name, (name_en,) if name_en else ())


def place_osm_rows(conn: sqlite3.Connection, path: Path, rows: list[Entry]) -> list[Entry]:
    """Give OSM points the country their file is named after ("mali.sqlite.zip") and the admin areas of the
    nearest GeoNames place in it; drop points GeoNames already has (same name within 5 km)."""
    stem = path.name.split(".")[0].replace("-", " ").replace("_", " ")
    found = conn.execute("SELECT p.cc FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? AND "
                         "p.fcode LIKE 'PCL%'", (name_key(stem),)).fetchone()
    if found is None:
        raise GazetteerError(f"{path}: cannot tell the country from the file name (expected e.g. mali.sqlite.zip)")
    cc = found[0]
    known = conn.execute("SELECT lat, lon, a1, a2, name FROM places WHERE cc = ? AND id > 0 AND fclass IN "
                         "('P', 'H', 'L', 'S')", (cc,)).fetchall()
    if not known:
        return [_with(row, cc, "", "") for row in rows]
    import numpy as np  # only OSM extracts need a nearest-neighbour search: keep the CLI start-up light
    from scipy.spatial import cKDTree

    tree = cKDTree(np.radians([[lat, lon] for lat, lon, *_ in known]))
    _, nearest = tree.query(np.radians([[r.lat, r.lon] for r in rows]), k=8)
    placed = []
    for row, neighbours in zip(rows, nearest, strict=True):
        key = name_key(row.name)
        close = [known[i] for i in neighbours if i < len(known)]
        if any(name_key(k[4]) == key and _km(row.lat, row.lon, k[0], k[1]) < 5 for k in close):
            continue
        placed.append(_with(row, cc, close[0][2], close[0][3]))
    return placed


def _with(row: Entry, cc: str, a1: str, a2: str) -> Entry:
    return replace(row, cc=cc, a1=a1, a2=a2)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: exact enough under a few km."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))
