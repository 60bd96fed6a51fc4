"""Session 19: two peoples' armed men who "exchanged fire" are the two peoples' ethnic militias, as when they clash;
armed men told as a group's own ("its fighters", "ses combattants") are the armed group named before them in the
sentence."""

from __future__ import annotations

import pytest
from report_events import main_event

from sitrep.extract.actors import ActorKB, get_actor_kb

SPLA_IO = "SPLA/M-In Opposition: Sudanese People's Liberation Army/Movement-In Opposition"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return get_actor_kb()


def _named(kb: ActorKB, text: str, country: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.ref.name) for m in kb.find_mentions(text, language, country)]


def test_two_peoples_who_exchanged_fire_are_their_militias() -> None:
    text = "Volunteers from the Meitei and Kuki communities exchanged fire near Moirang on Sunday, leaving one dead."
    event = main_event(text, country="IN")
    assert {event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None} == {
        "Meitei Ethnic Militia (India)", "Kuki Ethnic Militia (India)"}


def test_two_peoples_who_met_stay_civilians(kb: ActorKB) -> None:
    text = "Leaders of the Meitei and Kuki communities met in Imphal on Sunday to discuss the return of the displaced."
    assert ("Kuki communities", "Civilians (India)") in _named(kb, text, "India")


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("The SPLA-IO said on Thursday that army troops had shelled its positions near Nasir, killing five of its "
         "fighters.", "en", "fighters"),
        ("Le SPLA-IO a affirmé que l'armée avait bombardé ses positions, tuant cinq de ses combattants.", "fr",
         "combattants"),
    ],
)
def test_its_fighters_are_the_group_named_before(kb: ActorKB, text: str, language: str, words: str) -> None:
    assert (words, SPLA_IO) in _named(kb, text, "South Sudan", language)


def test_fighters_of_no_named_group_stay_unidentified(kb: ActorKB) -> None:
    text = "Army troops said they had shelled rebel positions near Nasir, killing five of their fighters."
    assert ("fighters", "Unidentified Armed Group (South Sudan)") in _named(kb, text, "South Sudan")
