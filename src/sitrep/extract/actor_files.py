"""Reading the actor knowledge base's files: the YAML under `extract/data/actors/` (and an analyst's own) into
countries and `ActorEntry`s, with errors naming the file and the entry. `actor_kb.ActorKB` is built from them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from sitrep import countries as country_table
from sitrep.models import ActorRef

DATA_DIR = Path(__file__).parent / "data" / "actors"

# ACLED codebook: actor type -> inter code (1..8).
_TYPES = (
    "State forces|Rebel group|Political militia|Identity militia|Rioters|Protesters|Civilians|External/Other forces"
)
INTER_CODES: dict[str, int] = {name: code for code, name in enumerate(_TYPES.split("|"), start=1)}

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the regional files are long
# An actor's `active` years: the first year (or month) and, once it ended, the last ("2013-", "2007-2022", "2023-09-")
_ACTIVE = re.compile(r"(?P<first>\d{4})(?:-(?P<first_month>\d{2}))?-(?:(?P<last>\d{4})(?:-(?P<last_month>\d{2}))?)?")


class ActorKBError(ValueError):
    """A knowledge-base file that cannot be read; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class CountryInfo:
    name: str  # ACLED-style English name: "Democratic Republic of Congo"
    name_fr: str
    iso2: str
    iso3: str
    isonum: int
    continent: str
    aliases: tuple[str, ...] = ()
    demonyms_en: tuple[str, ...] = ()
    demonyms_fr: tuple[str, ...] = ()
    article: str = ""  # "the": ACLED writes "Military Forces of the United States"


@dataclass(slots=True)
class ActorEntry:
    """One named actor of the knowledge base."""

    name: str
    actor_type: str | None
    country: str | None = None
    active: str | None = None
    jihadist: bool = False
    militia: str | None = None  # the name ACLED gives the party's armed supporters ("... Militia")
    # (from, until, name): the name ACLED gave the actor between two dates (until excluded)
    periods: list[tuple[dt.date, dt.date, str]] = field(default_factory=list)
    # (until, name): the name exports made before a date (their last day, `Article.as_of`) give the actor for events
    # of any date, as ACLED renames actors in the whole dataset at once ("Liyu Division" in 2016 exports)
    exported: list[tuple[dt.date, str]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    case_sensitive: set[str] = field(default_factory=set)
    source: str = ""

    def active_on(self, day: dt.date) -> bool:
        """Whether `day` falls within the actor's `active` years (an actor with none is active on every day)."""
        if self.active is None:
            return True
        first, until = active_span(self.active)
        return first <= day and (until is None or day < until)

    def ref(self, mention: str | None = None) -> ActorRef:
        return ActorRef(
            name=self.name,
            actor_type=self.actor_type,
            inter_code=INTER_CODES.get(self.actor_type or ""),
            country=self.country,
            mention=mention,
        )




def read_actor_file(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ActorKBError(f"{path}: cannot read actor file: {exc}") from exc
    if not isinstance(data, dict):
        raise ActorKBError(f"{path}: expected a mapping at the top (e.g. `actors:`), got {type(data).__name__}")
    return data


def _str_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in value):
        raise ActorKBError(f"{where}: expected a list of names (quote yes/no/on/off), got {value!r}")
    return [str(v) for v in value]


def parse_actor(raw: Any, where: str) -> ActorEntry:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise ActorKBError(f"{where}: each actor needs a `name` (got {raw!r})")
    actor_type = raw.get("type")
    if actor_type is not None and actor_type not in INTER_CODES:
        raise ActorKBError(f"{where} ({raw['name']}): unknown type {actor_type!r}; use one of {list(INTER_CODES)}")
    aliases_raw = raw.get("aliases") or {}
    if isinstance(aliases_raw, dict):
        aliases = [a for lang in aliases_raw.values() for a in _str_list(lang, where)]
    else:
        aliases = _str_list(aliases_raw, where)
    aliases = list(dict.fromkeys(aliases))
    periods = []
    for period in raw.get("periods") or []:
        if not isinstance(period, dict) or not {"from", "until", "name"} <= set(period):
            raise ActorKBError(f"{where} ({raw['name']}): each period needs `from`, `until` and `name` ({period!r})")
        try:
            periods.append((as_date(period["from"]), as_date(period["until"]), str(period["name"])))
        except ValueError as exc:
            raise ActorKBError(f"{where} ({raw['name']}): {exc}") from exc
    exported = []
    for spec in raw.get("exported") or []:
        if not isinstance(spec, dict) or not {"until", "name"} <= set(spec):
            raise ActorKBError(f"{where} ({raw['name']}): each `exported` name needs `until` and `name` ({spec!r})")
        try:
            exported.append((as_date(spec["until"]), str(spec["name"])))
        except ValueError as exc:
            raise ActorKBError(f"{where} ({raw['name']}): {exc}") from exc
    if raw.get("active") is not None and _ACTIVE.fullmatch(str(raw["active"])) is None:
        raise ActorKBError(f"{where} ({raw['name']}): `active` is \"first-last\" years, the last left out while it "
                           f"is active, each year may take its month (\"2013-\", \"2007-2022\", \"2023-09-\"); got "
                           f"{raw['active']!r}")
    return ActorEntry(
        name=raw["name"],
        actor_type=actor_type,
        country=raw.get("country"),
        active=str(raw["active"]) if raw.get("active") is not None else None,
        jihadist=bool(raw.get("jihadist", False)),
        militia=raw.get("militia"),
        aliases=aliases,
        case_sensitive=set(_str_list(raw.get("case_sensitive"), where)),
        source=where,
        periods=periods,
        exported=sorted(exported),
    )


@cache
def active_span(active: str) -> tuple[dt.date, dt.date | None]:
    """The first day of `active` years and the day after the last (None while the actor is active)."""
    match = _ACTIVE.fullmatch(active)
    if match is None:
        raise ValueError(f"not active years: {active!r}")
    first = dt.date(int(match["first"]), int(match["first_month"] or 1), 1)
    if match["last"] is None:
        return first, None
    year, month = int(match["last"]), int(match["last_month"] or 12)
    return first, dt.date(year + month // 12, month % 12 + 1, 1)


def as_date(value: Any) -> dt.date:
    """A YAML date (read as a date) or "YYYY-MM-DD" text."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@cache
def packaged_files() -> tuple[list[CountryInfo], dict[str, Any], dict[str, Any], list[tuple[Path, dict[str, Any]]]]:
    """The packaged files, parsed once per process (several knowledge bases may be built from them)."""
    countries = [
        CountryInfo(name=c.acled, name_fr=c.fr, iso2=c.iso2, iso3=c.iso3, isonum=c.isonum, continent=c.continent or "",
                    aliases=tuple(a for a in dict.fromkeys((*c.aliases, c.iso_name, *c.parts)) if a != c.acled),
                    demonyms_en=c.demonyms_en, demonyms_fr=c.demonyms_fr, article=c.article)
        for c in country_table.all_countries()
    ]
    regional = sorted(p for p in DATA_DIR.glob("*.yaml") if p.stem not in {"generic", "ethnic"})
    return (
        countries,
        read_actor_file(DATA_DIR / "generic.yaml"),
        read_actor_file(DATA_DIR / "ethnic.yaml"),
        [(p, read_actor_file(p)) for p in regional],
    )
