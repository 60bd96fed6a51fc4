"""A headline restating the lead is the lead's event, also below an outlet-and-dateline line: the lead's dated
'une embuscade' is not 'another event introduced past the opening'."""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest import read_paths
from sitrep.models import Article
from sitrep.pipeline import extract_articles

REPORT = """ date 2024-05-21 Courrier du Nord, OUAGADOUGOU

Burkina Faso : une embuscade contre une patrouille fait six morts près de Titao

Six soldats ont été tués samedi dans une embuscade tendue par des hommes armés contre une patrouille près de Titao,
a indiqué une source sécuritaire lundi.
"""


def test_a_headline_below_a_dateline_line_is_the_leads_event(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    (article,) = read_paths([path])
    assert isinstance(article, Article)
    (extraction,) = extract_articles([article])
    dates = [m.date.value.isoformat() if m.date and m.date.value else None for m in extraction.events]
    assert dates == ["2024-05-18"]
