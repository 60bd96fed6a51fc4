"""Seed places against the shared GeoNames dumps (skips when /work/shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.geo import Geocoder
from sitrep.geo.build import add_sources, build_default
from sitrep.geo.index import GazetteerIndex

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def geocoder(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    data_dir = tmp_path_factory.mktemp("mali-dump")
    path = build_default(data_dir, embedded=False)
    add_sources(data_dir, [shared_dir / "gazetteer" / "geonames" / "ML.txt"])
    return Geocoder(GazetteerIndex(path))


def _resolve(geocoder: Geocoder, text: str, name: str) -> tuple[int | None, str | None]:
    start = text.index(name)
    (toponym,) = geocoder.resolve_spans(text, [(start, start + len(name))])
    assert toponym.place is not None
    return toponym.place.geonameid, toponym.place.admin1


@pytest.mark.parametrize(
    ("text", "name", "geonameid", "admin1"),
    [
        ("Gunmen attacked the army post at Indelimane in Ménaka region.", "Indelimane", 2456415, "Ménaka"),
        ("Gunmen attacked the army post at I-n-Déliman.", "I-n-Déliman", 2456415, "Ménaka"),
        ("Fighting broke out in Ménaka on Monday.", "Ménaka", 2453514, "Ménaka"),
        ("Shells fell on Gao overnight.", "Gao", 2457163, "Gao"),
        ("A convoy left Bourem for Gao.", "Bourem", 2459657, "Gao"),
        ("Soldiers were killed in Léré, Tombouctou region.", "Léré", 2454104, "Tombouctou"),
    ],
)
def test_seed_places(geocoder: Geocoder, text: str, name: str, geonameid: int, admin1: str) -> None:
    assert _resolve(geocoder, text, name) == (geonameid, admin1)


def test_menaka_region(geocoder: Geocoder) -> None:
    region = geocoder.admin1("ML", "Ménaka")
    assert region is not None and region.geonameid == 12070577
