""""The X region" names the first-level region named after a town X: one of some size or its seat, not the
region around any village that happens to bear the name (embedded default)."""

from __future__ import annotations

from sitrep.geo import get_geocoder


def _regions(text: str) -> dict[str, str | None]:
    return {t.text: t.place.admin1 if t.place else None for t in get_geocoder().find_toponyms(text)}


def test_a_region_named_after_its_town() -> None:
    assert _regions("Fighting continued in the Timbuktu region on Monday.")["Timbuktu"] == "Tombouctou"


def test_no_region_around_a_village_of_the_name() -> None:
    # a Burmese village 'Sha Bwa' shares the key of 'Shabwa': its Yangon Region is no province of that name
    text = "A drone strike killed four militants in a vehicle in Shabwa province on Monday, officials said."
    assert _regions(text).get("Shabwa") != "Yangon"
