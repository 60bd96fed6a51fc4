"""An outlet updates a page under its address: the update (same story, other figures) is stored beside the first
version and its figures become claims of the event; the same page read again adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.pipeline import ingest
from sitrep.store import Store

STORY = ("Gunmen attacked the village of Tessit in Mali's Gao region on Sunday night, killing {n} civilians and "
         "burning dozens of houses, local officials said. Survivors said the attackers arrived on motorcycles "
         "shortly after nightfall and fired on residents gathered near the market. {more}")


def _page(path: Path, n: int, more: str) -> Path:
    path.write_text(json.dumps({"id": "site/tessit-attack", "published": "2024-03-11",
                                "text": STORY.format(n=n, more=more)}) + "\n", encoding="utf-8")
    return path


def test_an_update_of_a_page_is_kept_beside_it(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    first = ingest([_page(tmp_path / "morning.jsonl", 12, "Many fled to the town of Gao.")], store)
    later = ingest([_page(tmp_path / "evening.jsonl", 19, "Many fled to the town of Gao. The toll rose.")], store)
    assert (first.added, later.added) == (1, 1)
    ids = sorted(a.id for a in store.stored_articles())
    assert ids[0] == "site/tessit-attack" and ids[1].startswith("site/tessit-attack@")
    (event,) = store.events()
    claimed = {c.value for c in event.claims if c.field == "fatalities"}
    assert {12, 19} <= claimed


def test_the_same_page_read_again_adds_nothing(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    ingest([_page(tmp_path / "a.jsonl", 12, "Many fled to the town of Gao.")], store)
    again = ingest([_page(tmp_path / "b.jsonl", 12, "Many fled to the town of Gao.  ")], store)
    assert again.added == 0 and [a.id for a in store.stored_articles()] == ["site/tessit-attack"]
