"""First-level areas of earlier region tables (`data/former_admin1.yaml`): which former area a district or one of
today's first-level areas lay in, for data coded before a reorganisation (Nepal's development regions before its
2015 provinces, Darfur before its states), and countries whose exports name districts as first-level areas."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from sitrep.geo.normalise import name_key

_PATH = resources.files("sitrep.geo") / "data" / "former_admin1.yaml"


class FormerAreasError(ValueError):
    """The former areas file is not as documented at its top; the message names the file and entry."""


@dataclass(frozen=True, slots=True)
class _FormerArea:
    districts: frozenset[str]  # name keys of the second-level areas it held
    states: frozenset[str]  # name keys of today's first-level areas it held whole


@dataclass(frozen=True, slots=True)
class _FormerTables:
    areas: dict[str, dict[str, _FormerArea]]  # country code -> a former area's name key -> the area
    districts_as_admin1: frozenset[str]  # countries whose exports name the district as the first-level area


@cache
def _former_tables() -> _FormerTables:
    data = yaml.safe_load(_PATH.read_text(encoding="utf-8")) or {}
    areas: dict[str, dict[str, _FormerArea]] = {}
    districts_as_admin1 = frozenset(str(cc).upper() for cc in data.pop("districts_as_admin1", None) or [])
    for cc, country in data.items():
        for number, area in enumerate(country.get("areas") or [], start=1):
            if not area.get("names") or not (area.get("districts") or area.get("states")):
                raise FormerAreasError(f"{_PATH}: {cc} area {number} needs `names` and `districts` or `states`")
            former = _FormerArea(frozenset(name_key(d) for d in area.get("districts") or []),
                                 frozenset(name_key(s) for s in area.get("states") or []))
            for name in area["names"]:
                areas.setdefault(cc.upper(), {})[name_key(name)] = former
    return _FormerTables(areas, districts_as_admin1)


def in_former_admin1(country_code: str | None, former_admin1: str | None, admin2: str | None,
                     admin1: str | None = None) -> bool:
    """Whether a place in the second-level area `admin2` (of today's first-level area `admin1`) lay in
    `former_admin1`, a first-level area of an earlier region table of that country, or is that area in a country
    whose exports name districts as first-level areas (Uganda)."""
    if not (country_code and former_admin1):
        return False
    tables = _former_tables()
    cc, wanted = country_code.upper(), name_key(former_admin1)
    if admin2 and cc in tables.districts_as_admin1 and name_key(admin2) == wanted:
        return True
    area = tables.areas.get(cc, {}).get(wanted)
    return area is not None and (bool(admin2) and name_key(admin2) in area.districts
                                 or bool(admin1) and name_key(admin1) in area.states)


def export_admins(country_code: str | None, admin1: str | None, admin2: str | None) -> tuple[str | None, str | None]:
    """The first- and second-level areas as exports write them: in a country whose exports name the district as
    the first-level area (Uganda: "Arua", not the gazetteer's "Northern" region), the district, with the level
    below it unknown; elsewhere, and where no district is known (an event placed at a region), unchanged."""
    if admin2 and country_code and country_code.upper() in _former_tables().districts_as_admin1:
        return admin2, None
    return admin1, admin2
