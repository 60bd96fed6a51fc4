"""The one country table: lookups by every kind of name, and the names the three old tables disagreed on."""

from __future__ import annotations

import pytest

from sitrep import countries
from sitrep.countries import CountryTableError, parse_table


@pytest.mark.parametrize(
    ("name", "code", "acled"),
    [
        # the old tables disagreed on these: actor KB "The Netherlands" / "Timor Leste" / "Vatican"
        ("Netherlands", "NL", "Netherlands"), ("The Netherlands", "NL", "Netherlands"),
        ("Holland", "NL", "Netherlands"),
        ("Pays-Bas", "NL", "Netherlands"), ("Timor-Leste", "TL", "East Timor"), ("Timor Leste", "TL", "East Timor"),
        ("East Timor", "TL", "East Timor"), ("Vatican", "VA", "Vatican City"), ("Holy See", "VA", "Vatican City"),
        # codes of every kind, French names, accents and case
        ("ML", "ML", "Mali"), ("mli", "ML", "Mali"), ("466", "ML", "Mali"), (466, "ML", "Mali"),
        ("côte d'ivoire", "CI", "Ivory Coast"), ("COTE D'IVOIRE", "CI", "Ivory Coast"),
        ("RDC", "CD", "Democratic Republic of Congo"),
        ("Tchad", "TD", "Chad"), ("Türkiye", "TR", "Turkey"), ("Swaziland", "SZ", "eSwatini"),
        # demonyms, English and French, never beating a country's own name ("Niger" is Niger, not a Nigerian)
        ("Malian", "ML", "Mali"), ("maliennes", "ML", "Mali"), ("Burkinabè", "BF", "Burkina Faso"),
        ("Niger", "NE", "Niger"), ("Nigerian", "NG", "Nigeria"), ("nigérien", "NE", "Niger"),
        ("Dutch", "NL", "Netherlands"), ("Palestinians", "PS", "Palestine"),
    ],
)  # fmt: skip
def test_lookup_by_any_name(name: str | int, code: str, acled: str) -> None:
    country = countries.lookup(name)
    assert country is not None, name
    assert (country.iso2, country.acled) == (code, acled)


def test_unknown_and_empty_names_find_nothing() -> None:
    assert countries.lookup("Atlantis") is None
    assert countries.lookup("") is None
    assert countries.lookup(None) is None
    assert countries.lookup("Gaza") is None  # a part's name stands for the country in actor names only
    assert countries.lookup("Sikkim") is None  # a withdrawn code's name from the ISO source is not Slovakia's


def test_records_carry_every_callers_fields() -> None:
    us = countries.get("us")
    assert us is not None
    assert (us.acled, us.iso3, us.isonum, us.article, us.acled_region, us.ucdp_region, us.gwno) == (
        "United States", "USA", 840, "the", "North America", "Americas", 2)
    assert "American" in us.demonyms_en and "américaines" in us.demonyms_fr
    palestine = countries.get("PS")
    assert palestine is not None and palestine.parts == ("Gaza", "West Bank")
    timor = countries.get("TL")
    assert timor is not None and timor.names[:2] == ("East Timor", "Timor-Leste")
    kosovo = countries.get("XK")
    assert kosovo is not None and kosovo.isonum == 0 and kosovo.gwno == 347


def test_get_takes_alpha2_codes_only() -> None:
    assert countries.get("Mali") is None
    assert countries.get("IND") is None
    india = countries.get("in")
    assert india is not None and india.acled == "India"
    assert countries.iso2("Holy See") == "VA"
    assert countries.acled_name("Timor-Leste") == "East Timor"


def test_every_name_belongs_to_one_country_only() -> None:
    """Two countries sharing a name or alias would make lookups depend on table order."""
    owners: dict[str, set[str]] = {}
    for country in countries.all_countries():
        for name in (country.iso2, *country.names):
            owners.setdefault(countries.name_key(name), set()).add(country.iso2)
    shared = {name: codes for name, codes in owners.items() if len(codes) > 1}
    assert shared == {}


def test_every_country_has_acled_iso_and_region_fields() -> None:
    table = countries.all_countries()
    assert len(table) >= 247
    assert len({c.iso2 for c in table}) == len(table)
    assert all(len(c.iso3) == 3 and c.acled for c in table)
    assert {c.acled_region for c in table} >= {"Western Africa", "Eastern Africa", "Middle East", "South Asia"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (["ML"], "expected a mapping"),
        ({"Mali": {"acled": "Mali", "iso3": "MLI", "isonum": 466}}, "'Mali' is no ISO 3166-1 alpha-2 code"),
        ({"ML": {"acled": "Mali"}}, "ML needs at least acled, iso3 and isonum"),
        ({"ML": {"acled": "Mali", "iso3": "MLI", "isonum": 466, "capital": "Bamako"}},
         r"ML has unknown fields \[.capital.\]"),
    ],
)
def test_a_malformed_table_names_the_file_and_row(data: object, message: str) -> None:
    with pytest.raises(CountryTableError, match=f"my.yaml: {message}"):
        parse_table(data, "my.yaml")
