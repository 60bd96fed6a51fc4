"""Country outlines decoded from the bundled TopoJSON, and label placement in a map view."""

from __future__ import annotations

import pytest

from sitrep.deliver.world import clip_ring, countries, label_point, visible_label


def _feature(name: str) -> dict:
    return next(f for f in countries()["features"] if f["properties"]["name"] == name)


def test_outlines_decode_to_real_coordinates() -> None:
    assert len(countries()["features"]) > 170
    ring = max((p[0] for p in _feature("Mali")["geometry"]["coordinates"]), key=len)
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    # Mali spans about 12.2°W-4.3°E and 10.1°N-25.0°N.
    assert min(lons) == pytest.approx(-12.2, abs=0.3) and max(lons) == pytest.approx(4.3, abs=0.3)
    assert min(lats) == pytest.approx(10.1, abs=0.3) and max(lats) == pytest.approx(25.0, abs=0.3)


def test_clip_ring_keeps_the_part_inside_the_box() -> None:
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    assert sorted(clip_ring(square, 5, 20, -5, 5)) == [(5, 0.0), (5.0, 5), (10, 0), (10.0, 5)]
    assert clip_ring(square, 20, 30, 20, 30) == []
    assert label_point(square) == (5.0, 5.0)


def test_a_big_neighbour_is_labelled_on_its_visible_part() -> None:
    view = (-4.0, 3.0, 9.5, 16.5)  # around Burkina Faso: Mali shows only as a band in the north
    lon, lat = visible_label(_feature("Mali"), *view)
    assert lat > 15.0 and -4.0 < lon < 3.0
    lon, lat = visible_label(_feature("Burkina Faso"), *view)
    assert 11.0 < lat < 14.0
    assert visible_label(_feature("Chad"), *view) is None
