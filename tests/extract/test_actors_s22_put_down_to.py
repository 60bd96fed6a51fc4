"""Session 22: an attack put down to a group in a sentence after it, with words between the verb and whom it names
("attribués par les autorités aux combattants du JNIM", "blamed by officials on al-Shabaab"), is that group's.
Synthetic reports; real spaCy and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language", "country", "actor1"),
    [
        ("Trois civils ont été tués jeudi quand des obus sont tombés sur un marché de Gao. Les tirs, imputés par le "
         "gouverneur aux combattants du JNIM, visaient le camp militaire.", "fr", "ML",
         "JNIM: Group for Support of Islam and Muslims"),
        ("Mortar rounds hit a market in Baidoa on Monday, killing four civilians. The shelling, which regional "
         "officials attributed on Tuesday to al-Shabaab, was aimed at the airport.", "en", "SO", "Al Shabaab"),
    ],
)
def test_the_group_an_attack_is_put_down_to_did_it(text: str, language: str, country: str, actor1: str) -> None:
    assert names(main_event(text, language, country))[0] == actor1


def test_words_put_down_to_someone_else_name_no_doer() -> None:
    text = ("Trois civils ont été tués jeudi quand des obus sont tombés sur un marché de Gao. Dans des propos "
            "attribués par la radio locale au gouverneur, celui-ci a affirmé que le JNIM était affaibli.")
    assert names(main_event(text, "fr", "ML"))[0] == "Unidentified Armed Group (Mali)"
