"""Session 19: "the rebels" told after a report names one rebel group are that group's fighters, as "the jihadists"
are the one jihadist group named; with two groups named, or a militia beside the rebels, they stay unidentified."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.actors import ActorKB, get_actor_kb

M23 = "M23: March 23 Movement"
UNIDENTIFIED = "Unidentified Armed Group (Democratic Republic of Congo)"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return get_actor_kb()


def _rebels(kb: ActorKB, text: str, language: str = "en") -> tuple[str, str]:
    word = "rebelles" if language == "fr" else "rebels"
    mention = next(m for m in kb.find_mentions(text, language, "Democratic Republic of Congo")
                   if m.text.lower() == word)
    return mention.ref.name, mention.rule


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("M23 fighters seized a hill near Kibumba on Monday. On Tuesday the rebels shelled a camp for displaced "
         "people, killing three.", "en"),
        ("Les combattants du M23 ont pris une colline lundi. Mardi, les rebelles ont tué deux civils.", "fr"),
    ],
)
def test_the_rebels_are_the_one_rebel_group_named_before(kb: ActorKB, text: str, language: str) -> None:
    assert _rebels(kb, text, language) == (M23, "actor:rebel-word:only-group-in-text")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels shelled a camp for displaced people near Kibumba, killing three.",  # no group named
        "The M23 and the FRPI were both active in the area. The rebels shelled a camp, killing three.",  # two groups
        "The M23 fought Mai-Mai militiamen for the hill. The rebels later shelled a camp, killing three.",  # a militia
    ],
)
def test_the_rebels_stay_unidentified_unless_one_group_fits(kb: ActorKB, text: str) -> None:
    assert _rebels(kb, text)[0] == UNIDENTIFIED


def test_a_later_attack_by_the_rebels_is_the_named_groups() -> None:
    text = ("Fighters of the M23 killed five villagers near Kibumba on Sunday, local officials said.\n\n"
            "On Monday, the rebels killed two more people in an attack on a market near Rugari, a resident said.")
    events = extract(text, "en", dt.date(2023, 5, 10)).events
    assert len(events) == 2
    assert {e.actor1.name for e in events if e.actor1 is not None} == {M23}
