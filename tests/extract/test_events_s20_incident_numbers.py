"""Session 20: one reader numbers a report's incidents ("In a separate incident, ..." starts the next one), for the
actor mentions (over their own sentence cut) and for the claims and blames of roles.py (over the report's
sentences)."""

from __future__ import annotations

from sitrep.extract.actors import get_actor_kb


def test_a_sentence_opening_another_incident_starts_the_next_one() -> None:
    sentences = ["Gunmen killed two herders near Bama.", "Police blamed the attack on bandits.",
                 "In a separate incident, militants ambushed a convoy.", "Separately, gunmen killed a trader."]
    assert get_actor_kb().incident_numbers(sentences, "en") == [0, 0, 1, 2]
    sentences = ["Des hommes armés ont tué deux bergers.", "Dans une autre attaque, ils ont tué trois bergers."]
    assert get_actor_kb().incident_numbers(sentences, "fr") == [0, 1]


def test_a_report_that_opens_with_the_words_tells_one_incident_from_its_start() -> None:
    sentences = ["In a separate incident, gunmen killed two herders.", "Police said so."]
    assert get_actor_kb().incident_numbers(sentences, "en") == [0, 0]
