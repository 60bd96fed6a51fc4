"""Session 21: a mention inside the source phrase the attribution reader finds ("d'après les autorités", "citing
local authorities", "..., rapporte la gendarmerie"; data/attribution.yaml `forward`) is the source, no side of the
event, whichever trigger named it: roles ask `attribution.attributions` instead of re-reading a few triggers from the
parse. Reports are synthetic, written for these tests; real spaCy and actor knowledge base."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.extract.attribution import find_attribution

JIHADISTS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
LOOTING_FR = ("Des combattants de Boko Haram ont pillé hier soir un village proche de Kolofata avant d'incendier "
              "des cases")
LOOTING_EN = "Boko Haram fighters looted a village near Kolofata last night before setting fire to huts"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (f"{LOOTING_FR}, d'après les autorités locales.", "fr"),
        (f"{LOOTING_FR}, rapporte la gendarmerie.", "fr"),
        (f"{LOOTING_EN}, a radio station reported, citing local authorities.", "en"),
    ],
)
def test_a_source_named_by_any_trigger_is_no_side(text: str, language: str) -> None:
    assert names(main_event(text, language, country="CM")) == (JIHADISTS, None)


def test_a_group_telling_its_own_deed_stays_its_doer() -> None:
    text = "According to an Al Shabaab commander, the group destroyed a telecommunications mast near Mandera on Monday."
    assert names(main_event(text, "en", country="KE"))[0] == "Al Shabaab"


def test_authorities_who_tell_with_a_verb_before_the_news_keep_their_reading() -> None:
    text = f"{LOOTING_EN}, local authorities told reporters."
    assert names(main_event(text, "en", country="CM")) == (JIHADISTS, "Civilians (Cameroon)")


@pytest.mark.parametrize(
    ("sentence", "language", "source"),
    [
        ("Two herders were killed near Kolofata, AFP learned from local authorities.", "en", "local authorities"),
        ("Two herders were killed near Kolofata, Reuters learnt from the police.", "en", "the police"),
        # "des" is read whole, not as "de" + "s autorités"
        ("Deux bergers ont été tués près de Kolofata, a-t-on appris auprès des autorités locales.", "fr",
         "autorités locales"),
        ("Deux bergers ont été tués près de Kolofata, a-t-on appris des habitants.", "fr", "habitants"),
        ("Deux bergers ont été tués, selon la gendarmerie.", "fr", "la gendarmerie"),
    ],
)
def test_whom_the_news_was_learned_from_is_the_source(sentence: str, language: str, source: str) -> None:
    assert find_attribution(sentence, language) == source
