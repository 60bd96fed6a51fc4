"""Who someone says the unnamed attackers are ("gunmen whom officials described as members of the UPC", "des hommes
armés que les autorités présentent comme des éléments de l'UPC", "des individus se réclamant de l'EI") names their
group: a blame of the group named right after the words, which is then the attackers' identity, no party a victim
belongs to. A victim someone identifies ("a man identified as a BNP activist was hacked to death") names no attacker.
Synthetic reports written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names


def _sides(text: str, language: str) -> tuple[str | None, str | None]:
    events = extract(text, language, dt.date(2024, 7, 12)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


UPC = "UPC: Union for Peace in the Central African Republic"


@pytest.mark.parametrize(("text", "language"), [
    ("Trois chauffeurs ont été enlevés jeudi près de Bambari par des hommes armés que des notables de la ville "
     "présentent comme des éléments de l'Unité pour la paix en Centrafrique (UPC).", "fr"),
    ("Three drivers were abducted on Thursday near Bambari by gunmen whom town elders described as members of the "
     "Union for Peace in the Central African Republic (UPC).", "en"),
    ("Trois chauffeurs ont été enlevés jeudi près de Bambari par des individus armés, identifiés par les habitants "
     "comme des combattants de l'UPC.", "fr"),
])
def test_attackers_identified_as_a_group_are_its_men(text: str, language: str) -> None:
    assert _sides(text, language) == (UPC, "Civilians (Central African Republic)")


def test_a_victim_identified_as_a_party_member_names_no_attacker() -> None:  # guard
    text = ("A man identified by police as a local leader of the Awami League was hacked to death by unidentified "
            "assailants in Cumilla on Sunday.")
    assert _sides(text, "en")[0] == "Unidentified Armed Group (Bangladesh)"
