"""Session 20: a group named only in telling of its record of other attacks ("IS has carried out similar attacks in
the district") is not the attacker a category word ("a suicide bomber") stands for; "rebels" taken for the one
rebel group named yield to a report saying nobody is tied to the attack, as "jihadists" do.
Reports are synthetic, written for these tests; real spaCy and actor knowledge base."""

from __future__ import annotations

import pytest
from report_events import main_event, names

BOMBING = "A suicide bomber killed nine people at a crowded market in Konduga on Tuesday, police said.\n\n"
UNIDENTIFIED_NIGERIA = "Unidentified Armed Group (Nigeria)"
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


@pytest.mark.parametrize(
    "record",
    [
        "Boko Haram has carried out similar attacks in the area in the past.",
        "Boko Haram, which has carried out similar attacks in the area, has fought the army since 2009.",
        "Boko Haram's local faction has claimed previous bombings in the town.",
    ],
)
def test_a_group_named_only_for_its_record_is_no_attacker(record: str) -> None:
    event = main_event(BOMBING + record, country="NG")
    assert names(event)[0] == UNIDENTIFIED_NIGERIA


def test_a_group_named_only_for_its_record_is_no_attacker_in_french() -> None:
    text = ("Un kamikaze s'est fait exploser mardi dans un marché de Gao, tuant au moins huit civils, selon une source "
            "sécuritaire.\n\nL'EIGS a mené des attaques similaires dans la région par le passé.")
    assert names(main_event(text, "fr", country="ML"))[0] == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    "other",
    [
        "Boko Haram has fought the army in the area since 2009.",  # no record of attacks: still the one group
        # the group did the attack the clause tells; 'similar attacks' only describes it
        "Boko Haram fighters raided a village near Bama the same week, the latest of several similar attacks.",
    ],
)
def test_a_group_named_otherwise_is_still_the_one_group(other: str) -> None:
    assert names(main_event(BOMBING + other, country="NG"))[0] == BOKO_HARAM


def test_rebels_yield_to_a_report_saying_nobody_claimed_the_attack() -> None:
    text = ("The ADF has been active around Beni for years.\n\nOn Monday, rebels killed four villagers near Oicha, a "
            "local official said. No group has claimed responsibility for the attack.")
    assert names(main_event(text, country="CD"))[0] == "Unidentified Armed Group (Democratic Republic of Congo)"


def test_rebels_without_such_words_are_the_one_rebel_group() -> None:
    text = ("The ADF has been active around Beni for years.\n\nOn Monday, rebels killed four villagers near Oicha, a "
            "local official said.")
    assert names(main_event(text, country="CD"))[0] == "ADF: Allied Democratic Forces"
