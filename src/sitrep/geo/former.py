"""First-level areas of earlier region tables (`data/former_admin1.yaml`): which former area a district lay in,
for data coded before a reorganisation (Nepal's development regions before its 2015 provinces)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from sitrep.geo.normalise import name_key

_PATH = resources.files("sitrep.geo") / "data" / "former_admin1.yaml"


class FormerAreasError(ValueError):
    """The former areas file is not as documented at its top; the message names the file and entry."""


@cache
def _former_areas() -> dict[str, dict[str, frozenset[str]]]:
    """Per country code, each former area's name keys mapped to the name keys of the districts it held."""
    data = yaml.safe_load(_PATH.read_text(encoding="utf-8")) or {}
    table: dict[str, dict[str, frozenset[str]]] = {}
    for cc, country in data.items():
        for number, area in enumerate(country.get("areas") or [], start=1):
            if not area.get("names") or not area.get("districts"):
                raise FormerAreasError(f"{_PATH}: {cc} area {number} needs `names` and `districts`")
            districts = frozenset(name_key(d) for d in area["districts"])
            for name in area["names"]:
                table.setdefault(cc.upper(), {})[name_key(name)] = districts
    return table


def in_former_admin1(country_code: str | None, former_admin1: str | None, admin2: str | None) -> bool:
    """Whether the second-level area `admin2` lay in `former_admin1`, a first-level area of an earlier region
    table of that country."""
    if not (country_code and former_admin1 and admin2):
        return False
    districts = _former_areas().get(country_code.upper(), {}).get(name_key(former_admin1))
    return districts is not None and name_key(admin2) in districts
