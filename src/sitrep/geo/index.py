"""Reading the compiled gazetteer: name lookups, admin names, countries. Opening it costs a few milliseconds."""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from sitrep.geo.normalise import cached_key, loose_key, name_key
from sitrep.models import Place


class GazetteerError(Exception):
    """A gazetteer file that cannot be read, or an index that cannot be built; the message names the file."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record, as the index build writes it (`src` and its names) and as ranking reads it back
    (`nalt`: how many alternate names it has; `kind`: how the looked-up name matched it, 0 own name, 1 alternate,
    2 alias, 3 loose spelling, 4 span-only: demonym or abbreviation)."""

    id: int
    name: str
    lat: float
    lon: float
    cc: str
    a1: str
    a2: str
    fclass: str
    fcode: str
    pop: int
    src: str = ""
    alternates: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # "Malian": resolvable when given as a span, never recognised as a place
    nalt: int = 0
    kind: int = 0

    @property
    def is_country(self) -> bool:
        return self.fcode.startswith("PCL")

    @property
    def admin_level(self) -> int:
        """1 for ADM1, 2 for ADM2...; 0 for countries and anything that is not an admin area."""
        return int(self.fcode[3]) if self.fcode.startswith("ADM") and self.fcode[3:4].isdigit() else 0


LOOSE, SPAN_ONLY = 3, 4
NEIGHBOUR_KM = 60  # a town the gazetteer gives no first-level area takes that of a town this near
MAX_CACHED_KEYS = 200_000  # name keys whose entries stay in memory; the cache starts afresh past it
_COLUMNS = "p.id, p.name, p.lat, p.lon, p.cc, p.a1, p.a2, p.fclass, p.fcode, p.pop, p.nalt"


def _entry(row: tuple) -> Entry:
    """An entry from a row of `_COLUMNS` followed by the match kind."""
    return Entry(*row[:10], nalt=row[10], kind=row[11])


def _recognisable(kinds: list[tuple[int, str]]) -> bool | None:
    """True: recognise the name; False: a demonym, which blocks it ("Malian" is an adjective in running text,
    not the hamlet of that name); None: only abbreviations bear it, as if no place did."""
    if any(kind == SPAN_ONLY and (fcode.startswith("PCL") or fcode == "CONT") for kind, fcode in kinds):
        return False
    return True if any(kind < SPAN_ONLY for kind, _ in kinds) else None


class GazetteerIndex:
    """Read-only access to `gazetteer.sqlite` (see `sitrep.geo.build`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._conn.execute("PRAGMA mmap_size = 268435456")  # name lookups read pages straight from the OS cache
        self.admins: dict[str, str] = dict(self._conn.execute("SELECT code, name FROM admins"))
        self.countries: dict[str, tuple[str, int | None]] = {
            cc: (name, iso) for cc, name, iso in self._conn.execute("SELECT cc, name, iso FROM countries")}
        self._by_key: dict[str, tuple[Entry, ...]] = {}
        self._loose = lru_cache(maxsize=50_000)(self._loose_lookup)

    def sources(self) -> list[str]:
        return json.loads(self._conn.execute("SELECT v FROM meta WHERE k = 'sources'").fetchone()[0])

    def stats(self) -> dict[str, int]:
        count = self._conn.execute
        return {
            "places": count("SELECT count(*) FROM places").fetchone()[0],
            "names": count("SELECT count(*) FROM names").fetchone()[0],
            "admin areas": len(self.admins),
            "countries": len(self.countries),
        }

    def entries(self, keys: list[str]) -> dict[str, tuple[Entry, ...]]:
        """Every entry bearing each of these `name_key`s (in id order; a key no place bears maps to ()), with
        the kind of the name's match; one query for the keys not cached yet. Recognition asks for every run of
        capitalised words of a report at once, and resolution then finds the names it kept here."""
        found: dict[str, tuple[Entry, ...]] = {}
        missing: dict[str, list[Entry]] = {}
        for key in keys:
            cached = self._by_key.get(key)
            if cached is None:
                missing[key] = []
            else:
                found[key] = cached
        if missing:
            if len(self._by_key) + len(missing) > MAX_CACHED_KEYS:
                self._by_key.clear()
            chunks = list(missing)
            for start in range(0, len(chunks), 500):  # within SQLite's limit on bound parameters
                chunk = chunks[start:start + 500]
                for row in self._conn.execute(f"SELECT n.key, {_COLUMNS}, n.kind FROM names n JOIN places p ON "
                                              f"p.id = n.id WHERE n.key IN ({','.join('?' * len(chunk))})", chunk):
                    missing[row[0]].append(_entry(row[1:]))
            for key, entries in missing.items():
                found[key] = self._by_key[key] = tuple(sorted(entries, key=lambda e: e.id))
        return {key: found[key] for key in keys}

    def known_keys(self, keys: list[str]) -> dict[str, bool]:
        """The keys among these that the gazetteer holds, each mapped to whether recognition may use it
        (False for demonyms of countries, "Malian")."""
        known = {}
        for key, entries in self.entries(keys).items():
            recognisable = _recognisable([(e.kind, e.fcode) for e in entries])
            if recognisable is not None:
                known[key] = recognisable
        return known

    def sizeable_names(self, cc: str, min_population: int) -> list[tuple[str, Entry]]:
        """The own and alternate name keys of a country's first-level areas and of its places and districts of at
        least `min_population` people (for misspelt names: `sitrep.geo.misspelt`)."""
        rows = self._conn.execute(
            f"SELECT n.key, {_COLUMNS}, n.kind FROM places p JOIN names n ON n.id = p.id WHERE p.cc = ? AND "
            "n.kind <= 1 AND (p.pop >= ? OR p.fcode = 'ADM1')", (cc, min_population))
        return [(row[0], _entry(row[1:])) for row in rows]

    def lookup(self, key: str, loose: bool = False) -> tuple[Entry, ...]:
        """Every entry one of whose names has this `name_key` (or, with `loose`, this `loose_key`)."""
        if loose:
            return self._loose(key)
        found = self._by_key.get(key)
        return found if found is not None else self.entries([key])[key]

    def _loose_lookup(self, key: str) -> tuple[Entry, ...]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS}, {LOOSE} FROM names n JOIN places p ON p.id = n.id WHERE n.loose = ?",
            (loose_key(key),))
        return tuple(_entry(row) for row in rows)

    def candidates(self, name: str) -> tuple[Entry, ...]:
        key = cached_key(name)
        found = self.lookup(key)
        if not found and len(key) >= 5:
            found = self.lookup(key, True)
        return found

    @lru_cache(maxsize=10_000)  # noqa: B019  (one index per process; the cache lives as long as it)
    def admin_entry(self, cc: str, a1: str) -> Entry | None:
        """The first-level admin area with this code, as an entry: the place the admin code table points to,
        else the area of that code bearing the table's name (both indexed lookups, no scan of the places)."""
        code = f"{cc}.{a1}"
        row = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM admins a JOIN places p ON p.id = a.id WHERE "
                                 "a.code = ? AND p.fcode = 'ADM1'", (code,)).fetchone()
        if row is None and code in self.admins:
            row = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM names n JOIN places p ON p.id = n.id WHERE "
                                     "n.key = ? AND p.cc = ? AND p.a1 = ? AND p.fcode = 'ADM1' ORDER BY p.id",
                                     (name_key(self.admins[code]), cc, a1)).fetchone()
        return _entry(row) if row else None

    @lru_cache(maxsize=300)  # noqa: B019  (one index per process; the cache lives as long as it)
    def capital(self, cc: str) -> Entry | None:
        """The country's capital (GeoNames PPLC; the most populous when there are several). A scan of the
        places (no index on the country column): done once per country per process."""
        row = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM places p WHERE p.cc = ? AND p.fcode = 'PPLC' "
                                 "ORDER BY p.pop DESC LIMIT 1", (cc.upper(),)).fetchone()
        return _entry(row) if row else None

    def towns_near(self, cc: str, lat: float, lon: float, km: float) -> list[Entry]:
        """The populated places of a country in the box reaching `km` from a point each way. A scan of the places
        (no index on coordinates): only for the rare place given by a distance from another (`geo.bearing`)."""
        rise = km / 111.0
        run = rise / max(0.05, math.cos(math.radians(lat)))
        rows = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM places p WHERE p.cc = ? AND p.fclass = 'P' AND "
                                  "p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?",
                                  (cc.upper(), lat - rise, lat + rise, lon - run, lon + run))
        return [_entry(row) for row in rows]

    def admin_name(self, cc: str, a1: str, a2: str = "") -> str | None:
        return self.admins.get(f"{cc}.{a1}.{a2}" if a2 else f"{cc}.{a1}")

    @lru_cache(maxsize=1_000)  # noqa: B019  (one index per process; the cache lives as long as it)
    def neighbours_admin1(self, entry: Entry) -> str:
        """The first-level area code of the nearest town within `NEIGHBOUR_KM` that has one, for a town the
        gazetteer gives none (Kenya's Sololo: Marsabit, as Moyale beside it); "" when none is near."""
        near = [e for e in self.towns_near(entry.cc, entry.lat, entry.lon, NEIGHBOUR_KM) if e.a1 and e.a1 != "00"]
        nearest = min(near, key=lambda e: (e.lat - entry.lat) ** 2
                      + ((e.lon - entry.lon) * math.cos(math.radians(entry.lat))) ** 2, default=None)
        return nearest.a1 if nearest is not None else ""

    def place(self, entry: Entry) -> Place:
        country, iso = self.countries.get(entry.cc, (None, None))
        if entry.fclass == "P" and entry.cc and entry.a1 in ("", "00"):
            entry = replace(entry, a1=self.neighbours_admin1(entry), a2="")
        return Place.model_construct(  # values straight from the index's typed columns: nothing to validate
            name=entry.name,
            geonameid=entry.id if entry.id > 0 else None,
            latitude=entry.lat,
            longitude=entry.lon,
            country=country,
            country_code=entry.cc or None,
            iso=iso,
            admin1=self.admin_name(entry.cc, entry.a1) if entry.a1 and not entry.is_country else None,
            admin2=self.admin_name(entry.cc, entry.a1, entry.a2) if entry.a2 else None,
            feature_class=entry.fclass or None,
            feature_code=entry.fcode or None,
            population=entry.pop or None,
        )
