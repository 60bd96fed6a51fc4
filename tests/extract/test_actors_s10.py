"""Foreign nationals: a neighbouring country's are its own civilians, others ACLED's international civilians."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.extract.actors import get_actor_kb


@pytest.mark.parametrize(
    ("text", "country", "actor2"),
    [
        ("Two Somali refugees were shot dead by gunmen in Dadaab on Monday.", "KE", "Civilians (Somalia)"),
        ("Gunmen killed an Italian missionary in Malindi on Monday.", "KE", "Civilians (International)"),
        ("Gunmen killed two Kenyan traders in Mandera on Monday.", "KE", "Civilians (Kenya)"),
        ("A British tourist was stabbed to death by robbers in Goa on Sunday.", "IN", "Civilians (International)"),
    ],
)
def test_foreign_civilians_by_neighbourhood(text: str, country: str, actor2: str) -> None:
    assert names(main_event(text, "en", country))[1] == actor2


def test_borders_read_both_ways_and_name_known_countries() -> None:
    kb = get_actor_kb()
    assert frozenset(("Kenya", "Somalia")) in kb.borders
    assert frozenset(("Kenya", "Nigeria")) not in kb.borders
    assert all(kb.country(name) is not None and kb.country(name).name == name for pair in kb.borders for name in pair)
