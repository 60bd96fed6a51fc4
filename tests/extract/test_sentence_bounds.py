"""The two shared sentence bounds: the sentence around a clause (`targets.sentence_around`) and where a report's
first sentences end (`Report.sentences_end`). Synthetic text, real spaCy for the report."""

from __future__ import annotations

from sitrep.extract.context import Report
from sitrep.extract.targets import sentence_around
from sitrep.models import Article
from sitrep.nlp import load_pipeline

TEXT = "The market was quiet. Gunmen raided a farm near the hills, killing two herders. Police arrived later."


def test_the_sentence_around_a_clause_runs_from_the_stop_before_it_to_its_own() -> None:
    clause = (TEXT.index("killing"), TEXT.index("herders") + len("herders"))
    start, end = sentence_around(TEXT, clause)
    assert TEXT[start:end] == " Gunmen raided a farm near the hills, killing two herders"


def test_a_clause_in_a_text_without_full_stops_has_the_whole_text() -> None:
    text = "Gunmen raided a farm near the hills"
    assert sentence_around(text, (7, 13)) == (0, len(text))


def _report(text: str) -> Report:
    article = Article(id="t1", text=text, language="en", source_format="text")
    return Report.build(article, load_pipeline("en")(text))


def test_the_first_sentences_end_where_the_last_of_them_ends() -> None:
    report = _report(TEXT)
    assert report.sentences_end(2) == TEXT.index("herders.") + len("herders.")


def test_a_shorter_report_ends_its_first_sentences_at_its_last() -> None:
    report = _report(TEXT)
    assert report.sentences_end(5) == report.sentences[-1].end == len(TEXT)


def test_a_report_without_sentences_ends_them_at_the_start() -> None:
    assert _report("   ").sentences_end(3) == 0
