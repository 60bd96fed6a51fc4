"""A claim of another attack ("the BLF claimed a similar attack in August", "a revendiqué des attaques
similaires") is no claim of the report's event; and a suicide bomber taken for the one jihadist group the report
names only for its record ("has carried out similar attacks in the past") stays unidentified, whether or not the
report says no group claimed the attack (ACLED: an attack nobody is tied to is the Unidentified Armed Group's)."""

from __future__ import annotations

import pytest
from report_events import main_event

UNIDENTIFIED = "Unidentified Armed Group"


def _actor1(text: str, language: str = "en") -> str:
    event = main_event(text, language)
    assert event.actor1 is not None
    return event.actor1.name


@pytest.mark.parametrize(("text", "language"), [
    ("Gunmen shot dead six labourers at a building site in Turbat late on Saturday, officials said. The BLF "
     "claimed a similar attack in the area in August.", "en"),
    ("Gunmen shot dead six labourers at a building site in Turbat late on Saturday, officials said. The BLF has "
     "claimed responsibility for previous attacks on workers in the area.", "en"),
    ("Des hommes armés ont tué six ouvriers samedi sur un chantier près de Ménaka. L'État islamique au Sahel a "
     "revendiqué des attaques similaires dans la zone.", "fr"),
])
def test_a_claim_of_another_attack_is_no_claim_of_this_one(text: str, language: str) -> None:
    assert _actor1(text, language).startswith(UNIDENTIFIED)


@pytest.mark.parametrize(("text", "language", "claimant"), [
    ("Gunmen shot dead six labourers at a building site in Turbat late on Saturday, officials said. The BLF "
     "claimed responsibility for the attack.", "en", "BLF"),
    ("Gunmen shot dead six labourers at a building site in Turbat late on Saturday, officials said. The BLF "
     "claimed the attack, the latest of several similar attacks on workers.", "en", "BLF"),
    ("Des hommes armés ont tué six ouvriers samedi sur un chantier près de Ménaka. L'État islamique au Sahel a "
     "revendiqué l'attaque.", "fr", "Islamic State Sahel"),
])
def test_a_claim_of_this_attack_still_names_the_attacker(text: str, language: str, claimant: str) -> None:
    assert claimant in _actor1(text, language)


def test_a_group_named_for_its_record_is_not_the_attacker_when_no_one_claimed() -> None:
    text = ("A suicide bomber blew himself up at a market in Khar on Sunday, killing at least 12 people, police "
            "said. No group immediately claimed responsibility, but the Islamic State's local affiliate has carried "
            "out similar attacks in the district in the past.")
    assert _actor1(text).startswith(UNIDENTIFIED)


def test_a_group_named_for_its_record_is_not_the_attacker_with_no_word_of_doubt_either() -> None:
    # session 20: what a group did before ties it to no attack of the report (was pinned as that group in s19)
    text = ("A suicide bomber blew himself up at a market in Khar on Sunday, killing at least 12 people, police "
            "said. The Islamic State's local affiliate has carried out similar attacks in the district.")
    assert _actor1(text).startswith(UNIDENTIFIED)
