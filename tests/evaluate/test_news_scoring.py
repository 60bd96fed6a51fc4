"""The news scorer on a hand-made gold set (tests/fixtures/evaluate/news-mini) and hand-made predictions."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from sitrep.evaluate.common import FieldScore, GoldFormatError
from sitrep.evaluate.news import (
    NEWS_FIELDS,
    GoldEvent,
    PredictedEvent,
    load_news_gold,
    match_events,
    score_fields,
    score_news,
)
from sitrep.models import Event

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate" / "news-mini"


def _event(event_id: str, **values: object) -> Event:
    base: dict[str, object] = {"event_type": "Battles", "sub_event_type": "Armed clash", "country": "Mali"}
    base.update(values)
    return Event(event_id=event_id, **base)  # type: ignore[arg-type]


def _predictions() -> list[PredictedEvent]:
    p1 = _event("P1", event_date=dt.date(2021, 3, 5), time_precision=1, admin1="Mopti", latitude=14.52,
                longitude=-4.10, geo_precision=1, actor1="jnim", actor2="Military Forces of Mali",
                fatalities=10, fatalities_best=12)
    p2 = _event("P2", event_date=dt.date(2021, 3, 8), time_precision=1, admin1="Gao", latitude=16.28,
                longitude=-0.05, geo_precision=1, event_type="Violence against civilians",
                sub_event_type="Attack", actor1="Unidentified Armed Group (Mali)", actor2="Military Forces of Mali",
                fatalities=4)
    p3 = _event("P3", admin1="Mopti", latitude=15.0, longitude=-2.0, geo_precision=2)  # the background clash
    p4 = _event("P4", event_date=dt.date(2021, 3, 9), time_precision=1, admin1="Kayes", latitude=14.45,
                longitude=-11.44, geo_precision=1)  # invented from the noise article
    return [PredictedEvent(p1, {"n01", "n02"}), PredictedEvent(p2, {"n03"}), PredictedEvent(p3, {"n01"}),
            PredictedEvent(p4, {"n04"})]


def test_gold_loader_merges_links_and_alternatives() -> None:
    gold = load_news_gold(MINI)
    by_id = {e.event_id: e for e in gold.events}
    assert by_id["G2"].articles == {"n02", "n03"}
    assert ("Violence against civilians", "Attack") in by_id["G2"].types
    assert not by_id["G3"].is_news
    assert gold.articles["n04"].kind == "noise"


def test_detection_fields_links_and_languages() -> None:
    scores = score_news(load_news_gold(MINI), _predictions())
    assert sorted(scores.matches) == [("P1", "G1"), ("P2", "G2"), ("P3", "G3")]
    # TP P1,P2; P3 matched a background-only event (neither); P4 false; G4 (Italian only) missed.
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (2, 1, 1)
    assert scores.ignored_background == 1
    fields = {name: (f.correct, f.total) for name, f in scores.fields.items()}
    assert fields == {"date": (1, 2), "admin1": (2, 2), "location_25km": (2, 2), "event_type": (2, 2),
                      "sub_event_type": (2, 2), "actor1": (2, 2), "actor2": (1, 2),
                      "fatalities_acled": (1, 2), "fatalities_in_range": (2, 2)}
    # Extended B³ by hand: n01 is in two predicted events but one gold event, so its precision is (0.5+1)/2;
    # n02 is in gold events G1 and G2 but linked only to P1, so recall of n02 and n03 is 0.5.
    assert scores.links.precision == pytest.approx(0.95)
    assert scores.links.recall == pytest.approx(0.8)
    assert scores.noise_events == {"n04": 1}
    assert scores.unsupported_only_events == 0
    en, fr = scores.per_language["en"], scores.per_language["fr"]
    assert (en.detection.tp, en.detection.fp, en.detection.fn) == (2, 1, 0)
    assert (fr.detection.tp, fr.detection.fp, fr.detection.fn) == (1, 0, 1)


def test_far_or_wrong_day_prediction_does_not_match() -> None:
    far = _event("X", event_date=dt.date(2021, 3, 5), time_precision=1, admin1="Mopti", latitude=12.0,
                 longitude=-4.1, geo_precision=1)
    late = _event("Y", event_date=dt.date(2021, 3, 9), time_precision=1, admin1="Mopti", latitude=14.53,
                  longitude=-4.08, geo_precision=1)
    scores = score_news(load_news_gold(MINI), [PredictedEvent(far, {"n01"}), PredictedEvent(late, {"n01"})])
    assert scores.matches == []
    assert scores.detection.fp == 2


def test_italian_only_prediction_is_counted_as_unsupported() -> None:
    event = _event("I", country="Burkina Faso", event_date=dt.date(2021, 3, 6), latitude=14.1, longitude=-1.6)
    scores = score_news(load_news_gold(MINI), [PredictedEvent(event, {"n05"})])
    assert scores.unsupported_only_events == 1
    assert scores.detection.tp == 1


def test_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "articles.jsonl").write_text('{"id": "a"}\n{oops\n', encoding="utf-8")
    (tmp_path / "events.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"articles.jsonl:2: not valid JSON"):
        load_news_gold(tmp_path)


def test_event_citing_unknown_article_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "articles.jsonl").write_text('{"id": "a"}\n', encoding="utf-8")
    row = {"event_id": "E", "articles": ["zz"], "country": "Mali", "event_type": "Battles"}
    (tmp_path / "events.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="unknown articles"):
        load_news_gold(tmp_path)


def test_names_match_ignores_a_trailing_qualifier_only() -> None:
    from sitrep.evaluate.common import names_match

    assert names_match("Unidentified Armed Group (Mali)", "unidentified armed group")
    assert names_match("Police Forces of Kenya (2013-)", "Police Forces of Kenya")
    assert not names_match("Military Forces of Mali", "Military Forces of Niger")
    assert not names_match(None, "JNIM")


def _gold_event(event_id: str, articles: set[str], background_in: set[str] = frozenset(),
                location: str = "Somewhere", lat: float = 14.0) -> GoldEvent:
    return GoldEvent(event_id, set(articles), set(background_in), dt.date(2019, 3, 23), 1, True, "Mali", "Mopti",
                     location, [location], lat, -3.5, 1, [("Violence against civilians", "Attack")], ["A"], ["B"],
                     {})


def test_a_prediction_matches_the_event_its_articles_report_as_news() -> None:
    """Two compatible gold events: the one all the prediction's articles report, not the small one only one of
    them adds, nor one they only mention in passing."""
    big = _gold_event("BIG", {"a1", "a2", "a3", *(f"b{i}" for i in range(7))})
    small = _gold_event("SMALL", {"a3"})
    passing = _gold_event("PASSING", set(), {"a1", "a2", "a3"})
    event = Event(event_id="p", event_type="Violence against civilians", sub_event_type="Attack",
                  event_date=dt.date(2019, 3, 23), country="Mali", admin1="Mopti", latitude=14.0,
                  longitude=-3.5, geo_precision=1)
    pred = PredictedEvent(event, {"a1", "a2", "a3"})
    for gold in ([small, big], [passing, big]):
        ((p, g),) = match_events(gold, [pred])
        assert gold[g].event_id == "BIG"


@pytest.mark.parametrize(("low", "high", "in_range"), [(0, 2, True), (1, 3, False)])
def test_event_without_a_toll_is_scored_as_exported_zero(low: int, high: int, in_range: bool) -> None:
    gold = next(e for e in load_news_gold(MINI).events if e.event_id == "G1")
    gold = replace(gold, fatalities={"acled": low, "low": low, "best": low, "high": high})
    fields = {name: FieldScore() for name in NEWS_FIELDS}
    score_fields(gold, _event("P", admin1="Mopti"), fields)
    assert (fields["fatalities_in_range"].correct, fields["fatalities_in_range"].total) == (int(in_range), 1)


def test_events_placed_at_one_regional_point_match_the_villages_their_sources_name() -> None:
    """Two same-day attacks on villages the gazetteer lacks, both placed at the region's point: the name each
    event keeps from its sources decides which gold event it is, whatever order they come in."""
    golds = [_gold_event("NORTH", {"a1", "a2"}, location="Kolondi", lat=15.0),
             _gold_event("SOUTH", {"a1", "a2"}, location="Sanbaro", lat=14.2)]
    preds = [PredictedEvent(Event(event_id=name, event_type="Violence against civilians", sub_event_type="Attack",
                                  event_date=dt.date(2019, 3, 23), country="Mali", admin1="Mopti", location="Mopti",
                                  location_reported=name, latitude=14.5, longitude=-4.2, geo_precision=3),
                            {"a1", "a2"}) for name in ("Sanbaro", "Kolondi")]
    for ordered in (preds, preds[::-1]):
        pairs = match_events(golds, ordered)
        assert {(ordered[p].event.location_reported, golds[g].location) for p, g in pairs} == {
            ("Sanbaro", "Sanbaro"), ("Kolondi", "Kolondi")}
