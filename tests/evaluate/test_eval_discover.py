"""`sitrep eval all` finds gold sets by content under names and folders other than ours, and lists the rest."""

from __future__ import annotations

import gzip
from pathlib import Path

from sitrep.evaluate.discover import discover
from sitrep.evaluate.summary import SKIPPED, Headline, markdown_table

ACLED_HEADER = "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,notes,fatalities\n"
ACLED_ROW = "T1,2021-05-02,Protests,Peaceful protest,Protesters (Ghana),,Ghana,Ashanti,Nurses marched in Kumasi.,0\n"
ECB_DOC = '<Document doc_name="{name}"><token t_id="1" sentence="0" number="0">Quake</token></Document>'
ARTICLES_XML = ("<articles><article><text>Floods hit Accra.</text><toponyms><toponym><start>11</start><end>16</end>"
                "<latitude>5.56</latitude><longitude>-0.2</longitude></toponym></toponyms></article></articles>")


def _put(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def test_finds_every_set_by_content(tmp_path: Path) -> None:
    _put(tmp_path / "reports" / "gold-2" / "events.jsonl", "{}\n")
    _put(tmp_path / "reports" / "gold-2" / "articles" / "a1.txt", "text")
    _put(tmp_path / "tables" / "ghana_2021.csv.gz", gzip.compress((ACLED_HEADER + ACLED_ROW).encode()))
    _put(tmp_path / "tables" / "mali.tsv", (ACLED_HEADER + ACLED_ROW).replace(",", "\t"))
    _put(tmp_path / "tables" / "lookup.csv", "code,name\n1,x\n")
    _put(tmp_path / "geo" / "TR-News.xml", ARTICLES_XML)
    _put(tmp_path / "geo" / "config.xml", "<settings><item/></settings>")
    _put(tmp_path / "coref" / "ECB+_LREC2014" / "ECB+" / "3" / "3_1ecb.xml", ECB_DOC.format(name="3_1ecb.xml"))
    _put(tmp_path / "coref" / "ECB+_LREC2014" / "ECB+" / "3" / "3_2ecbplus.xml", ECB_DOC.format(name="3_2"))
    _put(tmp_path / "coref" / "ECB+_LREC2014" / "ECBplus_coreference_sentences.csv", "Topic,File,Sentence\n")
    _put(tmp_path / "flat-coref" / "7_1ecb.xml", ECB_DOC.format(name="7_1ecb.xml"))
    _put(tmp_path / "storyline" / "annotated_data" / "9" / "9_2ecbplus.xml.xml", ECB_DOC.format(name="9_2"))
    _put(tmp_path / "notes.pdf", b"%PDF-1.4")
    _put(tmp_path / ".git" / "config", "[core]")
    sets, skipped = discover(tmp_path)
    assert [(s.mode, s.name) for s in sets] == [
        ("news", "gold-2"), ("acled", "ghana_2021"), ("acled", "mali"), ("geoparse", "TR-News"),
        ("clusters", "ECB+_LREC2014"), ("clusters", "flat-coref"), ("clusters", "annotated_data")]
    assert {str(s.path.relative_to(tmp_path)): s.reason for s in skipped} == {
        "geo/config.xml": "XML without <article> elements (not a geoparsing corpus this reader knows)",
        "notes.pdf": "not a gold-set file type (.pdf)",
        "tables/lookup.csv": "not an ACLED export (no column event_date, event_type, notes, actor1)",
    }


def test_the_same_name_twice_is_told_apart_by_path(tmp_path: Path) -> None:
    _put(tmp_path / "2019" / "export.csv", ACLED_HEADER + ACLED_ROW)
    _put(tmp_path / "2020" / "export.csv", ACLED_HEADER + ACLED_ROW)
    sets, _ = discover(tmp_path)
    assert [s.name for s in sets] == ["2019/export.csv", "2020/export.csv"]


def test_markdown_lists_skipped_files_below_the_table() -> None:
    rows = [Headline("acled", "ghana", "event_type", 0.5, 10), Headline(SKIPPED, "notes.pdf", "-", None,
                                                                        note="not a gold-set file type (.pdf)")]
    assert markdown_table(rows).splitlines()[2:] == [
        "| acled | ghana | event_type | 50.0 | 10 |", "", "Files skipped (no scorer reads them):",
        "- notes.pdf: not a gold-set file type (.pdf)"]
