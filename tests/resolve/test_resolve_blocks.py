"""Spatial blocking (resolve/blocks.py) scores fewer pairs and changes no decision."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from sitrep.models import Place
from sitrep.resolve import InMemoryResolver
from sitrep.resolve.blocks import place_cells, place_reach
from sitrep.resolve.context import article_context
from sitrep.resolve.similarity import distance_km
from sitrep.resolve.synthetic import generate_mentions, make_mention


def _decisions(mentions: list, blocking: bool) -> tuple[list, int]:
    r = InMemoryResolver(threshold=0.45, window_days=3, spatial_blocking=blocking)
    decisions = [r.add(m) for m in mentions]
    scores = [(d.mention_id, d.event_id, d.match.score if d.match else None, [a for a, _ in d.merged])
              for d in decisions]
    return sorted(sorted(ids) for ids in r.events().values()) + scores, sum(d.compared for d in decisions)


def test_blocking_gives_the_same_events_and_scores_on_a_synthetic_set_with_fewer_comparisons() -> None:
    mentions = generate_mentions(3000, 2)
    blocked, scored = _decisions(mentions, True)
    unblocked, all_scored = _decisions(mentions, False)
    assert blocked == unblocked
    assert scored < 0.7 * all_scored


def _point(lat: float, lon: float, precision: int = 1, admin1: str = "") -> tuple[float, float, int, str]:
    return (lat, lon, precision, admin1)


@pytest.mark.parametrize("lat", [0.0, 14.0, 45.0, 64.0, -38.0])
def test_a_place_reaches_every_cell_within_the_veto_and_not_one_far_beyond(lat: float) -> None:
    """Precise places 29.5 km apart in any direction share a key (the veto is 30 km); 240 km apart (beyond the
    cells a place only "near" a town could reach, 80 km wide) they do not."""
    for bearing in range(0, 360, 15):
        for km, near in ((29.5, True), (240.0, False)):
            dlat = km / 111.195 * math.cos(math.radians(bearing))
            dlon = km / 111.195 * math.sin(math.radians(bearing))
            dlon /= math.cos(math.radians(lat + dlat / 2))
            other = _point(lat + dlat, 10.0 + dlon)
            assert abs(distance_km(lat, 10.0, other[0], other[1]) - km) < 0.5
            reach = place_reach([_point(lat, 10.0)])
            assert reach is not None
            assert (not reach.isdisjoint(place_cells([other]))) is near, (bearing, km)


def test_regions_meet_by_their_admin1_however_far_apart_and_a_place_near_a_pole_blocks_nothing() -> None:
    reach = place_reach([_point(10.0, 0.0, 3, "North")])
    assert reach is not None
    assert not reach.isdisjoint(place_cells([_point(16.0, 5.0, 1, "North")]))  # 850 km: one region still
    assert reach.isdisjoint(place_cells([_point(10.1, 0.1, 3, "South")]))  # next door, another region
    assert place_reach([_point(89.5, 0.0)]) is None


def test_an_event_whose_reports_name_the_mentions_place_is_scored_though_its_point_is_far() -> None:
    """A report placed at a namesake far away whose text names the mention's village: compared, as unblocked."""
    far = Place(name="Kerou", country_code="BJ", admin1="Atakora", latitude=10.82, longitude=2.10,
                feature_class="P")
    near = Place(name="Tanguieta", country_code="BJ", admin1="Atakora", latitude=10.62, longitude=1.26,
                 feature_class="P")
    text = "Gunmen attacked soldiers near Tanguieta and Kerou on Monday, officials in Natitingou said."
    jnim = "JNIM: Group for Support of Islam and Muslims"
    mentions = [
        make_mention(article, text, date=dt.date(2022, 2, 7), place=place, actor1=(jnim, 2),
                     actor2=("Military Forces of Benin", 1))
        for article, place in (("a1", far), ("a2", near))
    ]
    results = []
    for blocking in (True, False):
        r = InMemoryResolver(threshold=0.45, window_days=3, spatial_blocking=blocking)
        decisions = [r.add(m, context=article_context(text, "BJ", "en")) for m in mentions]
        results.append([(d.event_id, d.compared) for d in decisions])
    assert results[0] == results[1]
    assert results[0][1][1] == 1  # the far event was scored: the reports name each other's place


@pytest.mark.slow
def test_blocking_changes_no_decision_on_news_dev(shared_dir: Path, tmp_path: Path) -> None:
    from sitrep.ingest.sidecar import read_metadata
    from sitrep.pipeline import ingest
    from sitrep.store import Store

    directory = shared_dir / "eval" / "news-dev"
    store = Store(tmp_path / "dev.sqlite")
    ingest(sorted((directory / "articles").glob("*.txt")), store, metadata=read_metadata(directory / "articles.jsonl"))
    rows = list(store.resolved_mentions())
    assert len(rows) > 50
    outcomes = []
    for blocking in (True, False):
        r = InMemoryResolver(spatial_blocking=blocking)
        contexts = {row.mention.article_id: article_context(row.article_text, row.article_country,
                                                            row.article_language) for row in rows}
        decisions = [r.add(row.mention, row.published, row.published_precision, contexts[row.mention.article_id])
                     for row in rows]
        outcomes.append((sorted(sorted(ids) for ids in r.events().values()),
                         [(d.event_id, d.match.score if d.match else None) for d in decisions]))
    assert outcomes[0] == outcomes[1]
