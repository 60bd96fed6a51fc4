"""A battle or violence word the report denies is no event (blind s19, s14).

"No clashes were reported", "without any fighting", "sans qu'aucun affrontement ne soit signalé" say that
nothing happened: ACLED codes no battle. Before, each such word made an Armed clash of two unidentified groups,
and in a report of rebels setting up a base it outranked the base. The French base phrase also reads with a time
word between the verb and its object ("ont installé mercredi une base"). The sentences are synthetic, written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

BASE = ("Strategic developments", "Headquarters or base established")
CLASH = ("Battles", "Armed clash")
PUBLISHED = dt.date(2021, 12, 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armed men took up positions in Toumi on Wednesday. No clashes were reported.", "en"),
        ("Armed men took up positions in Toumi on Wednesday without any clashes being reported.", "en"),
        ("Armed men took up positions in Toumi on Wednesday and no fighting was reported.", "en"),
        ("Des hommes armés ont pris position à Toumi mercredi sans qu'aucun affrontement ne soit signalé.", "fr"),
        ("Des hommes armés ont pris position à Toumi mercredi. Aucun affrontement n'a été signalé.", "fr"),
    ],
)
def test_a_denied_battle_word_is_no_event(text: str, language: str) -> None:
    assert kinds(extract(text, language, PUBLISHED)) == []


def test_rebels_setting_up_a_base_with_no_fighting_is_a_base() -> None:
    text = ("Des combattants de la CPC ont installé mercredi une base dans une école de Toumi. Ils y ont pris "
            "position sans qu'aucun affrontement ne soit signalé.")
    assert kinds(extract(text, "fr", PUBLISHED)) == [BASE]


# --- guards: violence told next to a denial, or after a word that denies nothing, stays -------------------------

@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the fight is told, then a later lull denied
        ("Police said there had been no fresh fighting in Toumi since the troops clashed with rebels on Wednesday.",
         "en", [CLASH]),
        # 'without' denying the warning, not the shooting
        ("Gunmen without warning opened fire on worshippers in Toumi on Friday, killing three.", "en",
         [("Violence against civilians", "Attack")]),
        # no victims, but the clash happened
        ("Des affrontements ont opposé mercredi des hommes armés aux militaires à Toumi, sans faire de victimes.",
         "fr", [CLASH]),
        ("Fighters of the rebel coalition set up a base in an abandoned school in Toumi on Wednesday.", "en", [BASE]),
    ],
)
def test_violence_beside_a_denial_stays(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(extract(text, language, PUBLISHED)) == expected
