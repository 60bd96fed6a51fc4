"""The order of a battle's sides (ACLED lists the state side first unless the text tells a one-way attack) and
ACLED's naming of communal militias by their place. Synthetic reports written for these tests; real spaCy,
geocoder and actor knowledge base.
"""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        # told as mutual: the state side first, whichever side the sentence names first
        ("Al Shabaab fighters clashed with Kenyan soldiers near Mandera on Monday, leaving three dead.", "en", "KE",
         ("Military Forces of Kenya", "Al Shabaab")),
        ("Gang members and police exchanged fire in Kayole on Monday night; one gang member died.", "en", "KE",
         ("Police Forces of Kenya", "Unidentified Armed Group (Kenya)")),
        ("De violents affrontements ont opposé lundi des combattants du JNIM à l'armée malienne près de Boni.",
         "fr", "ML", ("Military Forces of Mali", "JNIM: Group for Support of Islam and Muslims")),
        # only the state side named in a mutual fight: it is actor1, the unnamed side actor2
        ("Heavy fighting involving Malian soldiers was reported near Boni on Monday; two soldiers died.", "en", "ML",
         ("Military Forces of Mali", "Unidentified Armed Group (Mali)")),
        # a one-way attack keeps the attacker first, even when the fighting that followed is named too
        ("Al Shabaab fighters attacked a police post near Mandera on Monday; a gunfight followed.", "en", "KE",
         ("Al Shabaab", "Police Forces of Kenya")),
        ("Des combats ont eu lieu lundi après que des jihadistes du JNIM ont attaqué un poste de l'armée malienne "
         "près de Boni.", "fr", "ML", ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali")),
    ],
)
def test_the_state_side_comes_first_in_a_mutual_battle(
    text: str, language: str, country: str, expected: tuple[str, str]
) -> None:
    event = main_event(text, language, country)
    assert event.event_type == "Battles"
    assert names(event) == expected


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        # a local feud between two groups of one village: that village's communal militia on both sides
        ("Twelve people were hurt in a clash between two groups over a land dispute at Kandi village on Tuesday.",
         "en", "BD", ("Kandi Communal Militia (Bangladesh)", "Kandi Communal Militia (Bangladesh)")),
        ("Two brothers were hacked to death in Reshma village over a land dispute on Monday.", "en", "IN",
         ("Reshma Communal Militia (India)", "Civilians (India)")),
        # two communities named by their places: one side each
        ("Des affrontements liés à un litige foncier entre les villages de Koussouma et de Mougna ont fait cinq "
         "morts lundi.", "fr", "ML", ("Koussouma Communal Militia (Mali)", "Mougna Communal Militia (Mali)")),
        # peoples are ethnic militias, not communal ones named by a place
        ("Clashes between Pokot and Turkana communities left three dead on Monday.", "en", "KE",
         ("Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)")),
        # an area is no community's village: the country's unidentified communal militia
        ("One man died in a border attack between two villages in Kisumu county on Sunday.", "en", "KE",
         ("Unidentified Communal Militia (Kenya)", None)),
    ],
)
def test_communal_militias_go_by_their_place(
    text: str, language: str, country: str, expected: tuple[str, str | None]
) -> None:
    event = main_event(text, language, country)
    assert names(event)[0] == expected[0]
    if expected[1] is not None:
        assert names(event)[1] == expected[1]
