"""The one country table (`countries/data/countries.yaml`, keyed by ISO 3166-1 alpha-2) and lookups over it.

Exports, actor names, the gazetteer's country rows, `--country` and the ACLED evaluation all read countries
here, so ACLED's name for a country ("East Timor", "Netherlands", "Vatican City") is written once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from unidecode import unidecode


class CountryTableError(ValueError):
    """The country table (packaged or given) is malformed."""


@dataclass(frozen=True, slots=True)
class Country:
    """One country or territory."""

    iso2: str
    acled: str  # the name ACLED writes in its `country` column and in actor names
    iso_name: str  # the ISO 3166 short name the gazetteer uses ("Timor-Leste"); ACLED's when they agree
    fr: str
    iso3: str
    isonum: int  # ACLED's `iso` (0 for Kosovo, as ACLED writes it)
    continent: str | None = None  # GeoNames continent code
    acled_region: str = ""
    ucdp_region: str = ""
    gwno: int | None = None  # Gleditsch-Ward number (UCDP country_id); None for a territory
    article: str = ""  # "the": "Military Forces of the United States"
    aliases: tuple[str, ...] = ()  # other names of the country itself
    parts: tuple[str, ...] = ()  # part names that stand for the whole in actor names ("Gaza")
    demonyms_en: tuple[str, ...] = ()
    demonyms_fr: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the country, ACLED's first (no demonyms, no part names)."""
        return tuple(dict.fromkeys((self.acled, self.iso_name, self.fr, *self.aliases)))


_FIELDS = {"acled", "iso_name", "fr", "iso3", "isonum", "continent", "acled_region", "ucdp_region", "gwno",
           "article", "aliases", "parts", "demonyms_en", "demonyms_fr"}


def name_key(name: str) -> str:
    """How names are compared: accents, case, punctuation, a leading 'the' ignored ('Timor-Leste' = 'timor leste')."""
    key = re.sub(r"[^a-z0-9]+", " ", unidecode(name).lower()).strip()
    return key[4:] if key.startswith("the ") else key


def parse_table(data: Any, where: str) -> tuple[Country, ...]:
    """Countries from a parsed YAML mapping; a malformed row raises CountryTableError naming `where` and the row."""
    if not isinstance(data, dict):
        raise CountryTableError(f"{where}: expected a mapping of ISO alpha-2 codes to countries")
    countries = []
    for code, row in data.items():
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code)):
            raise CountryTableError(f"{where}: {code!r} is no ISO 3166-1 alpha-2 code")
        if not isinstance(row, dict) or not {"acled", "iso3", "isonum"} <= row.keys():
            raise CountryTableError(f"{where}: {code} needs at least acled, iso3 and isonum")
        unknown = row.keys() - _FIELDS
        if unknown:
            raise CountryTableError(f"{where}: {code} has unknown fields {sorted(unknown)}")
        values = {k: tuple(str(x) for x in v) if isinstance(v, list) else v for k, v in row.items()}
        values.setdefault("iso_name", row["acled"])
        values.setdefault("fr", row["acled"])
        countries.append(Country(iso2=code, **values))
    return tuple(countries)


@cache
def all_countries() -> tuple[Country, ...]:
    """Every country of the packaged table, in ISO alpha-2 order."""
    text = resources.files("sitrep.countries").joinpath("data", "countries.yaml").read_text(encoding="utf-8")
    return parse_table(yaml.safe_load(text), "sitrep/countries/data/countries.yaml")


@cache
def _index() -> dict[str, Country]:
    """Lookup keys, most specific first so a name never loses to another country's alias or demonym:
    ISO alpha-2, ACLED names, ISO names, French names, aliases, ISO alpha-3, demonyms, ISO numeric."""
    table: dict[str, Country] = {}
    layers = (
        lambda c: (c.iso2,), lambda c: (c.acled,), lambda c: (c.iso_name,), lambda c: (c.fr,),
        lambda c: c.aliases, lambda c: (c.iso3,), lambda c: (*c.demonyms_en, *c.demonyms_fr),
        lambda c: (str(c.isonum),) if c.isonum else (),
    )
    for names_of in layers:
        for country in all_countries():
            for name in names_of(country):
                table.setdefault(name_key(name), country)
    return table


def lookup(name_or_code: str | int | None) -> Country | None:
    """A country by ISO alpha-2/alpha-3/numeric code, name (ACLED's, ISO's, French, other) or demonym."""
    if name_or_code is None or name_or_code == "":
        return None
    return _index().get(name_key(str(name_or_code)))


def get(iso2: str) -> Country | None:
    """A country by its ISO alpha-2 code only (case-insensitive)."""
    country = _index().get(name_key(iso2))
    return country if country is not None and country.iso2 == iso2.upper() else None


def acled_name(name_or_code: str | None) -> str | None:
    """ACLED's name for a country given any way `lookup` accepts; None when unknown."""
    country = lookup(name_or_code)
    return country.acled if country else None


def iso2(name_or_code: str | None) -> str | None:
    """The ISO alpha-2 code of a country given any way `lookup` accepts; None when unknown."""
    country = lookup(name_or_code)
    return country.iso2 if country else None
