"""ACLED and UCDP derived codes: disorder type, interaction, region, UCDP precision and violence type.

The tables live in `deliver/data/codes.yaml` and the one country table `countries/data/countries.yaml`
(`sitrep.countries`) so analysts can read and edit them.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from sitrep import countries
from sitrep.models import Event

CIVILIANS_INTER = 7


def _data_text(name: str) -> str:
    return resources.files("sitrep.deliver").joinpath("data", name).read_text(encoding="utf-8")


@cache
def _codes() -> dict[str, Any]:
    return yaml.safe_load(_data_text("codes.yaml"))


CountryInfo = countries.Country  # exports read ACLED's name, iso and region, UCDP's region and gwno from it


def all_countries() -> tuple[CountryInfo, ...]:
    return countries.all_countries()


def country_info(name_or_code: str | int | None) -> CountryInfo | None:
    """A country by name (ACLED's or another common one), demonym, ISO alpha-2/alpha-3 or numeric code."""
    return countries.lookup(name_or_code)


def disorder_type(event_type: str, sub_event_type: str | None = None) -> str:
    """ACLED's disorder_type: the sub-event override first, then the event type's; '' when unknown."""
    table = _codes()["disorder_type"]
    if sub_event_type and sub_event_type in table["sub_event_types"]:
        return str(table["sub_event_types"][sub_event_type])
    return str(table["event_types"].get(event_type, ""))


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (13, 17); a sole actor gives e.g. 60."""
    if inter1 is None:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def civilian_targeting(event: Event) -> str:
    """ACLED marks events whose target (actor2) is civilians."""
    targeted = event.inter2 == CIVILIANS_INTER or (event.actor2 or "").startswith("Civilians")
    return "Civilian targeting" if targeted else ""


def ucdp_date_prec(time_precision: int | None) -> int | None:
    return _codes()["ucdp_date_prec"].get(time_precision) if time_precision is not None else None


def ucdp_where_prec(geo_precision: int | None) -> int | None:
    if geo_precision is None:
        return None
    return _codes()["ucdp_where_prec"].get(geo_precision)


def is_state_actor(name: str | None, inter: int | None) -> bool:
    """A government's forces (own or foreign), for UCDP's state-based/non-state split."""
    codes = _codes()
    if inter in codes["ucdp_state_inter_codes"]:
        return True
    return name is not None and name.startswith(tuple(codes["ucdp_state_actor_prefixes"]))


def ucdp_type_of_violence(event: Event) -> int | None:
    """1 state-based, 2 non-state, 3 one-sided; None when the event is not organised armed violence."""
    codes = _codes()
    armed, civilians = set(codes["ucdp_armed_inter_codes"]), set(codes["ucdp_civilian_inter_codes"])
    inter1, inter2 = event.inter1, event.inter2
    if inter1 not in armed and inter2 not in armed:
        return None
    if {inter1, inter2} & civilians:
        return 3
    if inter1 in armed and inter2 in armed:
        states = is_state_actor(event.actor1, inter1) or is_state_actor(event.actor2, inter2)
        return 1 if states else 2
    return None
