"""The geoparse scorer reads the other corpora of Gritta et al.'s collection in their own XML shapes."""

from __future__ import annotations

from pathlib import Path

from sitrep.evaluate.geoparse import load_documents

GEOVIRUS_STYLE = """<articles><article><source>https://example.org/1</source>
<text>Cholera spread from Kano to the villages near Zaria.</text><locations>
<location><name>Kano</name><start>20</start><end>24</end><lat>12.0</lat><lon>8.52</lon>
<page>https://en.wikipedia.org/wiki/Kano</page></location>
<location><name>Zaria</name><start>46</start><end>51</end><lat>11.11</lat><lon>7.72</lon></location>
<location><name>Nowhere</name><start>0</start><end>7</end></location>
</locations></article></articles>"""

WIKTOR_STYLE = """<articles><article><url>https://en.wikipedia.org/wiki/Gao</url><toponymName>Gao</toponymName>
<lat>16.27</lat><lon>-0.04</lon><text>Gao lies on the Niger. Gao was a capital.</text><toponymIndices>
<toponym><start>0</start><end>3</end></toponym><toponym><start>23</start><end>26</end></toponym>
</toponymIndices></article></articles>"""

TR_NEWS_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="9"><text><![CDATA[A Malian patrol reached Gao.]]></text><toponyms>
<toponym><phrase>Malian</phrase><start>2</start><end>8</end><gaztag geonameid="2453866"><name>Mali</name>
<fclass>A</fclass><fcode>PCLI</fcode><lat>17</lat><lon>-4</lon></gaztag></toponym>
<toponym><phrase>Gao</phrase><start>24</start><end>27</end><gaztag geonameid="2457163"><name>Gao</name>
<lat>16.27</lat><lon>-0.04</lon></gaztag></toponym></toponyms></article></articles>"""


def _load(tmp_path: Path, text: str):
    path = tmp_path / "corpus.xml"
    path.write_text(text, encoding="utf-8")
    return load_documents(path)


def test_geovirus_locations_are_gold_toponyms(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, GEOVIRUS_STYLE)
    assert [(t.text, t.latitude, t.geonameid) for t in doc.toponyms] == [("Kano", 12.0, None), ("Zaria", 11.11, None)]


def test_wiktor_spans_take_the_articles_coordinates(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, WIKTOR_STYLE)
    assert [(t.text, t.start, t.latitude, t.longitude) for t in doc.toponyms] == [
        ("Gao", 0, 16.27, -0.04), ("Gao", 23, 16.27, -0.04)]


def test_tr_news_reads_like_lgl(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, TR_NEWS_STYLE)
    assert doc.id == "9" and [(t.text, t.geonameid) for t in doc.toponyms] == [("Malian", 2453866), ("Gao", 2457163)]


ATTRIBUTES_STYLE = """<corpus xmlns="urn:example:geo"><article id="a1"><text>Rain fell on Mopti and Gao.</text>
<toponyms><toponym start="13" end="18" lat="14.49" lng="-4.19" gazref="geonames:2453348"/>
<toponym start="23" end="26"><gaztag geonameid="2457163"/></toponym></toponyms></article></corpus>"""

INCLUSIVE_END = """<articles><article docid="2"><text>Troops left Kidal.</text><toponyms>
<toponym><phrase>Kidal</phrase><start>12</start><end>16</end><gaztag geonameid="2455290"><lat>18.44</lat>
<lon>1.41</lon></gaztag></toponym></toponyms></article></articles>"""


def test_values_as_attributes_namespaces_and_missing_coordinates(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, ATTRIBUTES_STYLE)
    assert doc.id == "a1"
    assert [(t.text, t.latitude, t.longitude, t.geonameid) for t in doc.toponyms] == [
        ("Mopti", 14.49, -4.19, 2453348)]
    assert doc.without_coordinates == 1  # Gao has an id but no coordinates: not a gold toponym


def test_an_inclusive_end_offset_is_told_by_the_phrase(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, INCLUSIVE_END)
    assert [(t.text, t.start, t.end) for t in doc.toponyms] == [("Kidal", 12, 17)]
