"""The ECB+ reader finds the documents in the layouts the corpus is passed around in (own two-word texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluate.clusters import load_ecbplus

DOC = '<Document doc_name="{name}"><token t_id="1" sentence="0" number="0">{word}</token>' \
      '<token t_id="2" sentence="0" number="1">.</token><Markables/><Relations/></Document>'


def _put(path: Path, word: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DOC.format(name=path.name, word=word), encoding="utf-8")


@pytest.mark.parametrize("layout", ["{t}/{f}", "ECB+/{t}/{f}", "ECB+_LREC2014/ECB+/{t}/{f}", "{f}",
                                    "annotated_data/{t}/{f}.xml"])  # EventStoryLine's CAT files: 1_1ecb.xml.xml
def test_layouts(tmp_path: Path, layout: str) -> None:
    for topic, name, word in (("1", "1_1ecb.xml", "Earthquake"), ("1", "1_2ecbplus.xml", "Flood"),
                              ("2", "2_1ecb.xml", "Strike")):
        _put(tmp_path / layout.format(t=topic, f=name), word)
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text("Topic,File,Sentence Number\n1,1ecb,0\n")
    (tmp_path / "notes.xml").write_text("<notes/>", encoding="utf-8")
    docs, gold = load_ecbplus(tmp_path)
    assert gold == {"1_1ecb": "1/ecb", "1_2ecbplus": "1/ecbplus", "2_1ecb": "2/ecb"}
    assert sorted(d.text for d in docs) == ["Earthquake.", "Flood.", "Strike."]


def test_a_second_copy_is_one_document(tmp_path: Path) -> None:
    _put(tmp_path / "ECB+" / "1" / "1_1ecb.xml", "Earthquake")
    _put(tmp_path / "copy" / "1_1ecb.xml", "Earthquake")
    _put(tmp_path / "annotated_data" / "1" / "1_1ecb.xml.xml", "Earthquake")
    docs, gold = load_ecbplus(tmp_path)
    assert len(docs) == 1 and gold == {"1_1ecb": "1/ecb"}


def test_no_documents_names_the_folder(tmp_path: Path) -> None:
    (tmp_path / "README.txt").write_text("nothing here", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=rf"{tmp_path}: no ECB\+ documents"):
        load_ecbplus(tmp_path)
