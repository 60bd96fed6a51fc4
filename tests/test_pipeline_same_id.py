"""Two records of one input under one id (a JSON Lines export, a feed's guid reused for an update) cannot both be
stored: the first is, with its own events, and the second is rejected with a reason naming the id."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.pipeline import ingest
from sitrep.store import Store


def test_a_second_record_under_one_id_is_rejected_not_mixed_up(tmp_path: Path) -> None:
    records = tmp_path / "wire.jsonl"
    first = "Gunmen killed two herders near Kidal, Mali, on 4 March 2024, residents said."
    second = "Soldiers repelled an attack on a base in Gao, Mali, on 9 March 2024, killing seven assailants."
    records.write_text("".join(json.dumps({"id": "w1", "text": text, "published": "2024-03-10"}) + "\n"
                               for text in (first, second)), encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    report = ingest([records], store)
    assert report.added == 1
    assert [r.reason for r in report.rejections] == [
        "another report in this input has the id 'w1' and another text: only the first was ingested; give each "
        "version its own id"]
    events = store.events()
    assert [(e.location, e.fatalities) for e in events] == [("Kidal", 2)]
